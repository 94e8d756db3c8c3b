package doublezero.cli.geolocation;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.cli.LocalCliNetwork;
import doublezero.sdk.environment.Environment;
import doublezero.sdk.serviceability.state.AccountType;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.solana.client.DecodedAccount;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/// A localnet (with the activator) where the geolocation program can be used from the CLI (as `up`
/// leaves it, the CLI user is the program's upgrade authority, so `init-config` works), the program
/// config initialised through the CLI, a contributor, and helpers to create activated devices with
/// a metrics publisher key the test holds.
final class GeoFixture implements AutoCloseable {
  static final PublicKey GEO = Environment.LOCAL.geolocationProgramId();
  final LocalCliNetwork n;

  private GeoFixture(LocalCliNetwork n) {
    this.n = n;
  }

  /// Starts the network (`up` deploys the geolocation program with the CLI user as upgrade
  /// authority).
  static GeoFixture start(Path dir) {
    return new GeoFixture(LocalCliNetwork.start(dir, true));
  }

  /// Creates `code` at `location`/`exchange` with `publisher` as metrics publisher and waits until
  /// the activator has activated it.
  PublicKey device(
      String code, String location, String exchange, String ip, String prefix, Keypair publisher) {
    n.ok(
        "device",
        "create",
        "--code",
        code,
        "--contributor",
        "geo_co",
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
    long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < end) {
      Optional<DecodedAccount<Device>> d =
          n.client.getAll(AccountType.DEVICE, Device.class).stream()
              .filter(a -> a.state().code().equals(code))
              .findFirst();
      if (d.isPresent() && d.get().state().status() == DeviceStatus.ACTIVATED) {
        return d.get().address();
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("device " + code + " was not activated");
  }

  /// Initialises the program config and creates the contributor `geo_co`.
  GeoFixture initialised() {
    assertThat(n.ok("geolocation", "init-config", "--yes").out()).contains("Signature: ");
    n.ok("contributor", "create", "--code", "geo_co");
    return this;
  }

  @Override
  public void close() {
    n.close();
  }
}
