package doublezero.localnet.node;

import java.nio.file.Path;

/// Settings of the ledger core.
///
/// @param ledgerDir directory for the journal and snapshots (created if missing)
/// @param slotMillis slot duration in milliseconds (> 0)
/// @param slotsPerEpoch epoch length in slots (> 0)
/// @param snapshotEvery take a snapshot after this many journal records (> 0)
/// @param retainStatuses transaction statuses kept in memory for `getTransaction` /
///   `getSignatureStatuses`
public record NodeConfig(
    Path ledgerDir, long slotMillis, long slotsPerEpoch, long snapshotEvery, int retainStatuses) {
  /// Validates the numbers.
  public NodeConfig {
    if (slotMillis <= 0 || slotsPerEpoch <= 0 || snapshotEvery <= 0 || retainStatuses <= 0) {
      throw new IllegalArgumentException(
          "slotMillis, slotsPerEpoch, snapshotEvery and retainStatuses must be positive");
    }
  }
}
