package doublezero.activator.allocation;

import java.util.BitSet;
import java.util.OptionalInt;

/// First-free integer ids in `[first, end)`, as the reference activator's `IDAllocator`
/// (`activator/src/idallocator.rs`; `activator-controller-agent.md` §A.6): [#next()] returns the
/// smallest id not in use, so a released id is handed out again before larger ones. Unlike the
/// reference, the range is bounded (the controller renders user tunnels 500–627 only) and
/// exhaustion is reported instead of growing past the range. Not thread-safe: the activator owns
/// its pools on one thread.
public final class IdAllocator {
  private final int first;
  private final int end;
  private final BitSet used = new BitSet();

  /// @param first the smallest id handed out
  /// @param end one past the largest id handed out
  /// @throws IllegalArgumentException when the range is empty or negative
  public IdAllocator(int first, int end) {
    if (first < 0 || end <= first) {
      throw new IllegalArgumentException("empty id range [" + first + ", " + end + ")");
    }
    this.first = first;
    this.end = end;
  }

  /// Takes the smallest free id.
  ///
  /// @return the id, or empty when every id of the range is in use
  public OptionalInt next() {
    int id = used.nextClearBit(0) + first;
    if (id >= end) {
      return OptionalInt.empty();
    }
    used.set(id - first);
    return OptionalInt.of(id);
  }

  /// Marks an id held by an account on chain.
  ///
  /// @return false when the id is outside the range (nothing is marked) or was already marked
  public boolean assign(int id) {
    if (!inRange(id) || used.get(id - first)) {
      return false;
    }
    used.set(id - first);
    return true;
  }

  /// Frees an id (no-op when free or outside the range).
  ///
  /// @return whether it was in use
  public boolean release(int id) {
    if (!inRange(id) || !used.get(id - first)) {
      return false;
    }
    used.clear(id - first);
    return true;
  }

  /// @return whether the id is in use
  public boolean isAssigned(int id) {
    return inRange(id) && used.get(id - first);
  }

  /// @return whether the id lies in `[first, end)`
  public boolean inRange(int id) {
    return id >= first && id < end;
  }

  /// @return how many ids are in use
  public int assignedCount() {
    return used.cardinality();
  }

  /// @return how many ids the range holds
  public int capacity() {
    return end - first;
  }
}
