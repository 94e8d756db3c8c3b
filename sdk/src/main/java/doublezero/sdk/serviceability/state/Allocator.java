package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.fields.Field;
import doublezero.sdk.fields.FieldValue;
import doublezero.sdk.fields.FieldsBuilder;
import doublezero.sdk.fields.HasFields;
import doublezero.sdk.net.NetworkV4;
import java.util.List;
import java.util.Objects;

/// The allocator in a [ResourceExtension] header, an enum with payload (Rust `Allocator`,
/// `SVC/state/resource_extension.rs`, `SVC/ip_allocator.rs`, `SVC/id_allocator.rs`, reference
/// `serviceability-state.md` §4.13): tag 0 = `Ip(IpAllocator)`, 1 = `Id(IdAllocator)`.
public sealed interface Allocator extends HasFields permits Allocator.Ip, Allocator.Id {

  /// @return the tag byte (0 Ip, 1 Id)
  int tag();

  /// @return the Rust variant name, `Ip` or `Id`
  String variantName();

  /// @return the scan hint stored on chain: index of a 64-bit bitmap word (Rust `usize`, 8 bytes),
  ///   not a count
  long firstFreeIndex();

  /// @return how many ids or addresses the pool holds (bits that may be used)
  long totalCapacity();

  /// @return the bitmap length in bytes the program gives a new account (a multiple of 8)
  int bitmapBytes();

  /// @param w writes the tag and payload
  void encode(BorshWriter w);

  /// @return a `Tagged` value named after the variant holding the payload fields
  default FieldValue toFieldValue() {
    return new FieldValue.Tagged(variantName(), tag(), fields());
  }

  /// @param r a reader at the tag (every byte must be present: the program `unwrap`s this read)
  /// @param field field name for errors
  /// @return the allocator
  /// @throws DecodeException for an unknown tag or a short payload
  static Allocator decode(BorshReader r, String field) {
    BorshReader s = r.strict();
    int at = s.offset();
    int tag = s.u8(field);
    return switch (tag) {
      case 0 -> new Ip(s.networkV4(field + ".base_net"), s.u64(field + ".first_free_index"));
      case 1 ->
          new Id(
              s.u16(field + ".range_start"),
              s.u16(field + ".range_end"),
              s.u64(field + ".first_free_index"));
      default -> throw new DecodeException(s.type(), field, at, "unknown Allocator tag " + tag);
    };
  }

  /// Tag 0: allocates IPv4 addresses from `baseNet`; bit i = address `baseNet.ip() + i`.
  ///
  /// @param baseNet the block (host bits as stored)
  /// @param firstFreeIndex scan hint (u64 word index)
  record Ip(NetworkV4 baseNet, long firstFreeIndex) implements Allocator {
    /// @param baseNet not null
    public Ip {
      Objects.requireNonNull(baseNet, "baseNet");
    }

    @Override
    public int tag() {
      return 0;
    }

    @Override
    public String variantName() {
      return "Ip";
    }

    @Override
    public long totalCapacity() {
      return 1L << (32 - baseNet.prefix());
    }

    @Override
    public int bitmapBytes() {
      return (int) ((totalCapacity() + 63) / 64 * 8);
    }

    @Override
    public void encode(BorshWriter w) {
      w.u8(0).networkV4(baseNet).u64(firstFreeIndex);
    }

    @Override
    public List<Field> fields() {
      return new FieldsBuilder()
          .net("base_net", baseNet)
          .u64("first_free_index", firstFreeIndex)
          .build();
    }
  }

  /// Tag 1: allocates ids in the half-open range `[rangeStart, rangeEnd)`; bit i = id `rangeStart +
  /// i`.
  ///
  /// @param rangeStart first id (u16)
  /// @param rangeEnd one past the last id (u16)
  /// @param firstFreeIndex scan hint (u64 word index)
  record Id(int rangeStart, int rangeEnd, long firstFreeIndex) implements Allocator {
    /// @param rangeStart 0..65535
    /// @param rangeEnd 0..65535
    /// @param firstFreeIndex any
    public Id {
      if (rangeStart < 0 || rangeStart > 0xFFFF || rangeEnd < 0 || rangeEnd > 0xFFFF) {
        throw new IllegalArgumentException(
            "id range must be u16: [" + rangeStart + ", " + rangeEnd + ")");
      }
    }

    @Override
    public int tag() {
      return 1;
    }

    @Override
    public String variantName() {
      return "Id";
    }

    @Override
    public long totalCapacity() {
      return Math.max(0, rangeEnd - rangeStart);
    }

    @Override
    public int bitmapBytes() {
      int bytes = (int) ((totalCapacity() + 7) / 8);
      return (bytes + 7) / 8 * 8;
    }

    @Override
    public void encode(BorshWriter w) {
      w.u8(1).u16(rangeStart).u16(rangeEnd).u64(firstFreeIndex);
    }

    @Override
    public List<Field> fields() {
      return new FieldsBuilder()
          .u16("range_start", rangeStart)
          .u16("range_end", rangeEnd)
          .u64("first_free_index", firstFreeIndex)
          .build();
    }
  }
}
