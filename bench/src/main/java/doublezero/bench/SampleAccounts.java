package doublezero.bench;

import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceDesiredStatus;
import doublezero.sdk.serviceability.state.DeviceHealth;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.DeviceType;
import doublezero.sdk.serviceability.state.Interface;
import doublezero.sdk.serviceability.state.InterfaceCyoa;
import doublezero.sdk.serviceability.state.InterfaceDia;
import doublezero.sdk.serviceability.state.InterfaceStatus;
import doublezero.sdk.serviceability.state.InterfaceType;
import doublezero.sdk.serviceability.state.InterfaceV2;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LinkDesiredStatus;
import doublezero.sdk.serviceability.state.LinkHealth;
import doublezero.sdk.serviceability.state.LinkLinkType;
import doublezero.sdk.serviceability.state.LinkStatus;
import doublezero.sdk.serviceability.state.LoopbackType;
import doublezero.sdk.serviceability.state.RoutingMode;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserCyoa;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.PublicKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/// Realistic Device, Link and User account bytes for the benchmarks: the reference fixtures
/// (`sdk/serviceability/testdata/fixtures/{device,link,user}.bin` under `../shared/reference-data`,
/// or the folder named by the system property `doublezero.referenceData`) when present, else
/// accounts built here with the records' constructors and `encode()`. [#user(Random)] and friends
/// derive distinct accounts from those templates.
public final class SampleAccounts {
  private static final String FIXTURES = "sdk/serviceability/testdata/fixtures/";

  private final byte[] device;
  private final byte[] link;
  private final byte[] user;
  private final String source;

  private SampleAccounts(byte[] device, byte[] link, byte[] user, String source) {
    this.device = device;
    this.link = link;
    this.user = user;
    this.source = source;
  }

  /// @return the fixtures when the reference data is found, else built samples
  public static SampleAccounts load() {
    Path dir = referenceData();
    if (dir != null) {
      Path f = dir.resolve(FIXTURES);
      if (Files.isRegularFile(f.resolve("device.bin"))
          && Files.isRegularFile(f.resolve("link.bin"))
          && Files.isRegularFile(f.resolve("user.bin"))) {
        return new SampleAccounts(
            read(f.resolve("device.bin")),
            read(f.resolve("link.bin")),
            read(f.resolve("user.bin")),
            "reference fixtures in " + f);
      }
    }
    return new SampleAccounts(
        builtDevice().encode(),
        builtLink().encode(),
        builtUser().encode(),
        "built with the records' constructors (reference data not found)");
  }

  /// @return Device account data (fresh copy)
  public byte[] device() {
    return device.clone();
  }

  /// @return Link account data (fresh copy)
  public byte[] link() {
    return link.clone();
  }

  /// @return User account data (fresh copy)
  public byte[] user() {
    return user.clone();
  }

  /// @return where the bytes come from, for the report
  public String source() {
    return source;
  }

  /// @param rnd randomness
  /// @return a User like the template with its own keys, addresses, tunnel and 0–2
  ///   publishers/subscribers
  public User user(Random rnd) {
    User t = User.decode(user);
    return new User(
        key(rnd),
        U128.ZERO,
        rnd.nextInt(256),
        t.userType(),
        t.tenantPk(),
        key(rnd),
        t.cyoaType(),
        new Ipv4Address(rnd.nextInt()),
        new Ipv4Address(rnd.nextInt()),
        rnd.nextInt(65536),
        new NetworkV4(new Ipv4Address(0xA9FE0000 | rnd.nextInt(65536) & ~1), 31),
        t.status(),
        keys(rnd, rnd.nextInt(3)),
        keys(rnd, rnd.nextInt(3)),
        key(rnd),
        t.tunnelEndpoint());
  }

  /// @param rnd randomness
  /// @return a Device like the template with its own keys, public IP, code and counters
  public Device device(Random rnd) {
    Device t = Device.decode(device);
    return new Device(
        key(rnd),
        U128.ofUnsigned(rnd.nextInt(1 << 20)),
        rnd.nextInt(256),
        key(rnd),
        key(rnd),
        t.deviceType(),
        new Ipv4Address(rnd.nextInt()),
        t.status(),
        "dz-" + Integer.toHexString(rnd.nextInt()),
        t.dzPrefixes(),
        key(rnd),
        key(rnd),
        t.mgmtVrf(),
        t.interfaces(),
        rnd.nextInt(1000),
        rnd.nextInt(128),
        128,
        t.deviceHealth(),
        t.desiredStatus(),
        rnd.nextInt(64),
        rnd.nextInt(64),
        t.maxUnicastUsers(),
        t.maxMulticastSubscribers(),
        t.reservedSeats(),
        t.multicastPublishersCount(),
        t.maxMulticastPublishers());
  }

  /// @param rnd randomness
  /// @return a Link like the template with its own keys, code, delays and tunnel
  public Link link(Random rnd) {
    Link t = Link.decode(link);
    return new Link(
        key(rnd),
        U128.ofUnsigned(rnd.nextInt(1 << 20)),
        rnd.nextInt(256),
        key(rnd),
        key(rnd),
        t.linkType(),
        t.bandwidth(),
        t.mtu(),
        1_000_000L + rnd.nextInt(50_000_000),
        rnd.nextInt(1_000_000),
        rnd.nextInt(65536),
        new NetworkV4(new Ipv4Address(0xAC100000 | rnd.nextInt(65536) & ~1), 31),
        t.status(),
        "lnk-" + Integer.toHexString(rnd.nextInt()),
        key(rnd),
        t.sideAIfaceName(),
        t.sideZIfaceName(),
        t.delayOverrideNs(),
        t.linkHealth(),
        t.desiredStatus());
  }

  /// @param rnd randomness
  /// @return 32 random bytes as a key
  public static PublicKey key(Random rnd) {
    byte[] b = new byte[PublicKey.BYTES];
    rnd.nextBytes(b);
    return PublicKey.of(b);
  }

  private static List<PublicKey> keys(Random rnd, int n) {
    List<PublicKey> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(key(rnd));
    }
    return out;
  }

  private static Path referenceData() {
    String prop = System.getProperty("doublezero.referenceData");
    if (prop != null && Files.isDirectory(Path.of(prop))) {
      return Path.of(prop);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared").resolve("reference-data");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static User builtUser() {
    Random rnd = new Random(7);
    return new User(
        key(rnd),
        U128.ZERO,
        254,
        UserType.IBRL,
        PublicKey.DEFAULT,
        key(rnd),
        UserCyoa.defaultVariant(),
        Ipv4Address.parse("198.51.100.7"),
        Ipv4Address.parse("100.64.0.7"),
        500,
        NetworkV4.parse("169.254.0.6/31"),
        UserStatus.ACTIVATED,
        List.of(key(rnd)),
        List.of(key(rnd)),
        key(rnd),
        Ipv4Address.UNSPECIFIED);
  }

  private static Device builtDevice() {
    Random rnd = new Random(5);
    List<Interface> ifaces =
        List.of(
            new InterfaceV2(
                InterfaceStatus.ACTIVATED,
                "Loopback255",
                InterfaceType.LOOPBACK,
                InterfaceCyoa.defaultVariant(),
                InterfaceDia.defaultVariant(),
                LoopbackType.defaultVariant(),
                0,
                0,
                1500,
                RoutingMode.defaultVariant(),
                0,
                NetworkV4.parse("172.16.0.1/32"),
                101,
                false),
            new InterfaceV2(
                InterfaceStatus.ACTIVATED,
                "Ethernet1/1",
                InterfaceType.PHYSICAL,
                InterfaceCyoa.defaultVariant(),
                InterfaceDia.defaultVariant(),
                LoopbackType.defaultVariant(),
                10_000_000_000L,
                0,
                9000,
                RoutingMode.defaultVariant(),
                0,
                NetworkV4.parse("203.0.113.2/31"),
                0,
                true));
    return new Device(
        key(rnd),
        U128.ofUnsigned(7),
        250,
        key(rnd),
        key(rnd),
        DeviceType.defaultVariant(),
        Ipv4Address.parse("203.0.113.1"),
        DeviceStatus.ACTIVATED,
        "dz1",
        List.of(NetworkV4.parse("10.10.0.0/24")),
        key(rnd),
        key(rnd),
        "mgmt",
        ifaces,
        3,
        10,
        128,
        DeviceHealth.defaultVariant(),
        DeviceDesiredStatus.defaultVariant(),
        8,
        2,
        0,
        0,
        0,
        0,
        0);
  }

  private static Link builtLink() {
    Random rnd = new Random(6);
    return new Link(
        key(rnd),
        U128.ofUnsigned(3),
        253,
        key(rnd),
        key(rnd),
        LinkLinkType.defaultVariant(),
        10_000_000_000L,
        9000,
        12_000_000,
        50_000,
        42,
        NetworkV4.parse("172.16.0.0/31"),
        LinkStatus.ACTIVATED,
        "dz1:dz2",
        key(rnd),
        "Ethernet1/1",
        "Ethernet1/2",
        0,
        LinkHealth.defaultVariant(),
        LinkDesiredStatus.defaultVariant());
  }
}
