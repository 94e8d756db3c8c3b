package doublezero.sdk.fields;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.solana.key.PublicKey;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

/// A decoded value in a form any renderer (JSON, `field | value` lines, fixture comparison) can
/// walk without knowing the account type. Built by each state record's `fields()`.
public sealed interface FieldValue {
  /// An integer of a Borsh integer type.
  ///
  /// @param type the Borsh type
  /// @param value the value (non-negative for unsigned types)
  record Int(IntType type, BigInteger value) implements FieldValue {}

  /// An f64.
  ///
  /// @param value the value
  record Float64(double value) implements FieldValue {}

  /// A bool.
  ///
  /// @param value the value
  record Bool(boolean value) implements FieldValue {}

  /// A UTF-8 string.
  ///
  /// @param value the value
  record Text(String value) implements FieldValue {}

  /// A public key.
  ///
  /// @param value the key
  record Key(PublicKey value) implements FieldValue {}

  /// An IPv4 address.
  ///
  /// @param value the address
  record Ip(Ipv4Address value) implements FieldValue {}

  /// A `NetworkV4`.
  ///
  /// @param value the network
  record Net(NetworkV4 value) implements FieldValue {}

  /// A fieldless enum variant.
  ///
  /// @param name the Rust variant name, e.g. `ReadyForUsers`
  /// @param discriminant the wire value
  record Variant(String name, int discriminant) implements FieldValue {}

  /// A `Vec<T>`.
  ///
  /// @param items the elements
  record ListOf(List<FieldValue> items) implements FieldValue {}

  /// A nested struct.
  ///
  /// @param typeName the Rust struct name
  /// @param fields its fields in wire order
  record Struct(String typeName, List<Field> fields) implements FieldValue {}

  /// A variant of an enum that carries data (Borsh: a u8 tag = the variant index, then the
  /// payload), such as a Device interface `V2 {…}` or an AccessPass type
  /// `SolanaValidator(node_id)`.
  ///
  /// @param variant the Rust variant name
  /// @param discriminant the tag byte
  /// @param fields the payload fields in wire order (empty for a unit variant such as `Prepaid`)
  record Tagged(String variant, int discriminant, List<Field> fields) implements FieldValue {}

  /// Borsh integer types.
  enum IntType {
    /// u8
    U8,
    /// u16
    U16,
    /// u32
    U32,
    /// u64 (held in a Java `long`, unsigned)
    U64,
    /// u128
    U128,
    /// i64
    I64;

    /// @return the Rust spelling, e.g. `u64`
    public String rustName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
