package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.fields.Field;
import doublezero.sdk.fields.FieldValue;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.PublicKey;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/// A pool of ids or IPv4 addresses with its allocation bitmap (Rust `ResourceExtensionOwned`,
/// `SVC/state/resource_extension.rs`, reference `serviceability-state.md` §4.13).
///
/// Not a plain Borsh account: a Borsh header (type byte 12, owner, bump, associated_with,
/// [Allocator]), zero padding up to byte [#BITMAP_OFFSET] (88), then the raw bitmap to the end of
/// the account. Bit i is byte i/8, bit i%8 (LSB first); a set bit means id `range_start + i` or
/// address `base_net.ip + i` is allocated.
///
/// Required: the whole header and the padding up to byte 88. The bitmap has no length of its own:
/// it is whatever follows, of any length, because its size rule changed across program versions
/// (reference commits bc38de941, bd01f7369, eb4c200b9 changed `bitmap_required_size`), so older
/// pools have shorter bitmaps than [Allocator#bitmapBytes()].
///
/// @param owner the payer that created it
/// @param bumpSeed PDA bump (u8)
/// @param associatedWith the device for per-device pools, zero for global pools
/// @param allocator what is allocated, and the scan hint
/// @param bitmap the allocation bitmap (Rust `storage`); copied in and out
public record ResourceExtension(
    PublicKey owner, int bumpSeed, PublicKey associatedWith, Allocator allocator, byte[] bitmap)
    implements ServiceabilityAccount {

  /// Byte offset of the bitmap (Rust `RESOURCE_EXTENSION_BITMAP_OFFSET` = ceil(84 / 8) × 8).
  public static final int BITMAP_OFFSET = 88;

  /// @throws NullPointerException when a component is null
  /// @throws IllegalArgumentException when bumpSeed is not a u8
  public ResourceExtension {
    Objects.requireNonNull(owner, "owner");
    Check.u8("bumpSeed", bumpSeed);
    Objects.requireNonNull(associatedWith, "associatedWith");
    Objects.requireNonNull(allocator, "allocator");
    bitmap = bitmap.clone();
  }

  /// A new, empty pool as the program creates it: bitmap of [Allocator#bitmapBytes()] zero bytes.
  ///
  /// @param owner creator
  /// @param bumpSeed PDA bump
  /// @param associatedWith device or zero
  /// @param allocator allocator (normally with first_free_index 0)
  /// @return the account
  public static ResourceExtension create(
      PublicKey owner, int bumpSeed, PublicKey associatedWith, Allocator allocator) {
    return new ResourceExtension(
        owner, bumpSeed, associatedWith, allocator, new byte[allocator.bitmapBytes()]);
  }

  /// Decodes account data. The header must be complete and the data at least 88 bytes long (the
  /// program panics otherwise); the padding before byte 88 is not checked.
  ///
  /// @param data account data
  /// @return the account
  /// @throws DecodeException for empty data, another account type, a header cut short, an unknown
  ///   allocator tag, or data shorter than 88 bytes
  public static ResourceExtension decode(byte[] data) {
    Check.open(data, AccountType.RESOURCE_EXTENSION);
    BorshReader r = BorshReader.strict(data, AccountType.RESOURCE_EXTENSION.variantName());
    r.u8("account_type");
    PublicKey owner = r.publicKey("owner");
    int bump = r.u8("bump_seed");
    PublicKey associated = r.publicKey("associated_with");
    Allocator allocator = Allocator.decode(r, "allocator");
    if (data.length < BITMAP_OFFSET) {
      throw new DecodeException(
          r.type(),
          "storage",
          data.length,
          "account of " + data.length + " bytes ends before the bitmap offset " + BITMAP_OFFSET);
    }
    return new ResourceExtension(
        owner, bump, associated, allocator, Arrays.copyOfRange(data, BITMAP_OFFSET, data.length));
  }

  @Override
  public byte[] bitmap() {
    return bitmap.clone();
  }

  /// @return 88 header bytes (zero padded) followed by the bitmap
  @Override
  public byte[] encode() {
    BorshWriter w = new BorshWriter(BITMAP_OFFSET + bitmap.length);
    w.u8(AccountType.RESOURCE_EXTENSION.wireValue())
        .publicKey(owner)
        .u8(bumpSeed)
        .publicKey(associatedWith);
    allocator.encode(w);
    w.bytes(new byte[BITMAP_OFFSET - w.size()]);
    w.bytes(bitmap);
    return w.toByteArray();
  }

  @Override
  public AccountType accountType() {
    return AccountType.RESOURCE_EXTENSION;
  }

  /// @return account_type, owner, bump_seed, associated_with, allocator (`Struct` `Ip`/`Id`),
  ///   storage (u8 list)
  @Override
  public List<Field> fields() {
    List<FieldValue> bytes = new ArrayList<>(bitmap.length);
    for (byte b : bitmap) {
      bytes.add(new FieldValue.Int(FieldValue.IntType.U8, BigInteger.valueOf(b & 0xFF)));
    }
    return Check.fields(AccountType.RESOURCE_EXTENSION)
        .key("owner", owner)
        .u8("bump_seed", bumpSeed)
        .key("associated_with", associatedWith)
        .add("allocator", allocator.toFieldValue())
        .add("storage", new FieldValue.ListOf(bytes))
        .build();
  }

  /// @return the number of usable bits: the allocator's capacity, bounded by the bitmap's length
  public int capacity() {
    return (int) Math.min(allocator.totalCapacity(), (long) bitmap.length * 8);
  }

  /// @param index bit index, 0 ≤ index < bitmap bits
  /// @return whether that id or address is allocated
  /// @throws IndexOutOfBoundsException outside the bitmap
  public boolean isAllocated(int index) {
    Objects.checkIndex(index, bitmap.length * 8);
    return (bitmap[index >>> 3] & (1 << (index & 7))) != 0;
  }

  /// @return the lowest free index below [#capacity()], or -1 when the pool is full
  public int firstFree() {
    int cap = capacity();
    for (int i = 0; i < cap; i++) {
      if (!isAllocated(i)) {
        return i;
      }
    }
    return -1;
  }

  /// @return how many indices below [#capacity()] are allocated
  public int allocatedCount() {
    int n = 0;
    int cap = capacity();
    for (int i = 0; i < cap; i++) {
      if (isAllocated(i)) {
        n++;
      }
    }
    return n;
  }

  /// @return `capacity() - allocatedCount()`
  public int availableCount() {
    return capacity() - allocatedCount();
  }

  /// @return the allocated indices, ascending
  public List<Integer> allocatedIndices() {
    List<Integer> out = new ArrayList<>();
    int cap = capacity();
    for (int i = 0; i < cap; i++) {
      if (isAllocated(i)) {
        out.add(i);
      }
    }
    return List.copyOf(out);
  }

  /// @param index bit index
  /// @param allocated the new state
  /// @return a copy with that bit set or cleared (the allocator's scan hint is unchanged)
  /// @throws IndexOutOfBoundsException outside the bitmap
  public ResourceExtension withAllocated(int index, boolean allocated) {
    Objects.checkIndex(index, bitmap.length * 8);
    byte[] copy = bitmap.clone();
    int mask = 1 << (index & 7);
    copy[index >>> 3] = (byte) (allocated ? copy[index >>> 3] | mask : copy[index >>> 3] & ~mask);
    return new ResourceExtension(owner, bumpSeed, associatedWith, allocator, copy);
  }

  /// @param allocator the new allocator (e.g. with another scan hint)
  /// @return a copy with that allocator
  public ResourceExtension withAllocator(Allocator allocator) {
    return new ResourceExtension(owner, bumpSeed, associatedWith, allocator, bitmap);
  }

  /// @param index bit index
  /// @return the id that bit stands for (`range_start + index`)
  /// @throws IllegalStateException when this is an IP pool
  public int idAt(int index) {
    return switch (allocator) {
      case Allocator.Id id -> id.rangeStart() + index;
      case Allocator.Ip ip -> throw new IllegalStateException("not an id pool: " + ip.baseNet());
    };
  }

  /// @param index bit index
  /// @return the address that bit stands for (`base_net.ip + index`)
  /// @throws IllegalStateException when this is an id pool
  public Ipv4Address addressAt(int index) {
    return switch (allocator) {
      case Allocator.Ip ip -> new Ipv4Address(ip.baseNet().ip().value() + index);
      case Allocator.Id id ->
          throw new IllegalStateException(
              "not an IP pool: [" + id.rangeStart() + ", " + id.rangeEnd() + ")");
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResourceExtension x
        && owner.equals(x.owner)
        && bumpSeed == x.bumpSeed
        && associatedWith.equals(x.associatedWith)
        && allocator.equals(x.allocator)
        && Arrays.equals(bitmap, x.bitmap);
  }

  @Override
  public int hashCode() {
    return Objects.hash(owner, bumpSeed, associatedWith, allocator, Arrays.hashCode(bitmap));
  }

  @Override
  public String toString() {
    return "ResourceExtension[owner="
        + owner
        + ", bumpSeed="
        + bumpSeed
        + ", associatedWith="
        + associatedWith
        + ", allocator="
        + allocator
        + ", bitmap="
        + HexFormat.of().formatHex(bitmap)
        + "]";
  }
}
