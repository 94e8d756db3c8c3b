package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.fields.Field;
import doublezero.sdk.fields.FieldValue;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import java.util.Objects;

/// The program's singleton settings and allowlists (Rust `GlobalState`,
/// `smartcontract/programs/doublezero-serviceability/src/state/globalstate.rs`, reference
/// `serviceability-state.md` §4.1).
///
/// Components follow the Rust field order after the `account_type` byte (always 1, implied by the
/// record type). Size: 194 + 32 × (total keys in the four lists).
///
/// Required fields: `bump_seed` … `_user_allowlist`, the layout every version since `bump_seed` was
/// added has written (reference commit f5e24b420, 2025-04-30, before the first releases). Added
/// since: the activator and sentinel keys (b790b6f84, 2025-08-19), the airdrops (b90429336),
/// `health_oracle_pk` (62c3299e2), `qa_allowlist` (2bd38b077), `feature_flags` (e3f2ef259),
/// `reservation_authority_pk` (bd8d8e47b). The real testnet blob of reference §9 (2126 bytes) ends
/// after `user_airdrop_lamports`.
///
/// @param bumpSeed `bump_seed`: PDA bump
/// @param accountIndex `account_index`: monotonic counter, the PDA index of the next indexed
///   account
/// @param foundationAllowlist `foundation_allowlist`: foundation keys
/// @param deviceAllowlist `_device_allowlist`: deprecated (moved to Contributor)
/// @param userAllowlist `_user_allowlist`: deprecated (replaced by AccessPass)
/// @param activatorAuthorityPk `activator_authority_pk`: activator authority
/// @param sentinelAuthorityPk `sentinel_authority_pk`: sentinel authority
/// @param contributorAirdropLamports `contributor_airdrop_lamports`: lamports airdropped to
///   contributors (unsigned)
/// @param userAirdropLamports `user_airdrop_lamports`: lamports airdropped to users (unsigned)
/// @param healthOraclePk `health_oracle_pk`: health oracle
/// @param qaAllowlist `qa_allowlist`: QA keys
/// @param featureFlags `feature_flags`: feature bitmask (§4.16)
/// @param reservationAuthorityPk `reservation_authority_pk`: reservation authority
public record GlobalState(
    int bumpSeed,
    U128 accountIndex,
    List<PublicKey> foundationAllowlist,
    List<PublicKey> deviceAllowlist,
    List<PublicKey> userAllowlist,
    PublicKey activatorAuthorityPk,
    PublicKey sentinelAuthorityPk,
    long contributorAirdropLamports,
    long userAirdropLamports,
    PublicKey healthOraclePk,
    List<PublicKey> qaAllowlist,
    FeatureFlags featureFlags,
    PublicKey reservationAuthorityPk)
    implements ServiceabilityAccount {

  /// @throws IllegalArgumentException when an integer is out of its Rust type's range
  /// @throws NullPointerException when an object component is null
  public GlobalState {
    Check.u8("bumpSeed", bumpSeed);
    Objects.requireNonNull(accountIndex, "accountIndex");
    foundationAllowlist = List.copyOf(foundationAllowlist);
    deviceAllowlist = List.copyOf(deviceAllowlist);
    userAllowlist = List.copyOf(userAllowlist);
    Objects.requireNonNull(activatorAuthorityPk, "activatorAuthorityPk");
    Objects.requireNonNull(sentinelAuthorityPk, "sentinelAuthorityPk");
    Objects.requireNonNull(healthOraclePk, "healthOraclePk");
    qaAllowlist = List.copyOf(qaAllowlist);
    Objects.requireNonNull(featureFlags, "featureFlags");
    Objects.requireNonNull(reservationAuthorityPk, "reservationAuthorityPk");
  }

  /// Decodes account data as the program does (reference `serviceability-state.md` §2.2) for every
  /// shape a program version wrote: the fields after `_user_allowlist` that are missing at the end
  /// take their defaults; extra trailing bytes are ignored. Data that ends before `_user_allowlist`
  /// is complete throws, where the program would default the missing fields too
  /// (docs/compatibility.md).
  ///
  /// @param data the account data, starting with the account-type byte 1
  /// @return the account
  /// @throws DecodeException for empty data, another account type, a required field missing, a
  ///   field cut short, an unknown enum discriminant, a bool byte other than 0/1, invalid UTF-8 or
  ///   a prefix length above 32
  public static GlobalState decode(byte[] data) {
    BorshReader r = Check.open(data, AccountType.GLOBAL_STATE);
    return new GlobalState(
        r.u8("bump_seed"),
        r.u128("account_index"),
        r.vec("foundation_allowlist", e -> e.publicKey("foundation_allowlist")),
        r.vec("_device_allowlist", e -> e.publicKey("_device_allowlist")),
        r.vec("_user_allowlist", e -> e.publicKey("_user_allowlist")),
        r.optionalFromHere().publicKey("activator_authority_pk"),
        r.publicKey("sentinel_authority_pk"),
        r.u64("contributor_airdrop_lamports"),
        r.u64("user_airdrop_lamports"),
        r.publicKey("health_oracle_pk"),
        r.vec("qa_allowlist", e -> e.publicKey("qa_allowlist")),
        new FeatureFlags(r.u128("feature_flags")),
        r.publicKey("reservation_authority_pk"));
  }

  /// @return the account data, exactly as the program writes it
  @Override
  public byte[] encode() {
    BorshWriter w = new BorshWriter();
    w.u8(AccountType.GLOBAL_STATE.wireValue());
    w.u8(bumpSeed);
    w.u128(accountIndex);
    w.vec(foundationAllowlist, BorshWriter::publicKey);
    w.vec(deviceAllowlist, BorshWriter::publicKey);
    w.vec(userAllowlist, BorshWriter::publicKey);
    w.publicKey(activatorAuthorityPk);
    w.publicKey(sentinelAuthorityPk);
    w.u64(contributorAirdropLamports);
    w.u64(userAirdropLamports);
    w.publicKey(healthOraclePk);
    w.vec(qaAllowlist, BorshWriter::publicKey);
    w.u128(featureFlags.bits());
    w.publicKey(reservationAuthorityPk);
    return w.toByteArray();
  }

  @Override
  public AccountType accountType() {
    return AccountType.GLOBAL_STATE;
  }

  @Override
  public List<Field> fields() {
    return Check.fields(AccountType.GLOBAL_STATE)
        .u8("bump_seed", bumpSeed)
        .u128("account_index", accountIndex)
        .list("foundation_allowlist", foundationAllowlist, FieldValue.Key::new)
        .list("_device_allowlist", deviceAllowlist, FieldValue.Key::new)
        .list("_user_allowlist", userAllowlist, FieldValue.Key::new)
        .key("activator_authority_pk", activatorAuthorityPk)
        .key("sentinel_authority_pk", sentinelAuthorityPk)
        .u64("contributor_airdrop_lamports", contributorAirdropLamports)
        .u64("user_airdrop_lamports", userAirdropLamports)
        .key("health_oracle_pk", healthOraclePk)
        .list("qa_allowlist", qaAllowlist, FieldValue.Key::new)
        .u128("feature_flags", featureFlags.bits())
        .key("reservation_authority_pk", reservationAuthorityPk)
        .build();
  }

  /// @param flag a feature flag
  /// @return whether it is enabled
  public boolean isFeatureEnabled(FeatureFlag flag) {
    return featureFlags.isSet(flag);
  }
}
