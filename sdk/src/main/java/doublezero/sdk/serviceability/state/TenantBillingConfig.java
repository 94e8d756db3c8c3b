package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.fields.Field;
import doublezero.sdk.fields.FieldValue;
import doublezero.sdk.fields.FieldsBuilder;
import doublezero.sdk.fields.HasFields;
import java.util.List;

/// How a [Tenant] is billed, an enum with payload (Rust `TenantBillingConfig`,
/// `SVC/state/tenant.rs`, reference `serviceability-state.md` §4.12): tag byte (0 = `FlatPerEpoch`)
/// then the payload; 17 bytes in all.
public sealed interface TenantBillingConfig extends HasFields
    permits TenantBillingConfig.FlatPerEpoch {

  /// The Rust default: `FlatPerEpoch { rate: 0, last_deduction_dz_epoch: 0 }`.
  FlatPerEpoch DEFAULT = new FlatPerEpoch(0, 0);

  /// @return the tag byte (declaration index)
  int tag();

  /// @return the Rust variant name
  String variantName();

  /// @param w writes the tag and payload
  void encode(BorshWriter w);

  /// @return a `Tagged` value named after the variant holding the payload fields
  default FieldValue toFieldValue() {
    return new FieldValue.Tagged(variantName(), tag(), fields());
  }

  /// @param r the reader at the tag; in a lenient reader an absent tag gives [#DEFAULT]
  /// @param field field name for errors
  /// @return the value
  /// @throws DecodeException for an unknown tag or a short payload
  static TenantBillingConfig decode(BorshReader r, String field) {
    int at = r.offset();
    int tag = r.u8(field, -1);
    if (tag == -1) {
      return DEFAULT;
    }
    if (tag != 0) {
      throw new DecodeException(r.type(), field, at, "unknown TenantBillingConfig tag " + tag);
    }
    BorshReader p = r.strict();
    return new FlatPerEpoch(p.u64(field + ".rate"), p.u64(field + ".last_deduction_dz_epoch"));
  }

  /// Tag 0: a flat rate per DoubleZero epoch (Rust `FlatPerEpoch(FlatPerEpochConfig)`).
  ///
  /// @param rate the rate per epoch (u64, unsigned)
  /// @param lastDeductionDzEpoch the last DZ epoch charged (u64, unsigned)
  record FlatPerEpoch(long rate, long lastDeductionDzEpoch) implements TenantBillingConfig {
    @Override
    public int tag() {
      return 0;
    }

    @Override
    public String variantName() {
      return "FlatPerEpoch";
    }

    @Override
    public void encode(BorshWriter w) {
      w.u8(0).u64(rate).u64(lastDeductionDzEpoch);
    }

    @Override
    public List<Field> fields() {
      return new FieldsBuilder()
          .u64("rate", rate)
          .u64("last_deduction_dz_epoch", lastDeductionDzEpoch)
          .build();
    }

    /// @return the Rust `Display`: `FlatPerEpochConfig<rate=…,last_deduction_dz_epoch=…>`
    @Override
    public String toString() {
      return "FlatPerEpochConfig<rate="
          + Long.toUnsignedString(rate)
          + ",last_deduction_dz_epoch="
          + Long.toUnsignedString(lastDeductionDzEpoch)
          + ">";
    }
  }
}
