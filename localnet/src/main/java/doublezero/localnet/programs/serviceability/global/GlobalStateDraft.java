package doublezero.localnet.programs.serviceability.global;

import doublezero.sdk.borsh.U128;
import doublezero.sdk.serviceability.state.FeatureFlags;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.List;

/// A mutable copy of a [GlobalState] for processors that change a few fields before `try_acc_write`
/// (`STATE/globalstate.rs`, `serviceability-state.md` §6.1). Lists are copied, so editing them
/// never touches the record the draft was made from. Used by the global administration processors
/// and by every index-seeded create (`account_index += 1`, `serviceability-instructions.md` §0.6).
public final class GlobalStateDraft {
  private final int bumpSeed;
  private U128 accountIndex;
  private final List<PublicKey> foundationAllowlist;
  private final List<PublicKey> deviceAllowlist;
  private final List<PublicKey> userAllowlist;
  private PublicKey activatorAuthorityPk;
  private PublicKey sentinelAuthorityPk;
  private long contributorAirdropLamports;
  private long userAirdropLamports;
  private PublicKey healthOraclePk;
  private final List<PublicKey> qaAllowlist;
  private FeatureFlags featureFlags;
  private PublicKey reservationAuthorityPk;

  private GlobalStateDraft(GlobalState s) {
    bumpSeed = s.bumpSeed();
    accountIndex = s.accountIndex();
    foundationAllowlist = new ArrayList<>(s.foundationAllowlist());
    deviceAllowlist = new ArrayList<>(s.deviceAllowlist());
    userAllowlist = new ArrayList<>(s.userAllowlist());
    activatorAuthorityPk = s.activatorAuthorityPk();
    sentinelAuthorityPk = s.sentinelAuthorityPk();
    contributorAirdropLamports = s.contributorAirdropLamports();
    userAirdropLamports = s.userAirdropLamports();
    healthOraclePk = s.healthOraclePk();
    qaAllowlist = new ArrayList<>(s.qaAllowlist());
    featureFlags = s.featureFlags();
    reservationAuthorityPk = s.reservationAuthorityPk();
  }

  /// @return a draft holding `state`'s values
  public static GlobalStateDraft of(GlobalState state) {
    return new GlobalStateDraft(state);
  }

  /// `account_index += 1` (u128; the reference would panic on overflow, as [U128#increment]
  /// throws).
  ///
  /// @return the new index
  public U128 nextAccountIndex() {
    accountIndex = accountIndex.increment();
    return accountIndex;
  }

  /// @return the foundation allowlist, editable
  public List<PublicKey> foundationAllowlist() {
    return foundationAllowlist;
  }

  /// @return the QA allowlist, editable
  public List<PublicKey> qaAllowlist() {
    return qaAllowlist;
  }

  /// Sets `activator_authority_pk`.
  public GlobalStateDraft activatorAuthority(PublicKey key) {
    activatorAuthorityPk = key;
    return this;
  }

  /// Sets `sentinel_authority_pk`.
  public GlobalStateDraft sentinelAuthority(PublicKey key) {
    sentinelAuthorityPk = key;
    return this;
  }

  /// Sets `health_oracle_pk`.
  public GlobalStateDraft healthOracle(PublicKey key) {
    healthOraclePk = key;
    return this;
  }

  /// Sets `reservation_authority_pk`.
  public GlobalStateDraft reservationAuthority(PublicKey key) {
    reservationAuthorityPk = key;
    return this;
  }

  /// Sets `contributor_airdrop_lamports` (u64, lamports).
  public GlobalStateDraft contributorAirdropLamports(long lamports) {
    contributorAirdropLamports = lamports;
    return this;
  }

  /// Sets `user_airdrop_lamports` (u64, lamports).
  public GlobalStateDraft userAirdropLamports(long lamports) {
    userAirdropLamports = lamports;
    return this;
  }

  /// Sets `feature_flags` (whole-value replacement).
  public GlobalStateDraft featureFlags(FeatureFlags flags) {
    featureFlags = flags;
    return this;
  }

  /// @return `state` with `account_index` = `index` and every other field unchanged (the
  ///   index-seeded creates write GlobalState back with the incremented index,
  ///   `serviceability-instructions.md` §0.6)
  public static GlobalState withAccountIndex(GlobalState state, U128 index) {
    GlobalStateDraft d = new GlobalStateDraft(state);
    d.accountIndex = index;
    return d.build();
  }

  /// @return the record with the draft's values
  public GlobalState build() {
    return new GlobalState(
        bumpSeed,
        accountIndex,
        List.copyOf(foundationAllowlist),
        List.copyOf(deviceAllowlist),
        List.copyOf(userAllowlist),
        activatorAuthorityPk,
        sentinelAuthorityPk,
        contributorAirdropLamports,
        userAirdropLamports,
        healthOraclePk,
        List.copyOf(qaAllowlist),
        featureFlags,
        reservationAuthorityPk);
  }
}
