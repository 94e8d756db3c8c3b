package doublezero.geoprobe.parent;

import doublezero.sdk.geolocation.trust.OffsetTrust;
import doublezero.sdk.solana.key.PublicKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The probe's current trust policy: command-line parents ∪ parents found on chain (the chain wins
/// when both name a device; reference `onchain_discovery.go` at v0.12.0, §E.4), with the maximum
/// slot age. [#refresh] re-reads the chain; when that fails the previous set is kept. Thread-safe.
public final class ParentSet {
  private static final Logger LOG = LoggerFactory.getLogger(ParentSet.class);

  private final Map<PublicKey, PublicKey> cli;
  private final ParentDiscovery discovery;
  private final long maxAgeSlots;
  private final AtomicReference<OffsetTrust> current;

  /// @param cli parents given on the command line (device → metrics publisher key)
  /// @param discovery the chain reader, or null when parents come from the command line only
  /// @param maxAgeSlots largest accepted slot age of an offset
  public ParentSet(Map<PublicKey, PublicKey> cli, ParentDiscovery discovery, long maxAgeSlots) {
    this.cli = Map.copyOf(cli);
    this.discovery = discovery;
    this.maxAgeSlots = maxAgeSlots;
    this.current = new AtomicReference<>(new OffsetTrust(cli, maxAgeSlots));
  }

  /// @return the trust policy for received offsets
  public OffsetTrust trust() {
    return current.get();
  }

  /// Re-reads the parents from chain (no-op without discovery); logs a change or a failure.
  ///
  /// @return whether the read succeeded
  public boolean refresh() {
    if (discovery == null) {
      return true;
    }
    Map<PublicKey, PublicKey> onChain;
    try {
      onChain = discovery.discover();
    } catch (RuntimeException e) {
      LOG.warn(
          "event=parent_discovery_failed kept={} error=\"{}\"",
          current.get().parents().size(),
          e.getMessage());
      return false;
    }
    Map<PublicKey, PublicKey> merged = new LinkedHashMap<>(cli);
    merged.putAll(onChain);
    OffsetTrust next = new OffsetTrust(merged, maxAgeSlots);
    OffsetTrust before = current.getAndSet(next);
    if (!before.parents().equals(next.parents())) {
      LOG.info(
          "event=parents_changed parents={} on_chain={} cli={}",
          merged.size(),
          onChain.size(),
          cli.size());
    }
    return true;
  }
}
