package doublezero.localnet.programs.serviceability.dispatch;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.programs.serviceability.accesspass.AccessPassRules;
import doublezero.localnet.programs.serviceability.contributor.ContributorRules;
import doublezero.localnet.programs.serviceability.device.DeviceRules;
import doublezero.localnet.programs.serviceability.exchange.ExchangeRules;
import doublezero.localnet.programs.serviceability.global.GlobalConfigRules;
import doublezero.localnet.programs.serviceability.global.GlobalStateRules;
import doublezero.localnet.programs.serviceability.global.ProgramConfigRules;
import doublezero.localnet.programs.serviceability.link.LinkRules;
import doublezero.localnet.programs.serviceability.location.LocationRules;
import doublezero.localnet.programs.serviceability.multicast.MulticastGroupRules;
import doublezero.localnet.programs.serviceability.permission.PermissionRules;
import doublezero.localnet.programs.serviceability.reservation.ReservationRules;
import doublezero.localnet.programs.serviceability.tenant.TenantRules;
import doublezero.localnet.programs.serviceability.user.UserRules;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.state.*;

/// The program's `Validate` trait (`SVC/error.rs`, one `impl Validate` per state type in
/// `STATE/*.rs`): every create and write re-validates the whole value first
/// (`serviceability-instructions.md` §0.4), so a broken rule fails the instruction with that rule's
/// custom error. ResourceExtension has no rules.
public final class AccountRules {
  private AccountRules() {}

  /// @throws ProgramException `Custom(code)` of the first rule `value` breaks
  public static void validate(Invocation inv, ServiceabilityAccount value) throws ProgramException {
    switch (value) {
      case GlobalState x -> GlobalStateRules.validate(inv, x);
      case GlobalConfig x -> GlobalConfigRules.validate(inv, x);
      case Location x -> LocationRules.validate(inv, x);
      case Exchange x -> ExchangeRules.validate(inv, x);
      case Device x -> DeviceRules.validate(inv, x);
      case Link x -> LinkRules.validate(inv, x);
      case User x -> UserRules.validate(inv, x);
      case MulticastGroup x -> MulticastGroupRules.validate(inv, x);
      case ProgramConfig x -> ProgramConfigRules.validate(inv, x);
      case Contributor x -> ContributorRules.validate(inv, x);
      case AccessPass x -> AccessPassRules.validate(inv, x);
      case ResourceExtension ignored -> {}
      case Tenant x -> TenantRules.validate(inv, x);
      case Reservation x -> ReservationRules.validate(inv, x);
      case Permission x -> PermissionRules.validate(inv, x);
    }
  }
}
