package doublezero.localnet.programs.serviceability.user;

import static doublezero.localnet.programs.ProgramHarness.assertBuiltin;
import static doublezero.localnet.programs.ProgramHarness.assertError;
import static doublezero.localnet.programs.ProgramHarness.assertPanic;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.UpdateUser;
import doublezero.sdk.serviceability.state.MulticastGroupStatus;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.TransactionError;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/// Every happy path of the user area tried (a) with the payer's account meta not signing (another
/// key pays the fee) → panic, (b) with an account owned by another program where the reference
/// checks the owner, and (c) with a payer outside the required authority; each failure leaves every
/// program account byte-identical, and the untouched instruction then succeeds.
@NeedsLedgerInternals(
    "ledger-wide state: sends SetAuthority, which every other test on the ledger would see")
class UserAuthorizationMatrixTest {
  @TempDir static Path dir;
  static ProgramHarness h;
  static UserFixtures fx;
  static UserIx ix;
  static PublicKey fnd;
  static Keypair stranger;
  static Keypair feePayer;
  static Keypair res;

  @BeforeAll
  static void start() {
    h = ProgramHarness.initialized(dir);
    fx = new UserFixtures(h);
    ix = new UserIx(h);
    fnd = h.foundation.publicKey();
    stranger = h.funded();
    feePayer = h.funded();
    res = h.funded();
    fx.reservationAuthority(res.publicKey());
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  /// One happy path: `build(payer)` is the instruction for a payer key; `foreignIndex` the account
  /// replaced by a copy owned by another program, with its expected failure; `outsider` the error
  /// for [#stranger].
  record Case(
      Keypair payer,
      java.util.function.Function<PublicKey, Instruction> build,
      int foreignIndex,
      Consumer<TransactionError> foreign,
      Consumer<TransactionError> outsider) {}

  static Consumer<TransactionError> err(ServiceabilityError e) {
    return t -> assertError(t, e);
  }

  static final Consumer<TransactionError> PANIC = ProgramHarness::assertPanic;

  enum Op {
    CREATE_USER,
    CREATE_SUBSCRIBE_USER,
    ACTIVATE_USER,
    UPDATE_USER,
    DELETE_USER,
    CLOSE_ACCOUNT_USER,
    REQUEST_BAN_USER,
    BAN_USER,
    REJECT_USER,
    CREATE_RESERVED_SUBSCRIBE_USER,
    DELETE_RESERVED_SUBSCRIBE_USER
  }

  static Case prepare(Op op) {
    PublicKey device = fx.device(UserFixtures.DeviceSpec.activated());
    Ipv4Address ip = UserFixtures.nextIp();
    return switch (op) {
      case CREATE_USER -> {
        Keypair holder = h.funded();
        fx.pass(holder.publicKey(), ip, UserFixtures.PassSpec.prepaid());
        // a stranger with the holder's pass: the pass is not at PDA(ip, stranger) → panic
        yield new Case(
            holder,
            p ->
                ix.create(
                    p,
                    ix.userPda(ip, UserType.IBRL),
                    device,
                    ix.passPda(ip, holder.publicKey()),
                    ip,
                    UserType.IBRL,
                    0,
                    Optional.empty()),
            2,
            PANIC,
            PANIC);
      }
      case CREATE_SUBSCRIBE_USER -> {
        Keypair holder = h.funded();
        PublicKey group = fx.group(MulticastGroupStatus.ACTIVATED);
        fx.pass(
            holder.publicKey(),
            ip,
            UserFixtures.PassSpec.prepaid().withGroups(List.of(), List.of(group)));
        // the stranger's own pass naming the holder as user_payer → Unauthorized
        fx.pass(stranger.publicKey(), ip, UserFixtures.PassSpec.prepaid());
        seedPassFor(stranger.publicKey(), ip, holder.publicKey());
        yield new Case(
            holder,
            p -> ix.createSubscribe(p, device, group, ip, false, true, 0),
            1,
            t -> assertBuiltin(t, "IncorrectProgramId"),
            err(ServiceabilityError.UNAUTHORIZED));
      }
      case ACTIVATE_USER -> {
        PublicKey user = pending(device, ip);
        yield new Case(
            h.foundation,
            p -> ix.activateLegacy(p, user, ix.passPda(ip, fnd)),
            0,
            PANIC,
            err(ServiceabilityError.NOT_ALLOWED));
      }
      case UPDATE_USER -> {
        PublicKey user = pending(device, ip);
        yield new Case(
            h.foundation,
            p ->
                ix.update(
                    p,
                    user,
                    new UpdateUser(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(600),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        0,
                        0)),
            0,
            PANIC,
            err(ServiceabilityError.NOT_ALLOWED));
      }
      case DELETE_USER -> {
        PublicKey user = pending(device, ip);
        yield new Case(
            h.foundation,
            p -> ix.delete(p, user, ix.passPda(ip, fnd)),
            0,
            PANIC,
            err(ServiceabilityError.NOT_ALLOWED));
      }
      case CLOSE_ACCOUNT_USER -> {
        PublicKey user = pending(device, ip);
        h.ok(h.foundation, ix.delete(fnd, user, ix.passPda(ip, fnd)));
        User u = h.account(user, User.class);
        yield new Case(
            h.foundation,
            p -> ix.close(p, user, u, 0),
            2,
            PANIC,
            err(ServiceabilityError.NOT_ALLOWED));
      }
      case REQUEST_BAN_USER -> {
        PublicKey user = activated(device, ip);
        yield new Case(
            h.foundation,
            p -> ix.requestBan(p, user, device, 0),
            0,
            PANIC,
            err(ServiceabilityError.NOT_ALLOWED));
      }
      case BAN_USER -> {
        PublicKey user = activated(device, ip);
        h.ok(h.foundation, ix.requestBan(fnd, user, device, 0));
        yield new Case(
            h.foundation, p -> ix.ban(p, user), 0, PANIC, err(ServiceabilityError.NOT_ALLOWED));
      }
      case REJECT_USER -> {
        // no happy path in v0.12.0 (§9.1): the authorised call fails with InvalidDzIp, checked
        // below
        PublicKey user = pending(device, ip);
        yield new Case(
            h.foundation, p -> ix.reject(p, user), 0, PANIC, err(ServiceabilityError.NOT_ALLOWED));
      }
      case CREATE_RESERVED_SUBSCRIBE_USER -> {
        PublicKey group = fx.group(MulticastGroupStatus.ACTIVATED);
        PublicKey reservation = fx.reservation(device, res.publicKey(), 1);
        yield new Case(
            res,
            p -> ix.createReserved(p, device, group, reservation, ip, UserType.MULTICAST, 0),
            1,
            PANIC,
            err(ServiceabilityError.NOT_ALLOWED));
      }
      case DELETE_RESERVED_SUBSCRIBE_USER -> {
        PublicKey group = fx.group(MulticastGroupStatus.ACTIVATED);
        PublicKey reservation = fx.reservation(device, res.publicKey(), 1);
        h.ok(
            res,
            ix.createReserved(
                res.publicKey(), device, group, reservation, ip, UserType.MULTICAST, 0));
        PublicKey user = ix.userPda(ip, UserType.MULTICAST);
        yield new Case(
            res,
            p -> ix.deleteReserved(p, user, device, group, res.publicKey(), 0),
            0,
            PANIC,
            err(ServiceabilityError.NOT_ALLOWED));
      }
    };
  }

  static PublicKey pending(PublicKey device, Ipv4Address ip) {
    fx.pass(fnd, ip, UserFixtures.PassSpec.prepaid());
    h.ok(h.foundation, ix.create(fnd, device, ip, UserType.IBRL));
    return ix.userPda(ip, UserType.IBRL);
  }

  static PublicKey activated(PublicKey device, Ipv4Address ip) {
    PublicKey user = pending(device, ip);
    h.ok(h.foundation, ix.activateLegacy(fnd, user, ix.passPda(ip, fnd)));
    return user;
  }

  static void seedPassFor(PublicKey seedOwner, Ipv4Address ip, PublicKey userPayer) {
    PublicKey pda = ix.passPda(ip, seedOwner);
    var p = h.account(pda, doublezero.sdk.serviceability.state.AccessPass.class);
    h.seed(
        pda,
        new doublezero.sdk.serviceability.state.AccessPass(
            p.owner(),
            p.bumpSeed(),
            p.accesspassType(),
            p.clientIp(),
            userPayer,
            p.lastAccessEpoch(),
            0,
            p.status(),
            p.mgroupPubAllowlist(),
            p.mgroupSubAllowlist(),
            p.flags(),
            p.tenantAllowlist()));
  }

  /// @return a copy of `account` (same data and lamports) owned by another program, at a new
  ///   address
  static PublicKey foreignCopy(PublicKey account) {
    PublicKey copy = Keypair.generate().publicKey();
    h.seedRaw(copy, Keypair.generate().publicKey(), h.data(account).orElseThrow());
    return copy;
  }

  @ParameterizedTest
  @EnumSource(Op.class)
  void missingSignerWrongOwnerOutsiderThenSuccess(Op op) {
    Case c = prepare(op);
    Instruction happy = c.build().apply(c.payer().publicKey());

    assertPanic(h.fail(feePayer, UserIx.unsigned(happy, c.payer().publicKey())));

    PublicKey original = happy.accounts().get(c.foreignIndex()).publicKey();
    c.foreign()
        .accept(h.fail(c.payer(), UserIx.replace(happy, c.foreignIndex(), foreignCopy(original))));

    c.outsider().accept(h.fail(stranger, c.build().apply(stranger.publicKey())));

    if (op == Op.REJECT_USER) {
      assertError(h.fail(c.payer(), happy), ServiceabilityError.INVALID_DZ_IP);
    } else {
      h.ok(c.payer(), happy);
    }
  }

  @org.junit.jupiter.api.Test
  void createUserByAPassHolderOfAnotherIpIsUnauthorized() {
    Keypair holder = h.funded();
    PublicKey device = fx.device(UserFixtures.DeviceSpec.activated());
    Ipv4Address passIp = UserFixtures.nextIp();
    Ipv4Address other = UserFixtures.nextIp();
    fx.pass(holder.publicKey(), Ipv4Address.UNSPECIFIED, UserFixtures.PassSpec.prepaid());
    // a dynamic pass is locked to the first IP; a second IP without ALLOW_MULTIPLE_IP is
    // Unauthorized
    h.ok(
        holder,
        ix.create(
            holder.publicKey(),
            ix.userPda(passIp, UserType.IBRL),
            device,
            ix.passPda(Ipv4Address.UNSPECIFIED, holder.publicKey()),
            passIp,
            UserType.IBRL,
            0,
            Optional.empty()));
    assertThat(
            h.account(
                    ix.passPda(Ipv4Address.UNSPECIFIED, holder.publicKey()),
                    doublezero.sdk.serviceability.state.AccessPass.class)
                .clientIp())
        .isEqualTo(passIp);
    assertError(
        h.fail(
            holder,
            ix.create(
                holder.publicKey(),
                ix.userPda(other, UserType.IBRL),
                device,
                ix.passPda(Ipv4Address.UNSPECIFIED, holder.publicKey()),
                other,
                UserType.IBRL,
                0,
                Optional.empty())),
        ServiceabilityError.UNAUTHORIZED);
  }
}
