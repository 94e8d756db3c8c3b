package doublezero.sdk.geolocation.trust;

import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.geolocation.offset.LocationOffset;
import doublezero.sdk.geolocation.offset.OffsetChain;
import doublezero.sdk.geolocation.offset.OffsetDatagram;
import doublezero.sdk.geolocation.offset.OffsetLimits;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Map;
import java.util.Optional;

/// Who may sign what, and how old a measurement may be: the trust policy applied to received
/// location offsets.
///
/// `parents` maps each trusted parent Device account to its metrics publisher key (from the chain:
/// the GeoProbe account's `parent_devices` and each Device's `metrics_publisher_pk`, plus
/// operator-supplied parents). `maxAgeSlots` bounds `|currentSlot − measurement_slot|` at every
/// level (a slot is about 400 ms; a slot ahead of ours is tolerated by the same amount because our
/// own view of the ledger may lag).
///
/// Unlike the reference at v0.12.0 (which checks only the top level's sender and authority and the
/// signatures), this also pins each reference's authority and checks slot freshness; see
/// `rfcs/rfc1-geolocation-verification.md`.
///
/// @param parents trusted parent devices → their metrics publisher keys
/// @param maxAgeSlots largest accepted age of a measurement, slots
public record OffsetTrust(Map<PublicKey, PublicKey> parents, long maxAgeSlots) {
  /// Copies the map.
  public OffsetTrust {
    parents = Map.copyOf(parents);
  }

  /// Checks an offset a DZD sent to a probe: decodes, no references, sender a parent, authority
  /// that parent's key, signature, freshness.
  ///
  /// @param datagram the received bytes
  /// @param currentSlot the latest known ledger slot
  /// @return the verdict
  public TrustVerdict checkDzdOffset(byte[] datagram, long currentSlot) {
    TrustVerdict decoded = decoded(datagram);
    if (!(decoded instanceof TrustVerdict.Accepted(LocationOffset o))) {
      return decoded;
    }
    if (!o.references().isEmpty()) {
      return new TrustVerdict.Refused(
          Refusal.UNEXPECTED_REFERENCES, o.references().size() + " references");
    }
    Optional<TrustVerdict.Refused> bad =
        checkParentLevel(o, "offset", Refusal.WRONG_AUTHORITY, currentSlot);
    return bad.<TrustVerdict>map(r -> r).orElseGet(() -> new TrustVerdict.Accepted(o));
  }

  /// Checks a composite offset a probe sent to a target: top level from `probeAccount` signed by
  /// `probeKey`, each reference from a parent signed by that parent's key (else
  /// [Refusal#RESIGNED_REFERENCE]), every signature, freshness at every level, and the top's rtt at
  /// least the smallest reference rtt (a multi-reference top level carries the smallest-rtt
  /// reference's position and rtt plus its own hop, so larger references may exceed it).
  ///
  /// @param datagram the received bytes
  /// @param probeAccount the GeoProbe account expected as the top-level sender
  /// @param probeKey the probe signing key expected as the top-level authority
  /// @param currentSlot the latest known ledger slot
  /// @return the verdict
  public TrustVerdict checkComposite(
      byte[] datagram, PublicKey probeAccount, PublicKey probeKey, long currentSlot) {
    TrustVerdict decoded = decoded(datagram);
    if (!(decoded instanceof TrustVerdict.Accepted(LocationOffset o))) {
      return decoded;
    }
    if (!o.sender().equals(probeAccount)) {
      return new TrustVerdict.Refused(
          Refusal.UNKNOWN_PROBE, "sender " + o.sender() + " is not " + probeAccount);
    }
    if (!o.authority().equals(probeKey)) {
      return new TrustVerdict.Refused(
          Refusal.WRONG_AUTHORITY, "signed by " + o.authority() + ", probe key is " + probeKey);
    }
    Optional<String> broken = OffsetChain.firstInvalid(o);
    if (broken.isPresent()) {
      return new TrustVerdict.Refused(
          Refusal.BAD_SIGNATURE, "signature of " + broken.get() + " does not verify");
    }
    if (o.references().isEmpty()) {
      return new TrustVerdict.Refused(
          Refusal.NOT_A_PARENT, "composite offset carries no DZD reference");
    }
    Optional<TrustVerdict.Refused> stale = fresh(o, "offset", currentSlot);
    if (stale.isPresent()) {
      return stale.get();
    }
    int smallest = 0;
    for (int i = 0; i < o.references().size(); i++) {
      LocationOffset ref = o.references().get(i);
      Optional<TrustVerdict.Refused> bad =
          checkParentLevel(
              ref, "offset.references[" + i + "]", Refusal.RESIGNED_REFERENCE, currentSlot);
      if (bad.isPresent()) {
        return bad.get();
      }
      if (Long.compareUnsigned(ref.rttNs(), o.references().get(smallest).rttNs()) < 0) {
        smallest = i;
      }
    }
    if (Long.compareUnsigned(o.rttNs(), o.references().get(smallest).rttNs()) < 0) {
      return new TrustVerdict.Refused(
          Refusal.GARBAGE,
          "rtt "
              + Long.toUnsignedString(o.rttNs())
              + " ns is below the smallest reference rtt (reference "
              + smallest
              + "'s)");
    }
    return new TrustVerdict.Accepted(o);
  }

  private static TrustVerdict decoded(byte[] datagram) {
    if (datagram.length > OffsetLimits.MAX_DATAGRAM_BYTES) {
      return new TrustVerdict.Refused(Refusal.OVERSIZED, datagram.length + " bytes");
    }
    try {
      return new TrustVerdict.Accepted(OffsetDatagram.decode(datagram));
    } catch (DecodeException e) {
      return new TrustVerdict.Refused(Refusal.GARBAGE, e.getMessage());
    }
  }

  private Optional<TrustVerdict.Refused> checkParentLevel(
      LocationOffset o, String path, Refusal wrongKey, long slot) {
    PublicKey expected = parents.get(o.sender());
    if (expected == null) {
      return Optional.of(
          new TrustVerdict.Refused(
              Refusal.NOT_A_PARENT, path + " sender " + o.sender() + " is not a parent device"));
    }
    if (!o.authority().equals(expected)) {
      return Optional.of(
          new TrustVerdict.Refused(
              wrongKey,
              path
                  + " signed by "
                  + o.authority()
                  + ", device "
                  + o.sender()
                  + " publishes with "
                  + expected));
    }
    if (!o.signatureValid()) {
      return Optional.of(
          new TrustVerdict.Refused(
              Refusal.BAD_SIGNATURE, "signature of " + path + " does not verify"));
    }
    return fresh(o, path, slot);
  }

  private Optional<TrustVerdict.Refused> fresh(LocationOffset o, String path, long currentSlot) {
    long age = currentSlot - o.measurementSlot();
    if (age > maxAgeSlots || -age > maxAgeSlots) {
      return Optional.of(
          new TrustVerdict.Refused(
              Refusal.STALE,
              path
                  + " slot "
                  + Long.toUnsignedString(o.measurementSlot())
                  + " is "
                  + age
                  + " slots from the current slot "
                  + currentSlot
                  + " (max age "
                  + maxAgeSlots
                  + ")"));
    }
    return Optional.empty();
  }
}
