package doublezero.telemetry.journal;

import static java.util.Objects.requireNonNull;

import doublezero.sdk.solana.key.PublicKey;

/// One measured direction of one link: samples taken by the origin device's agent towards the
/// target device over the link. With an epoch it names one DeviceLatencySamples account
/// (`reference/telemetry-geolocation.md` §A.5).
///
/// @param origin the local Device account
/// @param target the peer Device account
/// @param link the Link account
public record Circuit(PublicKey origin, PublicKey target, PublicKey link) {
  /// @throws NullPointerException for a null key
  public Circuit {
    requireNonNull(origin, "origin");
    requireNonNull(target, "target");
    requireNonNull(link, "link");
  }

  @Override
  public String toString() {
    return "origin=" + origin + " target=" + target + " link=" + link;
  }
}
