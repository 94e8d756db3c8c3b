package doublezero.localnet.programs.serviceability.multicast;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.AccessPassStatus;
import doublezero.sdk.serviceability.state.AccessPassType;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.solana.key.ProgramDerivedAddress;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.List;

/// The four allowlist instructions
/// (`PROC/multicastgroup/allowlist/{publisher,subscriber}/{add,remove}.rs`;
/// `serviceability-instructions.md` §3.9, §7): they edit an AccessPass's publisher or subscriber
/// list. Accounts: group (W), AccessPass (W), GlobalState, payer (S), system. GlobalState's owner
/// is **not** checked (only its account-type byte, through the decode), as in the reference.
final class Allowlists {
  /// Which list of the pass an instruction edits.
  enum Side {
    PUBLISHER,
    SUBSCRIBER
  }

  private record Accounts(
      BorrowedAccount group,
      BorrowedAccount pass,
      BorrowedAccount globalState,
      BorrowedAccount payer,
      BorrowedAccount system) {}

  private Allowlists() {}

  private static Accounts accounts(Invocation inv) throws ProgramException {
    AccountCursor c = inv.cursor();
    return new Accounts(c.next(), c.next(), c.next(), c.next(), c.next());
  }

  /// Add: group owner, sentinel or foundation (the subscriber side also the reservation authority);
  /// creates a Prepaid pass at PDA(client_ip, user_payer) owned by the payer when the account is
  /// empty, else appends the group once.
  ///
  /// @throws ProgramException panics for the account checks and mismatched pass fields,
  ///   `NotAllowed` (8)
  static void add(Invocation inv, Side side, Ipv4Address clientIp, PublicKey userPayer)
      throws ProgramException {
    Accounts a = accounts(inv);
    inv.checkSigner(a.payer());
    inv.checkOwnedByProgram(a.group(), "PDA");
    inv.checkSystemProgram(a.system());
    inv.check(a.group().isWritable(), "PDA Account is not writable");
    MulticastGroup mg = inv.read(a.group(), MulticastGroup.class);
    GlobalState gs = inv.globalState(a.globalState());
    PublicKey payer = a.payer().key();
    boolean reservation = gs.reservationAuthorityPk().equals(payer);
    boolean authorized =
        mg.owner().equals(payer)
            || gs.sentinelAuthorityPk().equals(payer)
            || (side == Side.SUBSCRIBER && reservation)
            || gs.foundationAllowlist().contains(payer);
    if (!authorized) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    PublicKey groupKey = a.group().key();
    if (a.pass().dataLength() == 0) {
      ProgramDerivedAddress pda =
          ServiceabilityPdas.accessPass(inv.programId(), clientIp, userPayer);
      inv.check(a.pass().key().equals(pda.address()), "Invalid AccessPass PubKey");
      List<PublicKey> only = List.of(groupKey);
      AccessPass pass =
          new AccessPass(
              payer,
              pda.bump(),
              new AccessPassType.Prepaid(),
              clientIp,
              userPayer,
              0,
              0,
              AccessPassStatus.REQUESTED,
              side == Side.PUBLISHER ? only : List.of(),
              side == Side.SUBSCRIBER ? only : List.of(),
              0,
              List.of());
      inv.create(pass, a.pass(), a.payer(), pda.signerSeeds());
      return;
    }
    inv.checkOwnedByProgram(a.pass(), "Accesspass");
    AccessPass pass = inv.read(a.pass(), AccessPass.class);
    boolean subscriberReservation = side == Side.SUBSCRIBER && reservation;
    if (subscriberReservation && !pass.owner().equals(payer)) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    inv.check(pass.clientIp().equals(clientIp), "AccessPass client_ip does not match");
    if (!subscriberReservation) {
      inv.check(pass.userPayer().equals(userPayer), "AccessPass user_payer does not match");
    }
    List<PublicKey> pub = new ArrayList<>(pass.mgroupPubAllowlist());
    List<PublicKey> sub = new ArrayList<>(pass.mgroupSubAllowlist());
    List<PublicKey> list = side == Side.PUBLISHER ? pub : sub;
    if (!list.contains(groupKey)) {
      list.add(groupKey);
    }
    inv.write(StateEdits.withAllowlists(pass, pub, sub), a.pass(), a.payer());
  }

  /// Remove: group owner, sentinel or foundation (never the reservation authority); removes every
  /// occurrence of the group from the list.
  ///
  /// @throws ProgramException `AccessPassNotFound` (53) for an empty pass account, panics for the
  ///   account checks and mismatched pass fields, `NotAllowed` (8)
  static void remove(Invocation inv, Side side, Ipv4Address clientIp, PublicKey userPayer)
      throws ProgramException {
    Accounts a = accounts(inv);
    inv.checkSigner(a.payer());
    inv.checkOwnedByProgram(a.group(), "PDA");
    if (a.pass().dataLength() == 0) {
      throw inv.error(ServiceabilityError.ACCESS_PASS_NOT_FOUND);
    }
    inv.checkOwnedByProgram(a.pass(), "Accesspass");
    inv.checkSystemProgram(a.system());
    inv.check(a.group().isWritable(), "PDA Account is not writable");
    MulticastGroup mg = inv.read(a.group(), MulticastGroup.class);
    GlobalState gs = inv.globalState(a.globalState());
    PublicKey payer = a.payer().key();
    if (!mg.owner().equals(payer)
        && !gs.sentinelAuthorityPk().equals(payer)
        && !gs.foundationAllowlist().contains(payer)) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    AccessPass pass = inv.read(a.pass(), AccessPass.class);
    inv.check(pass.clientIp().equals(clientIp), "AccessPass client_ip does not match");
    inv.check(pass.userPayer().equals(userPayer), "AccessPass user_payer does not match");
    PublicKey groupKey = a.group().key();
    List<PublicKey> pub = new ArrayList<>(pass.mgroupPubAllowlist());
    List<PublicKey> sub = new ArrayList<>(pass.mgroupSubAllowlist());
    (side == Side.PUBLISHER ? pub : sub).removeIf(groupKey::equals);
    inv.write(StateEdits.withAllowlists(pass, pub, sub), a.pass(), a.payer());
  }
}
