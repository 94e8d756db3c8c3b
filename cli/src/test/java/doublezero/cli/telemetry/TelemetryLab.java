package doublezero.cli.telemetry;

import doublezero.cli.LocalCliNetwork;
import doublezero.sdk.environment.Environment;
import doublezero.sdk.serviceability.state.AccountType;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LinkStatus;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.sdk.telemetry.client.TelemetryClient;
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

/// A localnet with the README walkthrough's network built through the CLI (contributor, two devices
/// whose metrics publishers are keys held here, one WAN link with 40 ms delay and 3 ms jitter
/// committed, activated by the in-process activator), and helpers that write latency samples as the
/// agents do: Initialize then Write instructions to the telemetry program, signed by the device's
/// metrics publisher or the collector.
final class TelemetryLab {
  static final PublicKey TELEMETRY = Environment.LOCAL.telemetryProgramId();
  final LocalCliNetwork n;
  final TelemetryClient telemetry;
  final Keypair publisherA = Keypair.generate();
  final Keypair publisherZ = Keypair.generate();
  final Keypair collector = Keypair.generate();
  PublicKey deviceA;
  PublicKey deviceZ;
  PublicKey link;
  PublicKey xewr;
  PublicKey xlax;

  TelemetryLab(LocalCliNetwork n) {
    this.n = n;
    this.telemetry =
        new TelemetryClient(n.rpc, TELEMETRY, Commitment.CONFIRMED, Duration.ofSeconds(30));
  }

  void build() throws InterruptedException {
    for (Keypair k : List.of(publisherA, publisherZ, collector)) {
      n.rpc.confirmTransaction(
          n.rpc.requestAirdrop(k.publicKey(), 10_000_000_000L),
          Commitment.CONFIRMED,
          Long.MAX_VALUE,
          Duration.ofSeconds(30));
    }
    n.ok("contributor", "create", "--code", "co01");
    device("la2-dz01", "lax", "xlax", "207.45.216.134", "100.0.0.0/16", publisherA);
    device("ny5-dz01", "ewr", "xewr", "64.86.249.80", "101.0.0.0/16", publisherZ);
    n.ok(
        "link",
        "create",
        "wan",
        "--code",
        "la2-dz01:ny5-dz01",
        "--side-a",
        "la2-dz01",
        "--side-z",
        "ny5-dz01",
        "--bandwidth",
        "10 Gbps",
        "--mtu",
        "9000",
        "--delay-ms",
        "40",
        "--jitter-ms",
        "3");
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      var links = n.client.getAll(AccountType.LINK, Link.class);
      if (links.size() == 1 && links.getFirst().state().status() == LinkStatus.ACTIVATED) {
        link = links.getFirst().address();
        break;
      }
      if (System.nanoTime() > end) {
        throw new IllegalStateException("link not activated");
      }
      Thread.sleep(20);
    }
    for (var d : n.client.getAll(AccountType.DEVICE, Device.class)) {
      if (d.state().code().equals("la2-dz01")) {
        deviceA = d.address();
      } else {
        deviceZ = d.address();
      }
    }
    for (var x : n.client.getAll(AccountType.EXCHANGE, Exchange.class)) {
      if (x.state().code().equals("xewr")) {
        xewr = x.address();
      } else if (x.state().code().equals("xlax")) {
        xlax = x.address();
      }
    }
  }

  private void device(
      String code, String location, String exchange, String ip, String prefix, Keypair publisher) {
    n.ok(
        "device",
        "create",
        "--code",
        code,
        "--contributor",
        "co01",
        "--location",
        location,
        "--exchange",
        exchange,
        "--public-ip",
        ip,
        "--dz-prefixes",
        prefix,
        "--metrics-publisher",
        publisher.publicKey().toBase58());
    n.ok("device", "interface", "create", code, "Ethernet1/1", "--bandwidth", "10 Gbps", "-w");
  }

  /// Writes one device account (origin → target over the link) with the given samples.
  void writeDevice(boolean aToZ, SampleSets.Account a) {
    Keypair agent = aToZ ? publisherA : publisherZ;
    PublicKey origin = aToZ ? deviceA : deviceZ;
    PublicKey target = aToZ ? deviceZ : deviceA;
    var init =
        InitializeDeviceLatencySamplesAccounts.derive(
            TELEMETRY, agent.publicKey(), origin, target, link, a.epoch());
    telemetry.send(
        agent,
        new InitializeDeviceLatencySamples(a.epoch(), a.intervalMicros())
            .toInstruction(TELEMETRY, init));
    telemetry.send(
        agent,
        new WriteDeviceLatencySamples(a.startMicros(), a.rtts())
            .toInstruction(
                TELEMETRY,
                new WriteDeviceLatencySamplesAccounts(init.latencySamples(), agent.publicKey())));
  }

  /// Writes one internet account (xewr → xlax, the alphabetical order) for a provider.
  void writeInternet(String provider, SampleSets.Account a) {
    var init =
        InitializeInternetLatencySamplesAccounts.derive(
            TELEMETRY, collector.publicKey(), provider, xewr, xlax, a.epoch());
    telemetry.send(
        collector,
        new InitializeInternetLatencySamples(provider, a.epoch(), a.intervalMicros())
            .toInstruction(TELEMETRY, init));
    telemetry.send(
        collector,
        new WriteInternetLatencySamples(a.startMicros(), RttSamples.of(a.samples()))
            .toInstruction(
                TELEMETRY,
                new WriteInternetLatencySamplesAccounts(
                    init.latencySamples(), collector.publicKey())));
  }
}
