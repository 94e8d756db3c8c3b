package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/// Random account values for round-trip properties: integers mix edge values (0, max) with random
/// ones, strings include multi-byte UTF-8.
final class RandomAccounts {
  private static final String CHARS = "abcXYZ019-_./ éü漢😀";

  private RandomAccounts() {}

  static long u64(Random r) {
    return switch (r.nextInt(4)) {
      case 0 -> 0;
      case 1 -> -1L;
      default -> r.nextLong();
    };
  }

  static long u32(Random r) {
    return r.nextInt(4) == 0 ? 0xFFFFFFFFL : r.nextLong() & 0xFFFFFFFFL;
  }

  static int u16(Random r) {
    return r.nextInt(4) == 0 ? 0xFFFF : r.nextInt(0x10000);
  }

  static int u8(Random r) {
    return r.nextInt(256);
  }

  static U128 u128(Random r) {
    return r.nextInt(4) == 0 ? U128.ZERO : new U128(r.nextLong(), r.nextLong());
  }

  static PublicKey key(Random r) {
    if (r.nextInt(5) == 0) {
      return PublicKey.DEFAULT;
    }
    byte[] b = new byte[32];
    r.nextBytes(b);
    return PublicKey.of(b);
  }

  static Ipv4Address ip(Random r) {
    return new Ipv4Address(r.nextInt());
  }

  static NetworkV4 net(Random r) {
    return new NetworkV4(ip(r), r.nextInt(33));
  }

  static String text(Random r) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(12);
    for (int i = 0; i < n; i++) {
      sb.appendCodePoint(
          CHARS.codePointAt(
              CHARS.offsetByCodePoints(0, r.nextInt(CHARS.codePointCount(0, CHARS.length())))));
    }
    return sb.toString();
  }

  static double f64(Random r) {
    return r.nextInt(5) == 0 ? -0.0 : (r.nextDouble() - 0.5) * 360;
  }

  static <E extends Enum<E>> E pick(Random r, Class<E> type) {
    E[] all = type.getEnumConstants();
    return all[r.nextInt(all.length)];
  }

  static <T> List<T> list(Random r, Function<Random, T> each) {
    List<T> out = new ArrayList<>();
    int n = r.nextInt(4);
    for (int i = 0; i < n; i++) {
      out.add(each.apply(r));
    }
    return out;
  }

  static Interface iface(Random r) {
    if (r.nextBoolean()) {
      return new InterfaceV1(
          pick(r, InterfaceStatus.class),
          text(r),
          pick(r, InterfaceType.class),
          pick(r, LoopbackType.class),
          u16(r),
          net(r),
          u16(r),
          r.nextBoolean());
    }
    return new InterfaceV2(
        pick(r, InterfaceStatus.class),
        text(r),
        pick(r, InterfaceType.class),
        pick(r, InterfaceCyoa.class),
        pick(r, InterfaceDia.class),
        pick(r, LoopbackType.class),
        u64(r),
        u64(r),
        u16(r),
        pick(r, RoutingMode.class),
        u16(r),
        net(r),
        u16(r),
        r.nextBoolean());
  }

  static AccessPassType accessPassType(Random r) {
    return switch (pick(r, AccessPassTypeTag.class)) {
      case PREPAID -> AccessPassType.PREPAID;
      case SOLANA_VALIDATOR -> new AccessPassType.SolanaValidator(key(r));
      case SOLANA_RPC -> new AccessPassType.SolanaRpc(key(r));
      case OTHERS -> new AccessPassType.Others(text(r), text(r));
    };
  }

  static Allocator allocator(Random r) {
    if (r.nextBoolean()) {
      return new Allocator.Ip(new NetworkV4(ip(r), 20 + r.nextInt(13)), u64(r));
    }
    int start = r.nextInt(1000);
    return new Allocator.Id(start, start + 1 + r.nextInt(3000), u64(r));
  }

  static GlobalState globalState(Random r) {
    return new GlobalState(
        u8(r),
        u128(r),
        list(r, RandomAccounts::key),
        list(r, RandomAccounts::key),
        list(r, RandomAccounts::key),
        key(r),
        key(r),
        u64(r),
        u64(r),
        key(r),
        list(r, RandomAccounts::key),
        new FeatureFlags(u128(r)),
        key(r));
  }

  static GlobalConfig globalConfig(Random r) {
    return new GlobalConfig(key(r), u8(r), u32(r), u32(r), net(r), net(r), net(r), u16(r), net(r));
  }

  static ProgramConfig programConfig(Random r) {
    return new ProgramConfig(
        u8(r),
        new ProgramVersion(u32(r), u32(r), u32(r)),
        new ProgramVersion(u32(r), u32(r), u32(r)));
  }

  static Location location(Random r) {
    return new Location(
        key(r),
        u128(r),
        u8(r),
        f64(r),
        f64(r),
        u32(r),
        pick(r, LocationStatus.class),
        text(r),
        text(r),
        text(r),
        u32(r));
  }

  static Exchange exchange(Random r) {
    return new Exchange(
        key(r),
        u128(r),
        u8(r),
        f64(r),
        f64(r),
        u16(r),
        u16(r),
        pick(r, ExchangeStatus.class),
        text(r),
        text(r),
        u32(r),
        key(r),
        key(r));
  }

  static Contributor contributor(Random r) {
    return new Contributor(
        key(r), u128(r), u8(r), pick(r, ContributorStatus.class), text(r), u32(r), key(r));
  }

  static Device device(Random r) {
    return new Device(
        key(r),
        u128(r),
        u8(r),
        key(r),
        key(r),
        pick(r, DeviceType.class),
        ip(r),
        pick(r, DeviceStatus.class),
        text(r),
        list(r, RandomAccounts::net),
        key(r),
        key(r),
        text(r),
        list(r, RandomAccounts::iface),
        u32(r),
        u16(r),
        u16(r),
        pick(r, DeviceHealth.class),
        pick(r, DeviceDesiredStatus.class),
        u16(r),
        u16(r),
        u16(r),
        u16(r),
        u16(r),
        u16(r),
        u16(r));
  }

  static Link link(Random r) {
    return new Link(
        key(r),
        u128(r),
        u8(r),
        key(r),
        key(r),
        pick(r, LinkLinkType.class),
        u64(r),
        u32(r),
        u64(r),
        u64(r),
        u16(r),
        net(r),
        pick(r, LinkStatus.class),
        text(r),
        key(r),
        text(r),
        text(r),
        u64(r),
        pick(r, LinkHealth.class),
        pick(r, LinkDesiredStatus.class));
  }

  static User user(Random r) {
    return new User(
        key(r),
        u128(r),
        u8(r),
        pick(r, UserType.class),
        key(r),
        key(r),
        pick(r, UserCyoa.class),
        ip(r),
        ip(r),
        u16(r),
        net(r),
        pick(r, UserStatus.class),
        list(r, RandomAccounts::key),
        list(r, RandomAccounts::key),
        key(r),
        ip(r));
  }

  static MulticastGroup multicastGroup(Random r) {
    return new MulticastGroup(
        key(r),
        u128(r),
        u8(r),
        key(r),
        ip(r),
        u64(r),
        pick(r, MulticastGroupStatus.class),
        text(r),
        u32(r),
        u32(r));
  }

  static AccessPass accessPass(Random r) {
    return new AccessPass(
        key(r),
        u8(r),
        accessPassType(r),
        ip(r),
        key(r),
        u64(r),
        u16(r),
        pick(r, AccessPassStatus.class),
        list(r, RandomAccounts::key),
        list(r, RandomAccounts::key),
        u8(r),
        list(r, RandomAccounts::key));
  }

  static Tenant tenant(Random r) {
    return new Tenant(
        key(r),
        u8(r),
        text(r),
        u16(r),
        u32(r),
        list(r, RandomAccounts::key),
        pick(r, TenantPaymentStatus.class),
        key(r),
        r.nextBoolean(),
        r.nextBoolean(),
        new TenantBillingConfig.FlatPerEpoch(u64(r), u64(r)));
  }

  static ResourceExtension resourceExtension(Random r) {
    Allocator a = allocator(r);
    byte[] bitmap = new byte[a.bitmapBytes()];
    r.nextBytes(bitmap);
    return new ResourceExtension(key(r), u8(r), key(r), a, bitmap);
  }

  static Permission permission(Random r) {
    return new Permission(key(r), u8(r), pick(r, PermissionStatus.class), key(r), u128(r));
  }

  static Reservation reservation(Random r) {
    return new Reservation(key(r), u8(r), key(r), u16(r));
  }

  /// @return one random account of every type
  static List<ServiceabilityAccount> oneOfEach(Random r) {
    return List.of(
        globalState(r),
        globalConfig(r),
        programConfig(r),
        location(r),
        exchange(r),
        contributor(r),
        device(r),
        link(r),
        user(r),
        multicastGroup(r),
        accessPass(r),
        tenant(r),
        resourceExtension(r),
        permission(r),
        reservation(r));
  }
}
