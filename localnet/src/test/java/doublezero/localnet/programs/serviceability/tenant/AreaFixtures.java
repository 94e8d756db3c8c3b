package doublezero.localnet.programs.serviceability.tenant;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceDesiredStatus;
import doublezero.sdk.serviceability.state.DeviceHealth;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.DeviceType;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserCyoa;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/// Fixtures and instruction rewrites shared by the
/// tenant/permission/reservation/resource/access-pass scenario suites. Accounts of other areas
/// (devices, users, GlobalState authorities) are seeded with exactly what their instructions would
/// have written, so they can be switched to real instructions once those areas are ported.
public final class AreaFixtures {
  /// A program id that is not serviceability's, to own "wrong owner" copies.
  public static final PublicKey FOREIGN_OWNER = ProgramHarness.ENV.telemetryProgramId();

  private AreaFixtures() {}

  /// Rewrites `ix` so that `payer` appears as a non-signer (the fee payer of the transaction is
  /// someone else).
  public static Instruction unsigned(Instruction ix, PublicKey payer) {
    List<AccountMeta> metas = new ArrayList<>();
    for (AccountMeta m : ix.accounts()) {
      metas.add(m.publicKey().equals(payer) ? new AccountMeta(payer, false, m.isWritable()) : m);
    }
    return new Instruction(ix.programId(), metas, ix.data());
  }

  /// Rewrites `ix` so that account `from` is replaced by `to` (same flags).
  public static Instruction replace(Instruction ix, PublicKey from, PublicKey to) {
    List<AccountMeta> metas = new ArrayList<>();
    for (AccountMeta m : ix.accounts()) {
      metas.add(m.publicKey().equals(from) ? new AccountMeta(to, m.isSigner(), m.isWritable()) : m);
    }
    return new Instruction(ix.programId(), metas, ix.data());
  }

  /// Seeds a byte copy of `original` at a fresh address owned by [#FOREIGN_OWNER].
  ///
  /// @return the copy's address
  public static PublicKey foreignCopy(ProgramHarness h, PublicKey original) {
    PublicKey copy = Keypair.generate().publicKey();
    h.seedRaw(copy, FOREIGN_OWNER, h.data(original).orElseThrow());
    return copy;
  }

  /// Rewrites GlobalState through `change` (what SetAuthority / SetFeatureFlags would write).
  public static void updateGlobalState(ProgramHarness h, UnaryOperator<GlobalState> change) {
    h.seed(h.globalState(), change.apply(h.account(h.globalState(), GlobalState.class)));
  }

  /// @return GlobalState with the given reservation authority
  public static GlobalState withReservationAuthority(GlobalState g, PublicKey pk) {
    return new GlobalState(
        g.bumpSeed(),
        g.accountIndex(),
        g.foundationAllowlist(),
        g.deviceAllowlist(),
        g.userAllowlist(),
        g.activatorAuthorityPk(),
        g.sentinelAuthorityPk(),
        g.contributorAirdropLamports(),
        g.userAirdropLamports(),
        g.healthOraclePk(),
        g.qaAllowlist(),
        g.featureFlags(),
        pk);
  }

  /// @return GlobalState with the given sentinel and activator authorities
  public static GlobalState withAuthorities(
      GlobalState g, PublicKey activator, PublicKey sentinel) {
    return new GlobalState(
        g.bumpSeed(),
        g.accountIndex(),
        g.foundationAllowlist(),
        g.deviceAllowlist(),
        g.userAllowlist(),
        activator,
        sentinel,
        g.contributorAirdropLamports(),
        g.userAirdropLamports(),
        g.healthOraclePk(),
        g.qaAllowlist(),
        g.featureFlags(),
        g.reservationAuthorityPk());
  }

  /// @return GlobalState with the given feature flag bits
  public static GlobalState withFeatureFlags(
      GlobalState g, doublezero.sdk.serviceability.state.FeatureFlags f) {
    return new GlobalState(
        g.bumpSeed(),
        g.accountIndex(),
        g.foundationAllowlist(),
        g.deviceAllowlist(),
        g.userAllowlist(),
        g.activatorAuthorityPk(),
        g.sentinelAuthorityPk(),
        g.contributorAirdropLamports(),
        g.userAirdropLamports(),
        g.healthOraclePk(),
        g.qaAllowlist(),
        f,
        g.reservationAuthorityPk());
  }

  /// The seat counters of a device fixture.
  public record Seats(
      int usersCount,
      int maxUsers,
      int multicastSubscribersCount,
      int maxMulticastSubscribers,
      int reservedSeats) {}

  /// Seeds an Activated device at PDA("device", index) as CreateDevice + ActivateDevice would leave
  /// it (`TST/reservation_test.rs` set-up), with one dz_prefix 110.1.0.0/24 (reference
  /// `resource_extension_test.rs`).
  ///
  /// @return the device's address
  public static PublicKey seedDevice(ProgramHarness h, long index, Seats seats) {
    var pda = ServiceabilityPdas.device(h.programId, U128.ofUnsigned(index));
    Device d =
        new Device(
            h.foundation.publicKey(),
            U128.ofUnsigned(index),
            pda.bump(),
            SOME_LOCATION,
            SOME_EXCHANGE,
            DeviceType.HYBRID,
            Ipv4Address.parse("100.0.0.1"),
            DeviceStatus.ACTIVATED,
            "dev" + index,
            List.of(NetworkV4.parse("110.1.0.0/24")),
            PublicKey.DEFAULT,
            PublicKey.DEFAULT,
            "default",
            List.of(),
            0,
            seats.usersCount(),
            seats.maxUsers(),
            DeviceHealth.READY_FOR_USERS,
            DeviceDesiredStatus.ACTIVATED,
            0,
            seats.multicastSubscribersCount(),
            0,
            seats.maxMulticastSubscribers(),
            seats.reservedSeats(),
            0,
            0);
    h.seed(pda.address(), d);
    return pda.address();
  }

  /// Seeds an IBRL user V2 at PDA(client_ip, IBRL) owned by `owner` in `status` (what CreateUser +
  /// ActivateUser write; user creation itself belongs to the user area).
  ///
  /// @return the user's address
  // Device rules require location and exchange to be set (36/37); these fixtures never read them
  private static final PublicKey SOME_LOCATION =
      doublezero.sdk.solana.key.Keypair.generate().publicKey();

  private static final PublicKey SOME_EXCHANGE =
      doublezero.sdk.solana.key.Keypair.generate().publicKey();

  public static PublicKey seedUser(
      ProgramHarness h,
      PublicKey owner,
      Ipv4Address clientIp,
      PublicKey device,
      UserStatus status) {
    var pda = ServiceabilityPdas.userV2(h.programId, clientIp, UserType.IBRL);
    User u =
        new User(
            owner,
            U128.ZERO,
            pda.bump(),
            UserType.IBRL,
            PublicKey.DEFAULT,
            device,
            UserCyoa.GRE_OVER_DIA,
            clientIp,
            Ipv4Address.parse("100.0.0.5"),
            500,
            NetworkV4.parse("169.254.0.0/31"),
            status,
            List.of(),
            List.of(),
            PublicKey.DEFAULT,
            Ipv4Address.UNSPECIFIED);
    h.seed(pda.address(), u);
    return pda.address();
  }

  /// @return a Keypair funded by the harness
  public static Keypair funded(ProgramHarness h) {
    return h.funded();
  }
}
