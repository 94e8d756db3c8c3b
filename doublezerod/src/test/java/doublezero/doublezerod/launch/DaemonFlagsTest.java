package doublezero.doublezerod.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.sdk.environment.Environment;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/// Go-style flags (single or double dash, `-flag=false`) and the `-env` presets with their
/// overrides.
class DaemonFlagsTest {
  @Test
  void singleAndDoubleDashAreTheSame() {
    DaemonFlags a =
        DaemonFlags.parse(
            "-sock-file",
            "/tmp/x.sock",
            "-env",
            "localnet",
            "-latency-probing=false",
            "-probe-interval",
            "5",
            "-v",
            "-client-ip",
            "1.2.3.4");
    DaemonFlags b =
        DaemonFlags.parse(
            "--sock-file",
            "/tmp/x.sock",
            "--env",
            "localnet",
            "--latency-probing=false",
            "--probe-interval",
            "5",
            "--v",
            "--client-ip",
            "1.2.3.4");
    for (DaemonFlags f : new DaemonFlags[] {a, b}) {
      assertThat(f.sockFile).isEqualTo("/tmp/x.sock");
      assertThat(f.env).isEqualTo("localnet");
      assertThat(f.latencyProbing).isFalse();
      assertThat(f.probeIntervalSeconds).isEqualTo(5);
      assertThat(f.verbose).isTrue();
      assertThat(f.clientIp).isEqualTo("1.2.3.4");
    }
  }

  @Test
  void defaults() {
    DaemonFlags f = DaemonFlags.parse();
    assertThat(f.sockFile).isEqualTo("/var/run/doublezerod/doublezerod.sock");
    assertThat(f.env).isEqualTo("testnet");
    assertThat(f.probeIntervalSeconds).isEqualTo(300);
    assertThat(f.reconcilerPollSeconds).isEqualTo(10);
    assertThat(f.stateDir).isEqualTo("/var/lib/doublezerod");
    assertThat(f.tunnelBackend).isEqualTo("kernel");
    assertThat(f.metricsEnable || f.metricsAddrGiven).isFalse();
    assertThat(DaemonFlags.parse("-metrics-addr", "127.0.0.1:9100").metricsAddrGiven).isTrue();
  }

  @Test
  void unknownFlagNamesItWithOneDash() {
    assertThatThrownBy(() -> DaemonFlags.parse("-bogus")).hasMessageContaining("'-bogus'");
  }

  @Test
  void envPresetsAndOverrides() {
    EnvPreset local = EnvPreset.resolve("localnet", Optional.empty(), Optional.empty(), Map.of());
    assertThat(local)
        .isEqualTo(
            new EnvPreset(
                "localnet", "http://localhost:8899", Environment.LOCAL.serviceabilityProgramId()));
    EnvPreset main =
        EnvPreset.resolve("mainnet", Optional.of("http://rpc"), Optional.empty(), Map.of());
    assertThat(main.network()).isEqualTo("mainnet-beta");
    assertThat(main.rpcUrl()).isEqualTo("http://rpc");
    assertThat(
            EnvPreset.resolve(
                    "testnet",
                    Optional.empty(),
                    Optional.empty(),
                    Map.of("DZ_LEDGER_RPC_URL", "http://x"))
                .rpcUrl())
        .isEqualTo("http://x");
    assertThat(
            EnvPreset.resolve(
                    "",
                    Optional.of("http://r"),
                    Optional.of(Environment.DEVNET.serviceabilityProgramId().toBase58()),
                    Map.of())
                .programId())
        .isEqualTo(Environment.DEVNET.serviceabilityProgramId());
    assertThatThrownBy(() -> EnvPreset.resolve("", Optional.empty(), Optional.empty(), Map.of()))
        .hasMessage("Either env or program-id and rpc-endpoint must be provided");
    assertThatThrownBy(
            () -> EnvPreset.resolve("moon", Optional.empty(), Optional.empty(), Map.of()))
        .hasMessageContaining("invalid environment moon");
  }
}
