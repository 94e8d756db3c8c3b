package doublezero.sdk.geolocation.state;

import static java.util.Objects.requireNonNull;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.fields.Field;
import doublezero.sdk.fields.FieldsBuilder;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;

/// A GeolocationUser account (type 3; `reference/telemetry-geolocation.md` §D.5,
/// `src/state/geolocation_user.rs`). At v0.12.0 only the layout exists: no instruction creates it.
///
/// Decoded like the program: strict Borsh `deserialize` (every field present, unknown enum bytes
/// are errors, trailing bytes ignored), then the type byte must be `GeolocationUser`.
///
/// @param owner the owner
/// @param code unique code, also the PDA seed
/// @param tokenAccount the paying token account
/// @param paymentStatus delinquent or paid
/// @param billing billing configuration
/// @param status activated or suspended
/// @param targets measurement targets (at most [#MAX_TARGETS])
public record GeolocationUser(
    PublicKey owner,
    String code,
    PublicKey tokenAccount,
    GeolocationPaymentStatus paymentStatus,
    GeolocationBillingConfig billing,
    GeolocationUserStatus status,
    List<GeolocationTarget> targets)
    implements GeolocationAccount {

  /// Most targets a user may have (`MAX_TARGETS`).
  public static final int MAX_TARGETS = 4096;

  private static final String TYPE = "GeolocationUser";

  /// Copies the list.
  ///
  /// @throws NullPointerException for a null component
  public GeolocationUser {
    requireNonNull(owner, "owner");
    requireNonNull(code, "code");
    requireNonNull(tokenAccount, "tokenAccount");
    requireNonNull(paymentStatus, "paymentStatus");
    requireNonNull(billing, "billing");
    requireNonNull(status, "status");
    targets = List.copyOf(targets);
  }

  /// @return [GeolocationAccountType#GEOLOCATION_USER]
  @Override
  public GeolocationAccountType accountType() {
    return GeolocationAccountType.GEOLOCATION_USER;
  }

  /// @param data the account data
  /// @return the user
  /// @throws DecodeException when the type is not `GeolocationUser`, a field is missing or partial,
  ///   or an enum byte is unknown
  public static GeolocationUser decode(byte[] data) {
    BorshReader r = BorshReader.strict(data, TYPE);
    GeolocationAccounts.expect(r, GeolocationAccountType.GEOLOCATION_USER);
    PublicKey owner = r.publicKey("owner");
    String code = r.string("code");
    PublicKey token = r.publicKey("token_account");
    GeolocationPaymentStatus payment =
        r.enumU8("payment_status", GeolocationPaymentStatus::fromWire, null);
    GeolocationBillingConfig billing = GeolocationBillingConfig.read(r);
    GeolocationUserStatus status = r.enumU8("status", GeolocationUserStatus::fromWire, null);
    List<GeolocationTarget> targets = r.vec("targets", GeolocationTarget::read);
    return new GeolocationUser(owner, code, token, payment, billing, status, targets);
  }

  /// @return the account bytes
  @Override
  public byte[] encode() {
    BorshWriter w = new BorshWriter(128 + GeolocationTarget.SIZE * targets.size());
    w.u8(accountType().wireValue())
        .publicKey(owner)
        .string(code)
        .publicKey(tokenAccount)
        .u8(paymentStatus.wireValue());
    billing.write(w);
    w.u8(status.wireValue()).vec(targets, (out, t) -> t.write(out));
    return w.toByteArray();
  }

  /// @return the fields in wire order, Rust names
  @Override
  public List<Field> fields() {
    return new FieldsBuilder()
        .variant("account_type", accountType().variantName(), accountType().wireValue())
        .key("owner", owner)
        .text("code", code)
        .key("token_account", tokenAccount)
        .variant("payment_status", paymentStatus.variantName(), paymentStatus.wireValue())
        .add("billing", billing.toFieldValue())
        .variant("status", status.variantName(), status.wireValue())
        .list("targets", targets, GeolocationTarget::toFieldValue)
        .build();
  }
}
