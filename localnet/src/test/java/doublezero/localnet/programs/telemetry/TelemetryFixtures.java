package doublezero.localnet.programs.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.node.SubmitResult;
import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceDesiredStatus;
import doublezero.sdk.serviceability.state.DeviceHealth;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.DeviceType;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.ExchangeStatus;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LinkDesiredStatus;
import doublezero.sdk.serviceability.state.LinkHealth;
import doublezero.sdk.serviceability.state.LinkLinkType;
import doublezero.sdk.serviceability.state.LinkStatus;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.sdk.solana.rpc.LatestBlockhash;
import doublezero.sdk.solana.rpc.TransactionError;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Blockhash;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.sdk.solana.tx.Message;
import doublezero.sdk.solana.tx.Transaction;
import doublezero.sdk.telemetry.instruction.InitializeDeviceLatencySamples;
import doublezero.sdk.telemetry.instruction.InitializeDeviceLatencySamplesAccounts;
import doublezero.sdk.telemetry.instruction.InitializeInternetLatencySamples;
import doublezero.sdk.telemetry.instruction.InitializeInternetLatencySamplesAccounts;
import doublezero.sdk.telemetry.instruction.WriteDeviceLatencySamples;
import doublezero.sdk.telemetry.instruction.WriteDeviceLatencySamplesAccounts;
import doublezero.sdk.telemetry.instruction.WriteInternetLatencySamples;
import doublezero.sdk.telemetry.instruction.WriteInternetLatencySamplesAccounts;
import doublezero.sdk.telemetry.state.RttSamples;
import java.time.Duration;
import java.util.List;

/// Serviceability accounts the telemetry scenarios need, seeded straight into the ledger with
/// exactly what the serviceability instructions would have written for an activated device pair and
/// link (reference `tests/test_helpers.rs::seed_with_two_linked_devices`), plus instruction
/// builders.
public final class TelemetryFixtures {
  final ProgramHarness h;
  final PublicKey telemetry = ProgramHarness.ENV.telemetryProgramId();

  TelemetryFixtures(ProgramHarness h) {
    this.h = h;
  }

  /// A linked pair: origin published by `agent`, target by another key.
  record Pair(
      Keypair agent,
      PublicKey origin,
      PublicKey target,
      PublicKey link,
      PublicKey originLocation,
      PublicKey targetLocation) {}

  Pair pair() {
    Keypair agent = h.funded();
    PublicKey originLocation = Keypair.generate().publicKey();
    PublicKey targetLocation = Keypair.generate().publicKey();
    PublicKey origin = seedDevice(DeviceStatus.ACTIVATED, agent.publicKey(), originLocation);
    PublicKey target =
        seedDevice(DeviceStatus.ACTIVATED, Keypair.generate().publicKey(), targetLocation);
    PublicKey link = seedLink(origin, target, LinkStatus.ACTIVATED);
    return new Pair(agent, origin, target, link, originLocation, targetLocation);
  }

  public static Device device(DeviceStatus status, PublicKey publisher, PublicKey location) {
    return new Device(
        Keypair.generate().publicKey(),
        U128.ofUnsigned(1),
        255,
        location,
        Keypair.generate().publicKey(),
        DeviceType.HYBRID,
        Ipv4Address.parse("100.0.0.1"),
        status,
        "la2-dz01",
        List.of(NetworkV4.parse("110.1.0.0/23")),
        publisher,
        Keypair.generate().publicKey(),
        "default",
        List.of(),
        0,
        0,
        128,
        DeviceHealth.READY_FOR_USERS,
        DeviceDesiredStatus.ACTIVATED,
        0,
        0,
        0,
        0,
        0,
        0,
        0);
  }

  static Link link(PublicKey a, PublicKey z, LinkStatus status) {
    return new Link(
        Keypair.generate().publicKey(),
        U128.ofUnsigned(2),
        254,
        a,
        z,
        LinkLinkType.WAN,
        10_000_000_000L,
        9000,
        150_000,
        5_000,
        1,
        NetworkV4.parse("10.0.0.0/31"),
        status,
        "la2-ny5",
        Keypair.generate().publicKey(),
        "Ethernet0",
        "Ethernet1",
        0,
        LinkHealth.READY_FOR_SERVICE,
        LinkDesiredStatus.ACTIVATED);
  }

  public static Exchange exchange(ExchangeStatus status, String code) {
    return new Exchange(
        Keypair.generate().publicKey(),
        U128.ofUnsigned(3),
        253,
        52.3676,
        4.9041,
        10_001,
        0,
        status,
        code,
        "Exchange " + code,
        0,
        Keypair.generate().publicKey(),
        Keypair.generate().publicKey());
  }

  PublicKey seedDevice(DeviceStatus status, PublicKey publisher, PublicKey location) {
    PublicKey k = Keypair.generate().publicKey();
    h.seed(k, device(status, publisher, location));
    return k;
  }

  PublicKey seedLink(PublicKey a, PublicKey z, LinkStatus status) {
    PublicKey k = Keypair.generate().publicKey();
    h.seed(k, link(a, z, status));
    return k;
  }

  PublicKey seedExchange(ExchangeStatus status, String code) {
    PublicKey k = Keypair.generate().publicKey();
    h.seed(k, exchange(status, code));
    return k;
  }

  Instruction initDevice(Pair p, long epoch, long interval) {
    return initDevice(p.agent().publicKey(), p.origin(), p.target(), p.link(), epoch, interval);
  }

  Instruction initDevice(
      PublicKey agent,
      PublicKey origin,
      PublicKey target,
      PublicKey link,
      long epoch,
      long interval) {
    return new InitializeDeviceLatencySamples(epoch, interval)
        .toInstruction(
            telemetry,
            InitializeDeviceLatencySamplesAccounts.derive(
                telemetry, agent, origin, target, link, epoch));
  }

  Instruction writeDevice(PublicKey account, PublicKey agent, long start, long... samples) {
    return new WriteDeviceLatencySamples(start, RttSamples.of(samples))
        .toInstruction(telemetry, new WriteDeviceLatencySamplesAccounts(account, agent));
  }

  Instruction initInternet(
      PublicKey collector,
      String provider,
      PublicKey origin,
      PublicKey target,
      long epoch,
      long interval) {
    return new InitializeInternetLatencySamples(provider, epoch, interval)
        .toInstruction(
            telemetry,
            InitializeInternetLatencySamplesAccounts.derive(
                telemetry, collector, provider, origin, target, epoch));
  }

  Instruction writeInternet(PublicKey account, PublicKey collector, long start, long... samples) {
    return new WriteInternetLatencySamples(start, RttSamples.of(samples))
        .toInstruction(telemetry, new WriteInternetLatencySamplesAccounts(account, collector));
  }

  /// @return `ix` with `key` no longer signing (same writability): the "missing signer" variant
  public static Instruction unsigned(Instruction ix, PublicKey key) {
    return new Instruction(
        ix.programId(),
        ix.accounts().stream()
            .map(m -> m.publicKey().equals(key) ? new AccountMeta(key, false, m.isWritable()) : m)
            .toList(),
        ix.data());
  }

  /// @return `ix` with account `index` replaced by `key` (same flags)
  public static Instruction replace(Instruction ix, int index, PublicKey key) {
    List<AccountMeta> metas = new java.util.ArrayList<>(ix.accounts());
    AccountMeta m = metas.get(index);
    metas.set(index, new AccountMeta(key, m.isSigner(), m.isWritable()));
    return new Instruction(ix.programId(), metas, ix.data());
  }

  /// Sends straight to the ledger node, past the RPC server's 1 232-byte packet check (the
  /// program's own limits lie beyond it), and waits for the outcome.
  TransactionError sendOversized(Keypair payer, Instruction ix) {
    LatestBlockhash latest = h.rpc.getLatestBlockhash(Commitment.CONFIRMED);
    Message m =
        Message.compile(List.of(ix), payer.publicKey(), Blockhash.fromBase58(latest.blockhash()));
    Transaction tx = Transaction.unsigned(m).sign(List.of(payer));
    byte[] message = m.serialize();
    byte[] wire =
        new byte[1 + 64 + message.length]; // compact-u16 count 1, the signature, the message
    wire[0] = 1;
    System.arraycopy(tx.signature(), 0, wire, 1, 64);
    System.arraycopy(message, 0, wire, 65, message.length);
    SubmitResult r = h.net.node().submit(tx, wire, false).join();
    assertThat(r).isInstanceOf(SubmitResult.Accepted.class);
    String sig = ((SubmitResult.Accepted) r).signature();
    return h.rpc
        .confirmTransaction(
            sig, Commitment.CONFIRMED, latest.lastValidBlockHeight(), Duration.ofSeconds(20))
        .err()
        .orElseThrow();
  }
}
