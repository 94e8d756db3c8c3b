package doublezero.sdk.fields;

import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.solana.key.PublicKey;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/// Builds a field list in wire order: `new FieldsBuilder().u8("account_type", 5).key("owner",
/// owner).build()`.
public final class FieldsBuilder {
  private final List<Field> fields = new ArrayList<>();

  /// @param name field name
  /// @param value any value
  /// @return this builder
  public FieldsBuilder add(String name, FieldValue value) {
    fields.add(new Field(name, value));
    return this;
  }

  /// @param name field name
  /// @param v 0..255
  /// @return this builder
  public FieldsBuilder u8(String name, int v) {
    return add(name, new FieldValue.Int(FieldValue.IntType.U8, BigInteger.valueOf(v)));
  }

  /// @param name field name
  /// @param v 0..65535
  /// @return this builder
  public FieldsBuilder u16(String name, int v) {
    return add(name, new FieldValue.Int(FieldValue.IntType.U16, BigInteger.valueOf(v)));
  }

  /// @param name field name
  /// @param v 0..2^32-1
  /// @return this builder
  public FieldsBuilder u32(String name, long v) {
    return add(name, new FieldValue.Int(FieldValue.IntType.U32, BigInteger.valueOf(v)));
  }

  /// @param name field name
  /// @param v unsigned 64-bit value held in a long
  /// @return this builder
  public FieldsBuilder u64(String name, long v) {
    return add(
        name, new FieldValue.Int(FieldValue.IntType.U64, new BigInteger(Long.toUnsignedString(v))));
  }

  /// @param name field name
  /// @param v signed 64-bit value
  /// @return this builder
  public FieldsBuilder i64(String name, long v) {
    return add(name, new FieldValue.Int(FieldValue.IntType.I64, BigInteger.valueOf(v)));
  }

  /// @param name field name
  /// @param v the u128
  /// @return this builder
  public FieldsBuilder u128(String name, U128 v) {
    return add(name, new FieldValue.Int(FieldValue.IntType.U128, v.toBigInteger()));
  }

  /// @param name field name
  /// @param v the f64
  /// @return this builder
  public FieldsBuilder f64(String name, double v) {
    return add(name, new FieldValue.Float64(v));
  }

  /// @param name field name
  /// @param v the bool
  /// @return this builder
  public FieldsBuilder bool(String name, boolean v) {
    return add(name, new FieldValue.Bool(v));
  }

  /// @param name field name
  /// @param v the string
  /// @return this builder
  public FieldsBuilder text(String name, String v) {
    return add(name, new FieldValue.Text(v));
  }

  /// @param name field name
  /// @param v the key
  /// @return this builder
  public FieldsBuilder key(String name, PublicKey v) {
    return add(name, new FieldValue.Key(v));
  }

  /// @param name field name
  /// @param v the address
  /// @return this builder
  public FieldsBuilder ip(String name, Ipv4Address v) {
    return add(name, new FieldValue.Ip(v));
  }

  /// @param name field name
  /// @param v the network
  /// @return this builder
  public FieldsBuilder net(String name, NetworkV4 v) {
    return add(name, new FieldValue.Net(v));
  }

  /// @param name field name
  /// @param variant Rust variant name
  /// @param discriminant wire value
  /// @return this builder
  public FieldsBuilder variant(String name, String variant, int discriminant) {
    return add(name, new FieldValue.Variant(variant, discriminant));
  }

  /// @param name field name
  /// @param items elements
  /// @param each maps an element to its value
  /// @param <T> element type
  /// @return this builder
  public <T> FieldsBuilder list(String name, List<T> items, Function<T, FieldValue> each) {
    return add(name, new FieldValue.ListOf(items.stream().map(each).toList()));
  }

  /// @return the fields in insertion order
  public List<Field> build() {
    return List.copyOf(fields);
  }
}
