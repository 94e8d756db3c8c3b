package doublezero.localnet.programs.serviceability.link;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LinkStatus;
import doublezero.sdk.solana.key.PublicKey;

/// `impl Validate for Link` (`STATE/link.rs`; `serviceability-instructions.md` §3.7 CreateLink
/// table), run before every create and write of a Link. A Deleting link is not checked at all. The
/// account-type rule holds by construction (the record is a Link).
public final class LinkRules {
  /// Smallest and largest link bandwidth, bits per second (10 Gbps, 400 Gbps).
  public static final long MIN_BANDWIDTH = 10_000_000_000L;

  /// Largest link bandwidth, bits per second.
  public static final long MAX_BANDWIDTH = 400_000_000_000L;

  /// Smallest delay/jitter, ns (0.01 ms).
  public static final long MIN_DELAY_NS = 10_000L;

  /// Largest delay/jitter, ns (1000 ms).
  public static final long MAX_DELAY_NS = 1_000_000_000L;

  /// Largest tunnel id.
  public static final int MAX_TUNNEL_ID = 1024;

  private LinkRules() {}

  /// Checks a Link before it is written, in the reference's order.
  ///
  /// @throws ProgramException `InvalidTunnelNet` (28) for a non-private tunnel net outside
  ///   Requested/Pending/Rejected, `InvalidTunnelId` (29) above 1024, `InvalidBandwidth` (31)
  ///   outside [10 Gbps, 400 Gbps], `InvalidDelay` (32) / `InvalidJitter` (33) outside [10 µs, 1 s]
  ///   (delay override: 0 or in range, else 32), `InvalidDevicePubkey` (6) when both sides are the
  ///   same non-default key
  public static void validate(Invocation inv, Link value) throws ProgramException {
    if (value.status() == LinkStatus.DELETING) {
      return;
    }
    boolean unallocated =
        value.status() == LinkStatus.REQUESTED
            || value.status() == LinkStatus.PENDING
            || value.status() == LinkStatus.REJECTED;
    if (!unallocated && !isPrivate(value.tunnelNet().ip())) {
      fail(inv, ServiceabilityError.INVALID_TUNNEL_NET, "Invalid tunnel_net: " + value.tunnelNet());
    }
    if (value.tunnelId() > MAX_TUNNEL_ID) {
      fail(inv, ServiceabilityError.INVALID_TUNNEL_ID, "Invalid tunnel_id: " + value.tunnelId());
    }
    if (Long.compareUnsigned(value.bandwidth(), MIN_BANDWIDTH) < 0
        || Long.compareUnsigned(value.bandwidth(), MAX_BANDWIDTH) > 0) {
      fail(
          inv,
          ServiceabilityError.INVALID_BANDWIDTH,
          "Invalid bandwidth: " + Long.toUnsignedString(value.bandwidth()));
    }
    if (!inDelayRange(value.delayNs())) {
      fail(
          inv,
          ServiceabilityError.INVALID_DELAY,
          "Invalid delay_ns: " + Long.toUnsignedString(value.delayNs()));
    }
    if (!inDelayRange(value.jitterNs())) {
      fail(
          inv,
          ServiceabilityError.INVALID_JITTER,
          "Invalid jitter_ns: " + Long.toUnsignedString(value.jitterNs()));
    }
    if (value.delayOverrideNs() != 0 && !inDelayRange(value.delayOverrideNs())) {
      fail(
          inv,
          ServiceabilityError.INVALID_DELAY,
          "Invalid delay_override_ns: " + Long.toUnsignedString(value.delayOverrideNs()));
    }
    if (!value.sideAPk().equals(PublicKey.DEFAULT) && value.sideAPk().equals(value.sideZPk())) {
      fail(
          inv,
          ServiceabilityError.INVALID_DEVICE_PUBKEY,
          "Invalid link endpoints: side_a_pk and side_z_pk must be different");
    }
  }

  /// Rust `Ipv4Addr::is_private`: 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16.
  static boolean isPrivate(Ipv4Address ip) {
    int v = ip.value();
    return (v >>> 24) == 10 || (v >>> 20) == ((172 << 4) | 1) || (v >>> 16) == ((192 << 8) | 168);
  }

  private static boolean inDelayRange(long ns) {
    return Long.compareUnsigned(ns, MIN_DELAY_NS) >= 0
        && Long.compareUnsigned(ns, MAX_DELAY_NS) <= 0;
  }

  private static void fail(Invocation inv, ServiceabilityError error, String message)
      throws ProgramException {
    inv.log(message);
    throw inv.error(error);
  }
}
