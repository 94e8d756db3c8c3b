package doublezero.telemetry.e2e;

import doublezero.localnet.LocalnetConfig;
import doublezero.sdk.environment.Environment;
import doublezero.sdk.solana.key.KeypairFile;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.AccountInfo;
import doublezero.sdk.telemetry.pda.TelemetryPda;
import doublezero.sdk.telemetry.state.DeviceLatencySamples;
import doublezero.telemetry.journal.Circuit;
import doublezero.telemetry.journal.SampleJournal;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/// Localnet with two linked devices, the two namespaces, and helpers to run agents in them.
final class AgentLab implements AutoCloseable {
  static final int PORT = 18620;
  static final String MAIN = "doublezero.telemetry.launch.TelemetryAgentMain";
  final Path dir;
  final LinkedDevices devices;
  final NetnsLab lab;
  final int rpcPort;

  private AgentLab(Path dir, LinkedDevices devices, NetnsLab lab) {
    this.dir = dir;
    this.devices = devices;
    this.lab = lab;
    this.rpcPort = URI.create(devices.net.ledger().rpcUrl()).getPort();
  }

  static UnaryOperator<LocalnetConfig> anyHost(UnaryOperator<LocalnetConfig> more) {
    return c ->
        more.apply(
            new LocalnetConfig(
                c.ledgerDir(),
                "0.0.0.0",
                c.rpcPort(),
                c.wsPort(),
                c.slotMillis(),
                c.slotsPerEpoch(),
                c.snapshotEvery(),
                c.retainStatuses(),
                c.programs(),
                c.bootstrap(),
                c.pubsubQueueBytes()));
  }

  static AgentLab start(Path dir) {
    LinkedDevices d = LinkedDevices.start(dir, anyHost(c -> c));
    try {
      NetnsLab lab = NetnsLab.create(d.tunnelNet);
      KeypairFile.write(dir.resolve("a.json"), d.publisherA);
      KeypairFile.write(dir.resolve("z.json"), d.publisherZ);
      return new AgentLab(dir, d, lab);
    } catch (RuntimeException e) {
      d.close();
      throw e;
    }
  }

  Circuit aToZ() {
    return new Circuit(devices.deviceA, devices.deviceZ, devices.link);
  }

  Circuit zToA() {
    return new Circuit(devices.deviceZ, devices.deviceA, devices.link);
  }

  /// @param side "a" or "z"
  /// @param extra further flags
  JvmProcess agent(String side, List<String> extra) {
    boolean a = side.equals("a");
    List<String> args =
        new ArrayList<>(
            List.of(
                "--ledger-rpc-url",
                "http://" + (a ? lab.rootAddressA() : lab.rootAddressZ()) + ":" + rpcPort,
                "--serviceability-program-id",
                Environment.LOCAL.serviceabilityProgramId().toBase58(),
                "--telemetry-program-id",
                Environment.LOCAL.telemetryProgramId().toBase58(),
                "--keypair",
                dir.resolve(side + ".json").toString(),
                "--local-device-pubkey",
                (a ? devices.deviceA : devices.deviceZ).toBase58(),
                "--twamp-listen-port",
                String.valueOf(PORT),
                "--probe-interval",
                "200ms",
                "--submission-interval",
                "1s",
                "--twamp-sender-timeout",
                "150ms",
                "--peers-refresh-interval",
                "1s",
                "--resubmit-settle",
                "2s",
                "--state-dir",
                stateDir(side).toString()));
    args.addAll(extra);
    return JvmProcess.start(
        a ? lab.nsA : lab.nsZ, dir.resolve("agent-" + side + ".log"), MAIN, args);
  }

  Path stateDir(String side) {
    return dir.resolve("state-" + side);
  }

  /// @return the samples account of a circuit in an epoch, if it exists
  Optional<DeviceLatencySamples> samples(Circuit c, long epoch) {
    PublicKey pda =
        TelemetryPda.deviceLatencySamples(
                Environment.LOCAL.telemetryProgramId(), c.origin(), c.target(), c.link(), epoch)
            .address();
    return devices.rpc.getAccountInfo(pda).map(AccountInfo::data).map(DeviceLatencySamples::decode);
  }

  /// @return the last sample sequence the side's journal consumed for the circuit (agent stopped)
  long journalConsumed(String side, Circuit c) {
    try (SampleJournal<Circuit> j = SampleJournal.open(stateDir(side), 1_000_000)) {
      return j.pending(c).isEmpty() ? j.consumed(c) : -j.pending(c).size();
    }
  }

  /// @return {samples the journal marks as landed, samples still pending} of one circuit
  long[] journalState(String side, Circuit c) {
    try (SampleJournal<Circuit> j = SampleJournal.open(stateDir(side), 1_000_000)) {
      return new long[] {j.consumed(c), j.pending(c).size()};
    }
  }

  @Override
  public void close() {
    lab.close();
    devices.close();
  }
}
