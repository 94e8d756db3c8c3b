package doublezero.activator.handling;

import doublezero.activator.handling.Decision.After;
import doublezero.activator.handling.Decision.Step;
import doublezero.sdk.serviceability.instruction.CheckUserAccessPass;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/// Access pass events (reference `activator/src/process/accesspass.rs`;
/// `activator-controller-agent.md` §A.7.6): a pass whose `last_access_epoch` is behind the current
/// epoch makes every Activated user at its client IP (any owner) subject to `CheckUserAccessPass`
/// (suspension for lack of credits); a pass ahead of it does the same for OutOfCredits users
/// (reactivation). Equal epochs need nothing.
public final class AccessPassHandler {
  private AccessPassHandler() {}

  /// @return one `CheckUserAccessPass` per affected user
  public static List<Decision> handle(HandlerContext c, PublicKey pk, AccessPass pass) {
    long epoch = c.view().epoch();
    int cmp = Long.compareUnsigned(pass.lastAccessEpoch(), epoch);
    if (cmp == 0) {
      return List.of();
    }
    UserStatus wanted = cmp < 0 ? UserStatus.ACTIVATED : UserStatus.OUT_OF_CREDITS;
    Transition transition =
        cmp < 0 ? Transition.ACCESS_PASS_USER_SUSPEND : Transition.ACCESS_PASS_USER_REACTIVATE;
    List<Decision> out = new ArrayList<>();
    for (Map.Entry<PublicKey, User> e : c.view().all(User.class).entrySet()) {
      User u = e.getValue();
      if (u.status() == wanted && u.clientIp().equals(pass.clientIp())) {
        PublicKey userPass =
            ServiceabilityPdas.accessPass(c.programId(), u.clientIp(), u.owner()).address();
        CheckUserAccessPass args = new CheckUserAccessPass();
        var accounts =
            new CheckUserAccessPass.Accounts(e.getKey(), userPass, c.globalState(), c.payer());
        out.add(
            new Step(
                e.getKey(),
                args,
                args.toInstruction(c.programId(), accounts),
                List.of(),
                After.HOLD,
                "user-access-pass-checked",
                "user="
                    + e.getKey()
                    + " access_pass="
                    + pk
                    + " last_access_epoch="
                    + Long.toUnsignedString(pass.lastAccessEpoch())
                    + " epoch="
                    + epoch,
                transition));
      }
    }
    return out;
  }
}
