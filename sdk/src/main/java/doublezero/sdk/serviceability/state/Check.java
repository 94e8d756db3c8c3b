package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.fields.FieldValue;
import doublezero.sdk.fields.FieldsBuilder;

/// Range checks for record components and the shared first steps of account decoding
/// (package-private).
final class Check {
  private Check() {}

  static int u8(String name, int v) {
    if (v < 0 || v > 0xFF) {
      throw new IllegalArgumentException(name + " must be a u8 (0..255): " + v);
    }
    return v;
  }

  static int u16(String name, int v) {
    if (v < 0 || v > 0xFFFF) {
      throw new IllegalArgumentException(name + " must be a u16 (0..65535): " + v);
    }
    return v;
  }

  static long u32(String name, long v) {
    if (v < 0 || v > 0xFFFFFFFFL) {
      throw new IllegalArgumentException(name + " must be a u32 (0..4294967295): " + v);
    }
    return v;
  }

  /// Opens a lenient reader on account data and checks the account-type byte (reference §2.2 rule
  /// 6).
  ///
  /// @throws DecodeException for empty data or another account type
  static BorshReader open(byte[] data, AccountType expected) {
    String name = expected.variantName();
    if (data.length == 0) {
      throw new DecodeException(name, "account_type", 0, "empty account data");
    }
    int found = data[0] & 0xFF;
    if (found != expected.wireValue()) {
      AccountType t = AccountType.fromWire(found);
      throw new DecodeException(
          name,
          "account_type",
          0,
          "expected account type "
              + expected.wireValue()
              + " ("
              + name
              + "), found "
              + found
              + (t == null ? " (unknown)" : " (" + t.variantName() + ")"));
    }
    BorshReader r = BorshReader.lenient(data, name);
    r.u8("account_type");
    return r;
  }

  /// @return a builder whose first field is `account_type`
  static FieldsBuilder fields(AccountType type) {
    return new FieldsBuilder().add("account_type", variant(type));
  }

  static FieldValue variant(WireEnum e) {
    return new FieldValue.Variant(e.variantName(), e.wireValue());
  }
}
