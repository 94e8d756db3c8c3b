package doublezero.cli.telemetry.data;

/// A range of DZ-ledger epochs, both ends included.
///
/// @param from first epoch
/// @param to last epoch (≥ from)
public record EpochSpan(long from, long to) {
  /// @throws IllegalArgumentException `from-epoch must be less than to-epoch` when from > to
  public EpochSpan {
    if (from > to) {
      throw new IllegalArgumentException("from-epoch must be less than to-epoch");
    }
  }

  /// @return `Epoch: N` for one epoch, else `Epochs: A - B` (the reference's heading line)
  public String heading() {
    return from == to ? "Epoch: " + from : "Epochs: " + from + " - " + to;
  }
}
