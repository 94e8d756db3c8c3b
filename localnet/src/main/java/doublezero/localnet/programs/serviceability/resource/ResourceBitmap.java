package doublezero.localnet.programs.serviceability.resource;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.Allocator;
import doublezero.sdk.serviceability.state.ResourceExtension;

/// The allocation rules of a ResourceExtension bitmap, applied in place to the account's data from
/// byte 88 (`SVC/ip_allocator.rs`, `SVC/id_allocator.rs`; `serviceability-instructions.md` §6.3).
/// Bit `i` (byte `i/8`, bit `i%8`, LSB first) stands for `base + i`. Scans are first-fit over
/// 64-bit little-endian words from the stored `first_free_index` (which the program never writes
/// back).
final class ResourceBitmap {
  private final byte[] data;
  private final Allocator allocator;

  /// @param data the whole account data (modified in place)
  /// @param allocator the allocator decoded from its header
  ResourceBitmap(byte[] data, Allocator allocator) {
    this.data = data;
    this.allocator = allocator;
  }

  private int bits() {
    return (data.length - ResourceExtension.BITMAP_OFFSET) * 8;
  }

  private boolean get(long bit) {
    return (data[ResourceExtension.BITMAP_OFFSET + (int) (bit >>> 3)] & (1 << (bit & 7))) != 0;
  }

  private void set(long bit, boolean value) {
    int i = ResourceExtension.BITMAP_OFFSET + (int) (bit >>> 3);
    data[i] = (byte) (value ? data[i] | (1 << (bit & 7)) : data[i] & ~(1 << (bit & 7)));
  }

  private boolean wordFull(int word) {
    for (int b = 0; b < 64; b++) {
      if (!get((long) word * 64 + b)) {
        return false;
      }
    }
    return true;
  }

  /// `IdAllocator::allocate`: the lowest free id.
  ///
  /// @return the id, or -1 when none is free
  int allocateId(Allocator.Id id) {
    int total = id.rangeEnd() - id.rangeStart();
    int words = bits() / 64;
    for (int w = (int) Math.min(id.firstFreeIndex(), Integer.MAX_VALUE); w < words; w++) {
      if (wordFull(w)) {
        continue;
      }
      for (int b = 0; b < 64; b++) {
        long block = (long) w * 64 + b;
        if (block >= total) {
          break;
        }
        if (!get(block)) {
          set(block, true);
          return id.rangeStart() + (int) block;
        }
      }
    }
    return -1;
  }

  /// `IpAllocator::allocate`: the lowest free block of `count` addresses (a power of two), aligned
  /// to `count`.
  ///
  /// @return the block, or null when the size is not allowed (prefix below 26 or the base's) or
  ///   nothing is free
  NetworkV4 allocateIp(Allocator.Ip ip, int count) {
    int prefix = 32 - Integer.numberOfTrailingZeros(count);
    if (prefix < ip.baseNet().prefix() || prefix < 26) {
      return null;
    }
    long total = 1L << (32 - ip.baseNet().prefix());
    int words = bits() / 64;
    for (int w = (int) Math.min(ip.firstFreeIndex(), Integer.MAX_VALUE); w < words; w++) {
      if (count > 64 || wordFull(w)) {
        continue;
      }
      for (int slot = 0; slot < 64 / count; slot++) {
        long bit = (long) w * 64 + (long) slot * count;
        if (bit + count > total) {
          return null;
        }
        if (rangeIs(bit, count, false)) {
          setRange(bit, count, true);
          return new NetworkV4(new Ipv4Address(ip.baseNet().ip().value() + (int) bit), prefix);
        }
      }
    }
    return null;
  }

  /// `IdAllocator::allocate_specific`.
  ///
  /// @return false when the id is outside the range or already allocated
  boolean allocateSpecificId(Allocator.Id id, int value) {
    if (value < id.rangeStart() || value >= id.rangeEnd() || get(value - id.rangeStart())) {
      return false;
    }
    set(value - id.rangeStart(), true);
    return true;
  }

  /// `IpAllocator::allocate_specific`: the block must lie in the base, be aligned to its size and
  /// be wholly free.
  ///
  /// @return false otherwise
  boolean allocateSpecificIp(Allocator.Ip ip, NetworkV4 net) {
    NetworkV4 base = ip.baseNet();
    if (net.prefix() < base.prefix() || !base.contains(net.ip())) {
      return false;
    }
    long offset =
        Integer.toUnsignedLong(net.ip().value()) - Integer.toUnsignedLong(base.ip().value());
    long size = 1L << (32 - net.prefix());
    if (offset % size != 0
        || offset + size > (1L << (32 - base.prefix()))
        || !rangeIs(offset, size, false)) {
      return false;
    }
    setRange(offset, size, true);
    return true;
  }

  /// `IdAllocator::deallocate`: idempotent.
  ///
  /// @return whether the id was allocated
  boolean deallocateId(Allocator.Id id, int value) {
    if (value < id.rangeStart() || value >= id.rangeEnd()) {
      return false;
    }
    boolean was = get(value - id.rangeStart());
    set(value - id.rangeStart(), false);
    return was;
  }

  /// `IpAllocator::deallocate`: frees the block when it lies in the base and is wholly allocated.
  ///
  /// @return whether it was freed
  boolean deallocateIp(Allocator.Ip ip, NetworkV4 net) {
    NetworkV4 base = ip.baseNet();
    if (net.prefix() < base.prefix() || !base.contains(net.ip())) {
      return false;
    }
    long offset =
        Integer.toUnsignedLong(net.ip().value()) - Integer.toUnsignedLong(base.ip().value());
    long size = 1L << (32 - net.prefix());
    if (offset + size > bits() || !rangeIs(offset, size, true)) {
      return false;
    }
    setRange(offset, size, false);
    return true;
  }

  Allocator allocator() {
    return allocator;
  }

  private boolean rangeIs(long start, long count, boolean allocated) {
    for (long i = 0; i < count; i++) {
      if (get(start + i) != allocated) {
        return false;
      }
    }
    return true;
  }

  private void setRange(long start, long count, boolean value) {
    for (long i = 0; i < count; i++) {
      set(start + i, value);
    }
  }
}
