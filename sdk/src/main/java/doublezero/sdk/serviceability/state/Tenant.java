package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.fields.Field;
import doublezero.sdk.fields.FieldValue;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import java.util.Objects;

/// A tenant (customer VRF) (Rust `Tenant`,
/// `smartcontract/programs/doublezero-serviceability/src/state/tenant.rs`, reference
/// `serviceability-state.md` §4.12). No `index`.
///
/// Components follow the Rust field order after the `account_type` byte (always 13, implied by the
/// record type). Size: 100 + UTF-8 length of code + 32 × administrators.
///
/// Required fields: `owner` … `administrators`, the account's first layout (reference commit
/// 98fb1b1bb, 2026-02-09). Added since: `payment_status`/`token_account` (7015ebd96, 2026-02-10),
/// `metro_routing`/ `route_liveness` (00d6bd964, 2026-02-10), `billing` (94ff2dc39, 2026-02-11). No
/// historical blob is known.
///
/// @param owner `owner`: owner
/// @param bumpSeed `bump_seed`: PDA bump
/// @param code `code`: code (≤ 32 bytes; the PDA seed)
/// @param vrfId `vrf_id`: VRF id
/// @param referenceCount `reference_count`: number of accounts referring to it
/// @param administrators `administrators`: administrators
/// @param paymentStatus `payment_status`: payment status
/// @param tokenAccount `token_account`: 2Z token account to monitor
/// @param metroRouting `metro_routing`: metro routing enabled
/// @param routeLiveness `route_liveness`: route liveness enabled
/// @param billing `billing`: billing configuration
public record Tenant(
    PublicKey owner,
    int bumpSeed,
    String code,
    int vrfId,
    long referenceCount,
    List<PublicKey> administrators,
    TenantPaymentStatus paymentStatus,
    PublicKey tokenAccount,
    boolean metroRouting,
    boolean routeLiveness,
    TenantBillingConfig billing)
    implements ServiceabilityAccount {

  /// @throws IllegalArgumentException when an integer is out of its Rust type's range
  /// @throws NullPointerException when an object component is null
  public Tenant {
    Objects.requireNonNull(owner, "owner");
    Check.u8("bumpSeed", bumpSeed);
    Objects.requireNonNull(code, "code");
    Check.u16("vrfId", vrfId);
    Check.u32("referenceCount", referenceCount);
    administrators = List.copyOf(administrators);
    Objects.requireNonNull(paymentStatus, "paymentStatus");
    Objects.requireNonNull(tokenAccount, "tokenAccount");
    Objects.requireNonNull(billing, "billing");
  }

  /// Decodes account data as the program does (reference `serviceability-state.md` §2.2) for every
  /// shape a program version wrote: the fields after `administrators` that are missing at the end
  /// take their defaults; extra trailing bytes are ignored. Data that ends before `administrators`
  /// is complete throws, where the program would default the missing fields too
  /// (docs/compatibility.md).
  ///
  /// @param data the account data, starting with the account-type byte 13
  /// @return the account
  /// @throws DecodeException for empty data, another account type, a required field missing, a
  ///   field cut short, an unknown enum discriminant, a bool byte other than 0/1, invalid UTF-8 or
  ///   a prefix length above 32
  public static Tenant decode(byte[] data) {
    BorshReader r = Check.open(data, AccountType.TENANT);
    return new Tenant(
        r.publicKey("owner"),
        r.u8("bump_seed"),
        r.string("code"),
        r.u16("vrf_id"),
        r.u32("reference_count"),
        r.vec("administrators", e -> e.publicKey("administrators")),
        r.optionalFromHere()
            .enumU8(
                "payment_status",
                TenantPaymentStatus::fromWire,
                TenantPaymentStatus.defaultVariant()),
        r.publicKey("token_account"),
        r.bool("metro_routing"),
        r.bool("route_liveness"),
        TenantBillingConfig.decode(r, "billing"));
  }

  /// @return the account data, exactly as the program writes it
  @Override
  public byte[] encode() {
    BorshWriter w = new BorshWriter();
    w.u8(AccountType.TENANT.wireValue());
    w.publicKey(owner);
    w.u8(bumpSeed);
    w.string(code);
    w.u16(vrfId);
    w.u32(referenceCount);
    w.vec(administrators, BorshWriter::publicKey);
    w.u8(paymentStatus.wireValue());
    w.publicKey(tokenAccount);
    w.bool(metroRouting);
    w.bool(routeLiveness);
    billing.encode(w);
    return w.toByteArray();
  }

  @Override
  public AccountType accountType() {
    return AccountType.TENANT;
  }

  @Override
  public List<Field> fields() {
    return Check.fields(AccountType.TENANT)
        .key("owner", owner)
        .u8("bump_seed", bumpSeed)
        .text("code", code)
        .u16("vrf_id", vrfId)
        .u32("reference_count", referenceCount)
        .list("administrators", administrators, FieldValue.Key::new)
        .add("payment_status", Check.variant(paymentStatus))
        .key("token_account", tokenAccount)
        .bool("metro_routing", metroRouting)
        .bool("route_liveness", routeLiveness)
        .add("billing", billing.toFieldValue())
        .build();
  }
}
