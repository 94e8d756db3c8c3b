package doublezero.sdk.telemetry.error;

import doublezero.sdk.environment.Environment;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.ProgramError;
import doublezero.sdk.solana.rpc.ProgramErrorResolver;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/// Resolves custom error codes of the telemetry program deployed at the given program IDs
/// (`reference/telemetry-geolocation.md` §A.9).
///
/// @param programIds the telemetry program IDs this resolver answers for
public record TelemetryErrorResolver(Set<PublicKey> programIds) implements ProgramErrorResolver {
  /// Copies the set.
  public TelemetryErrorResolver {
    programIds = Set.copyOf(programIds);
  }

  /// @param programId one telemetry program ID
  /// @return a resolver for that program
  public static TelemetryErrorResolver of(PublicKey programId) {
    return new TelemetryErrorResolver(Set.of(programId));
  }

  /// @return a resolver for the telemetry program of every known [Environment]
  public static TelemetryErrorResolver allEnvironments() {
    return new TelemetryErrorResolver(
        Arrays.stream(Environment.values())
            .map(Environment::telemetryProgramId)
            .collect(Collectors.toSet()));
  }

  /// @param programId the failing program
  /// @param code its custom error code
  /// @return the telemetry error, when `programId` is one of ours and the code is defined
  @Override
  public Optional<ProgramError> resolve(PublicKey programId, long code) {
    if (!programIds.contains(programId)) {
      return Optional.empty();
    }
    return Optional.ofNullable(TelemetryError.fromCode(code)).map(TelemetryError::toProgramError);
  }
}
