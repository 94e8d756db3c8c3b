package doublezero.sdk.geolocation.state;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.fields.FieldValue;
import doublezero.sdk.fields.FieldsBuilder;

/// Billing of a [GeolocationUser]: a Borsh enum with payload, 1 tag byte (variant index) + fields
/// (`reference/telemetry-geolocation.md` §D.5). v0.12.0 has one variant.
public sealed interface GeolocationBillingConfig {
  /// Tag 0: a flat rate per epoch (17 bytes with the tag).
  ///
  /// @param rate rate per epoch (u64)
  /// @param lastDeductionDzEpoch last DZ epoch a deduction was made (u64)
  record FlatPerEpoch(long rate, long lastDeductionDzEpoch) implements GeolocationBillingConfig {}

  /// The Rust default: `FlatPerEpoch` with zeros.
  GeolocationBillingConfig DEFAULT = new FlatPerEpoch(0, 0);

  /// @param r a strict reader
  /// @return the billing config
  /// @throws DecodeException for a missing field or an unknown tag
  static GeolocationBillingConfig read(BorshReader r) {
    int at = r.offset();
    int tag = r.u8("billing");
    if (tag != 0) {
      throw new DecodeException(
          r.type(), "billing", at, "unknown GeolocationBillingConfig variant " + tag);
    }
    long rate = r.u64("billing.rate");
    return new FlatPerEpoch(rate, r.u64("billing.last_deduction_dz_epoch"));
  }

  /// @param w the writer
  default void write(BorshWriter w) {
    switch (this) {
      case FlatPerEpoch f -> w.u8(0).u64(f.rate()).u64(f.lastDeductionDzEpoch());
    }
  }

  /// @return the variant as a `Tagged` value
  default FieldValue toFieldValue() {
    return switch (this) {
      case FlatPerEpoch f ->
          new FieldValue.Tagged(
              "FlatPerEpoch",
              0,
              new FieldsBuilder()
                  .u64("rate", f.rate())
                  .u64("last_deduction_dz_epoch", f.lastDeductionDzEpoch())
                  .build());
    };
  }
}
