package doublezero.localnet.programs.serviceability;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.programs.NetworkFixture;
import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.instruction.CloseAccountUser;
import doublezero.sdk.serviceability.instruction.CreateLocation;
import doublezero.sdk.serviceability.instruction.DeleteLocation;
import doublezero.sdk.serviceability.instruction.DeleteUser;
import doublezero.sdk.serviceability.instruction.LocationAccounts;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.serviceability.state.ServiceabilityAccount;
import doublezero.sdk.serviceability.state.ServiceabilityAccounts;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.KeyedAccount;
import doublezero.sdk.solana.tx.Instruction;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/// Random sequences of valid and invalid serviceability instructions, sent through localnet, never
/// break the program's invariants (issue 4): GlobalState.account_index never decreases; reference
/// counts are non-negative and equal the number of referrers; every live account sits at the PDA
/// its own fields derive and no two share an index; a closed account is gone and its lamports went
/// to the receiver; users_count equals the users on the device. Each operation is drawn with a
/// random payer (authorised or an outsider), so many of them fail.
class ServiceabilityInvariantsProperties {
  static ProgramHarness h;
  static NetworkFixture f;
  static Keypair outsider;
  static Keypair holder;
  static final List<PublicKey> locations = new ArrayList<>();
  static final List<PublicKey> exchanges = new ArrayList<>();
  static final List<PublicKey> contributors = new ArrayList<>();
  static final List<PublicKey> devices = new ArrayList<>();
  static final List<Ipv4Address> ips = NetworkFixture.clientIps(6);
  static U128 lastIndex = U128.ZERO;

  @BeforeContainer
  static void start() throws Exception {
    h = ProgramHarness.initialized(Files.createTempDirectory("svc-props"));
    f = new NetworkFixture(h);
    outsider = h.funded();
    holder = h.funded();
  }

  @AfterContainer
  static void stop() {
    h.close();
  }

  /// One step: what to do and whether the authorised payer sends it.
  record Step(int op, int target, boolean authorised) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> step =
        net.jqwik.api.Combinators.combine(
                Arbitraries.integers().between(0, 8),
                Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 4).map(n -> n != 0))
            .as(Step::new);
    return step.list().ofMinSize(5).ofMaxSize(18);
  }

  @Property(tries = 6)
  void invariantsHold(@ForAll("steps") List<Step> steps) {
    for (Step s : steps) {
      apply(s);
      checkInvariants();
    }
  }

  private void apply(Step s) {
    Keypair payer = s.authorised() ? h.foundation : outsider;
    int n = locations.size() + exchanges.size() + contributors.size() + devices.size();
    switch (s.op()) {
      case 0 -> {
        if (s.authorised()) {
          locations.add(f.location("l" + n));
        } else {
          send(
              outsider,
              new CreateLocation("l" + n, "l", "US", 1, 1, 0)
                  .toInstruction(
                      h.programId,
                      new LocationAccounts(
                          ServiceabilityPdas.location(h.programId, f.nextIndex()).address(),
                          h.globalState(),
                          outsider.publicKey())));
        }
      }
      case 1 -> {
        if (s.authorised()) {
          exchanges.add(f.exchange("x" + n));
        }
      }
      case 2 -> {
        if (s.authorised()) {
          contributors.add(f.contributor("c" + n, h.foundation.publicKey()));
        }
      }
      case 3 -> {
        if (!locations.isEmpty()
            && !exchanges.isEmpty()
            && !contributors.isEmpty()
            && s.authorised()) {
          devices.add(
              f.activatedDevice(
                  "d" + n,
                  pick(contributors, s),
                  pick(locations, s),
                  pick(exchanges, s),
                  Ipv4Address.parse("207.45.216." + (10 + devices.size())),
                  NetworkV4.parse((100 + devices.size()) + ".0.0.0/16"),
                  16));
        }
      }
      case 4 -> send(payer, f.accessPass(pickIp(s), holder.publicKey(), payer.publicKey()));
      case 5 -> {
        if (!devices.isEmpty()) {
          send(
              s.authorised() ? holder : outsider,
              f.createUser(s.authorised() ? holder : outsider, pick(devices, s), pickIp(s)));
        }
      }
      case 6 -> activate(s, payer);
      case 7 -> deleteOrClose(s, payer);
      case 8 -> {
        if (!locations.isEmpty()) {
          PublicKey location = pick(locations, s);
          if (send(
              payer,
              new DeleteLocation()
                  .toInstruction(
                      h.programId,
                      new LocationAccounts(location, h.globalState(), payer.publicKey())))) {
            assertThat(h.data(location)).as("deleted location account").isEmpty();
            locations.remove(location);
          }
        }
      }
      default -> throw new IllegalStateException();
    }
  }

  private void activate(Step s, Keypair payer) {
    Ipv4Address ip = pickIp(s);
    PublicKey user = f.userPda(ip);
    if (h.data(user).isPresent()) {
      int i = ips.indexOf(ip);
      send(
          payer,
          f.activateUser(
              user,
              ip,
              holder.publicKey(),
              500 + i,
              NetworkV4.parse("169.254.0." + (2 * i) + "/31"),
              Ipv4Address.parse("100.0.0." + (1 + i))));
    }
  }

  private void deleteOrClose(Step s, Keypair payer) {
    Ipv4Address ip = pickIp(s);
    PublicKey userPk = f.userPda(ip);
    Optional<byte[]> data = h.data(userPk);
    if (data.isEmpty()) {
      return;
    }
    User user = (User) ServiceabilityAccounts.decode(data.get());
    if (user.status() != UserStatus.DELETING) {
      Keypair who = s.authorised() ? holder : outsider;
      send(
          who,
          new DeleteUser(0, 0)
              .toInstruction(
                  h.programId,
                  new DeleteUser.Accounts(
                      userPk,
                      f.accessPassPda(ip, holder.publicKey()),
                      h.globalState(),
                      Optional.empty(),
                      who.publicKey())));
      return;
    }
    long rent = h.lamports(userPk);
    long ownerBefore = h.lamports(user.owner());
    boolean ok =
        send(
            payer,
            new CloseAccountUser(0, 0)
                .toInstruction(
                    h.programId,
                    new CloseAccountUser.Accounts(
                        userPk,
                        user.owner(),
                        user.devicePk(),
                        h.globalState(),
                        Optional.empty(),
                        Optional.empty(),
                        payer.publicKey())));
    if (ok) {
      assertThat(h.data(userPk)).as("closed user account").isEmpty();
      assertThat(h.lamports(userPk)).isZero();
      long fee = user.owner().equals(payer.publicKey()) ? 5000 : 0;
      assertThat(h.lamports(user.owner()) - ownerBefore)
          .as("rent returned to the owner")
          .isEqualTo(rent - fee);
    }
  }

  private boolean send(Keypair payer, Instruction ix) {
    return h.send(payer, List.of(), ix).error().isEmpty();
  }

  private static PublicKey pick(List<PublicKey> from, Step s) {
    return from.get(s.target() % from.size());
  }

  private static Ipv4Address pickIp(Step s) {
    return ips.get(s.target() % ips.size());
  }

  private void checkInvariants() {
    GlobalState gs = h.account(h.globalState(), GlobalState.class);
    assertThat(gs.accountIndex().compareTo(lastIndex))
        .as("account_index is monotonic")
        .isGreaterThanOrEqualTo(0);
    lastIndex = gs.accountIndex();
    Map<PublicKey, ServiceabilityAccount> all = new HashMap<>();
    for (KeyedAccount k : h.rpc.getProgramAccounts(h.programId, List.of())) {
      all.put(k.pubkey(), ServiceabilityAccounts.decode(k.account().data()));
    }
    Map<PublicKey, Integer> refs = new HashMap<>();
    Map<PublicKey, Integer> usersOn = new HashMap<>();
    Map<U128, PublicKey> byIndex = new HashMap<>();
    for (var e : all.entrySet()) {
      switch (e.getValue()) {
        case Device d -> {
          refs.merge(d.locationPk(), 1, Integer::sum);
          refs.merge(d.exchangePk(), 1, Integer::sum);
          refs.merge(d.contributorPk(), 1, Integer::sum);
          assertIndexed(
              byIndex,
              d.index(),
              e.getKey(),
              ServiceabilityPdas.device(h.programId, d.index()).address());
        }
        case User u -> {
          refs.merge(u.devicePk(), 1, Integer::sum);
          usersOn.merge(u.devicePk(), 1, Integer::sum);
          assertThat(e.getKey())
              .as("user PDA")
              .isEqualTo(
                  ServiceabilityPdas.userV2(h.programId, u.clientIp(), u.userType()).address());
        }
        case Location l ->
            assertIndexed(
                byIndex,
                l.index(),
                e.getKey(),
                ServiceabilityPdas.location(h.programId, l.index()).address());
        case Exchange x ->
            assertIndexed(
                byIndex,
                x.index(),
                e.getKey(),
                ServiceabilityPdas.exchange(h.programId, x.index()).address());
        case Contributor c ->
            assertIndexed(
                byIndex,
                c.index(),
                e.getKey(),
                ServiceabilityPdas.contributor(h.programId, c.index()).address());
        default -> {}
      }
    }
    for (var e : all.entrySet()) {
      long rc =
          switch (e.getValue()) {
            case Location l -> l.referenceCount();
            case Exchange x -> x.referenceCount();
            case Contributor c -> c.referenceCount();
            case Device d -> {
              assertThat(d.usersCount())
                  .as("users_count of %s", d.code())
                  .isEqualTo(usersOn.getOrDefault(e.getKey(), 0));
              yield d.referenceCount();
            }
            default -> -1;
          };
      if (rc >= 0) {
        assertThat(rc)
            .as("reference_count of %s", e.getKey())
            .isEqualTo((long) refs.getOrDefault(e.getKey(), 0));
      }
    }
  }

  private static void assertIndexed(
      Map<U128, PublicKey> byIndex, U128 index, PublicKey at, PublicKey derived) {
    assertThat(at).as("account at the PDA of its index").isEqualTo(derived);
    assertThat(byIndex.put(index, at)).as("two live accounts with index %s", index).isNull();
    assertThat(index.compareTo(lastIndex))
        .as("index not above account_index")
        .isLessThanOrEqualTo(0);
  }
}
