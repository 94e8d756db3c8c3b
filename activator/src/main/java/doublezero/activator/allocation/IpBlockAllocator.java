package doublezero.activator.allocation;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import java.util.BitSet;
import java.util.Optional;

/// Blocks of addresses carved from one IPv4 pool, as the reference activator's `IPBlockAllocator`
/// (`activator/src/ipblockallocator.rs`; `activator-controller-agent.md` §A.6). Bit `i` stands for
/// `network(base) + i`. [#nextBlock(int, int)] walks windows of the block size starting at
/// `reserve` (so `reserve = 1` never hands out the pool's network address) and takes the first
/// wholly free one. Not thread-safe.
public final class IpBlockAllocator {
  private final NetworkV4 base;
  private final long network;
  private final long size;
  private final BitSet used = new BitSet();

  /// @param base the pool, e.g. `169.254.0.0/16`
  /// @throws IllegalArgumentException for a pool larger than /1 (the bit set is indexed by int)
  public IpBlockAllocator(NetworkV4 base) {
    if (base.prefix() < 1) {
      throw new IllegalArgumentException("pool too large: " + base);
    }
    this.base = base;
    this.network = Integer.toUnsignedLong(base.network().value());
    this.size = 1L << (32 - base.prefix());
  }

  /// @return the pool
  public NetworkV4 base() {
    return base;
  }

  /// @return whether `ip` lies in the pool
  public boolean contains(Ipv4Address ip) {
    long v = Integer.toUnsignedLong(ip.value());
    return v >= network && v < network + size;
  }

  /// Takes the first free block of `ipCount` addresses (rounded up to a power of two, at most the
  /// pool).
  ///
  /// @param reserve the offset of the first window (0, or 1 to skip the network address)
  /// @param ipCount addresses wanted, ≥ 1
  /// @return the block as `address/prefix`, or empty when no window is free
  public Optional<NetworkV4> nextBlock(int reserve, int ipCount) {
    int bits = 32 - Integer.numberOfLeadingZeros(Math.max(1, ipCount) - 1);
    int prefix = Math.max(32 - bits, base.prefix());
    long block = 1L << (32 - prefix);
    long start = base.prefix() == 32 ? 0 : reserve;
    for (; start + block <= size; start += block) {
      if (free(start, block)) {
        set(start, block, true);
        return Optional.of(new NetworkV4(new Ipv4Address((int) (network + start)), prefix));
      }
    }
    return Optional.empty();
  }

  /// Marks a block held on chain (e.g. a link's tunnel_net found at start-up).
  ///
  /// @return false when the block does not lie wholly in the pool (nothing marked) or overlaps a
  ///   marked address
  public boolean assign(NetworkV4 net) {
    long[] span = span(net);
    if (span == null) {
      return false;
    }
    boolean clear = free(span[0], span[1]);
    set(span[0], span[1], true);
    return clear;
  }

  /// Frees a block (addresses outside the pool are ignored, as the reference's regression test
  /// requires).
  ///
  /// @return whether every address of it was in use
  public boolean release(NetworkV4 net) {
    long[] span = span(net);
    if (span == null) {
      return false;
    }
    boolean all = used.get((int) span[0], (int) (span[0] + span[1])).cardinality() == span[1];
    set(span[0], span[1], false);
    return all;
  }

  /// @return whether any address of `net` is in use
  public boolean isAssigned(NetworkV4 net) {
    long[] span = span(net);
    return span != null && !free(span[0], span[1]);
  }

  /// @return addresses in use
  public long assignedCount() {
    return used.cardinality();
  }

  /// @return addresses in the pool
  public long capacity() {
    return size;
  }

  private long[] span(NetworkV4 net) {
    long start = Integer.toUnsignedLong(net.ip().value()) - network;
    long length = 1L << (32 - net.prefix());
    if (start < 0 || start + length > size) {
      return null;
    }
    return new long[] {start, length};
  }

  private boolean free(long start, long length) {
    int next = used.nextSetBit((int) start);
    return next < 0 || next >= start + length;
  }

  private void set(long start, long length, boolean value) {
    used.set((int) start, (int) (start + length), value);
  }
}
