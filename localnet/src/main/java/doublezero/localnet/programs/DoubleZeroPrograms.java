package doublezero.localnet.programs;

import doublezero.localnet.LocalnetConfig;
import doublezero.localnet.programs.geolocation.GeolocationProgram;
import doublezero.localnet.programs.serviceability.dispatch.ServiceabilityProgram;
import doublezero.localnet.programs.telemetry.TelemetryProgram;
import doublezero.sdk.environment.Environment;

/// The DoubleZero program ports a localnet hosts, at the program IDs of an environment (normally
/// [Environment#LOCAL], the IDs the CLI and daemons use with `--env local`).
public final class DoubleZeroPrograms {
  private DoubleZeroPrograms() {}

  /// @param config the ledger configuration
  /// @param env whose program IDs to use
  /// @return `config` with the serviceability, telemetry and geolocation ports registered
  public static LocalnetConfig install(LocalnetConfig config, Environment env) {
    return config
        .withProgram(env.serviceabilityProgramId(), new ServiceabilityProgram())
        .withProgram(env.telemetryProgramId(), new TelemetryProgram(env.serviceabilityProgramId()))
        .withProgram(
            env.geolocationProgramId(), new GeolocationProgram(env.serviceabilityProgramId()));
  }
}
