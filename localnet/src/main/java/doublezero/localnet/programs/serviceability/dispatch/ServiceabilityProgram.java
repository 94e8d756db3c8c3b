package doublezero.localnet.programs.serviceability.dispatch;

import doublezero.localnet.programs.accounts.Panic;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.programs.serviceability.accesspass.CheckStatusAccessPassProcessor;
import doublezero.localnet.programs.serviceability.accesspass.CheckUserAccessPassProcessor;
import doublezero.localnet.programs.serviceability.accesspass.CloseAccessPassProcessor;
import doublezero.localnet.programs.serviceability.accesspass.SetAccessPassProcessor;
import doublezero.localnet.programs.serviceability.contributor.CreateContributorProcessor;
import doublezero.localnet.programs.serviceability.contributor.DeleteContributorProcessor;
import doublezero.localnet.programs.serviceability.contributor.ResumeContributorProcessor;
import doublezero.localnet.programs.serviceability.contributor.SuspendContributorProcessor;
import doublezero.localnet.programs.serviceability.contributor.UpdateContributorProcessor;
import doublezero.localnet.programs.serviceability.device.ActivateDeviceProcessor;
import doublezero.localnet.programs.serviceability.device.CloseAccountDeviceProcessor;
import doublezero.localnet.programs.serviceability.device.CreateDeviceProcessor;
import doublezero.localnet.programs.serviceability.device.DeleteDeviceProcessor;
import doublezero.localnet.programs.serviceability.device.RejectDeviceProcessor;
import doublezero.localnet.programs.serviceability.device.SetDeviceHealthProcessor;
import doublezero.localnet.programs.serviceability.device.UpdateDeviceProcessor;
import doublezero.localnet.programs.serviceability.deviceinterface.ActivateDeviceInterfaceProcessor;
import doublezero.localnet.programs.serviceability.deviceinterface.CreateDeviceInterfaceProcessor;
import doublezero.localnet.programs.serviceability.deviceinterface.DeleteDeviceInterfaceProcessor;
import doublezero.localnet.programs.serviceability.deviceinterface.RejectDeviceInterfaceProcessor;
import doublezero.localnet.programs.serviceability.deviceinterface.RemoveDeviceInterfaceProcessor;
import doublezero.localnet.programs.serviceability.deviceinterface.UnlinkDeviceInterfaceProcessor;
import doublezero.localnet.programs.serviceability.deviceinterface.UpdateDeviceInterfaceProcessor;
import doublezero.localnet.programs.serviceability.exchange.CreateExchangeProcessor;
import doublezero.localnet.programs.serviceability.exchange.DeleteExchangeProcessor;
import doublezero.localnet.programs.serviceability.exchange.ResumeExchangeProcessor;
import doublezero.localnet.programs.serviceability.exchange.SetDeviceExchangeProcessor;
import doublezero.localnet.programs.serviceability.exchange.SuspendExchangeProcessor;
import doublezero.localnet.programs.serviceability.exchange.UpdateExchangeProcessor;
import doublezero.localnet.programs.serviceability.global.AddFoundationAllowlistProcessor;
import doublezero.localnet.programs.serviceability.global.AddQaAllowlistProcessor;
import doublezero.localnet.programs.serviceability.global.InitGlobalStateProcessor;
import doublezero.localnet.programs.serviceability.global.MigrateProcessor;
import doublezero.localnet.programs.serviceability.global.RemoveFoundationAllowlistProcessor;
import doublezero.localnet.programs.serviceability.global.RemoveQaAllowlistProcessor;
import doublezero.localnet.programs.serviceability.global.SetAirdropProcessor;
import doublezero.localnet.programs.serviceability.global.SetAuthorityProcessor;
import doublezero.localnet.programs.serviceability.global.SetFeatureFlagsProcessor;
import doublezero.localnet.programs.serviceability.global.SetGlobalConfigProcessor;
import doublezero.localnet.programs.serviceability.global.SetMinVersionProcessor;
import doublezero.localnet.programs.serviceability.link.AcceptLinkProcessor;
import doublezero.localnet.programs.serviceability.link.ActivateLinkProcessor;
import doublezero.localnet.programs.serviceability.link.CloseAccountLinkProcessor;
import doublezero.localnet.programs.serviceability.link.CreateLinkProcessor;
import doublezero.localnet.programs.serviceability.link.DeleteLinkProcessor;
import doublezero.localnet.programs.serviceability.link.RejectLinkProcessor;
import doublezero.localnet.programs.serviceability.link.SetLinkHealthProcessor;
import doublezero.localnet.programs.serviceability.link.UpdateLinkProcessor;
import doublezero.localnet.programs.serviceability.location.CreateLocationProcessor;
import doublezero.localnet.programs.serviceability.location.DeleteLocationProcessor;
import doublezero.localnet.programs.serviceability.location.ResumeLocationProcessor;
import doublezero.localnet.programs.serviceability.location.SuspendLocationProcessor;
import doublezero.localnet.programs.serviceability.location.UpdateLocationProcessor;
import doublezero.localnet.programs.serviceability.multicast.ActivateMulticastGroupProcessor;
import doublezero.localnet.programs.serviceability.multicast.AddMulticastGroupPubAllowlistProcessor;
import doublezero.localnet.programs.serviceability.multicast.AddMulticastGroupSubAllowlistProcessor;
import doublezero.localnet.programs.serviceability.multicast.CreateMulticastGroupProcessor;
import doublezero.localnet.programs.serviceability.multicast.DeactivateMulticastGroupProcessor;
import doublezero.localnet.programs.serviceability.multicast.DeleteMulticastGroupProcessor;
import doublezero.localnet.programs.serviceability.multicast.ReactivateMulticastGroupProcessor;
import doublezero.localnet.programs.serviceability.multicast.RejectMulticastGroupProcessor;
import doublezero.localnet.programs.serviceability.multicast.RemoveMulticastGroupPubAllowlistProcessor;
import doublezero.localnet.programs.serviceability.multicast.RemoveMulticastGroupSubAllowlistProcessor;
import doublezero.localnet.programs.serviceability.multicast.SubscribeMulticastGroupProcessor;
import doublezero.localnet.programs.serviceability.multicast.SuspendMulticastGroupProcessor;
import doublezero.localnet.programs.serviceability.multicast.UpdateMulticastGroupProcessor;
import doublezero.localnet.programs.serviceability.permission.CreatePermissionProcessor;
import doublezero.localnet.programs.serviceability.permission.DeletePermissionProcessor;
import doublezero.localnet.programs.serviceability.permission.ResumePermissionProcessor;
import doublezero.localnet.programs.serviceability.permission.SuspendPermissionProcessor;
import doublezero.localnet.programs.serviceability.permission.UpdatePermissionProcessor;
import doublezero.localnet.programs.serviceability.reservation.CloseReservationProcessor;
import doublezero.localnet.programs.serviceability.reservation.ReserveConnectionProcessor;
import doublezero.localnet.programs.serviceability.resource.AllocateResourceProcessor;
import doublezero.localnet.programs.serviceability.resource.CloseResourceProcessor;
import doublezero.localnet.programs.serviceability.resource.CreateResourceProcessor;
import doublezero.localnet.programs.serviceability.resource.DeallocateResourceProcessor;
import doublezero.localnet.programs.serviceability.tenant.CreateTenantProcessor;
import doublezero.localnet.programs.serviceability.tenant.DeleteTenantProcessor;
import doublezero.localnet.programs.serviceability.tenant.TenantAddAdministratorProcessor;
import doublezero.localnet.programs.serviceability.tenant.TenantRemoveAdministratorProcessor;
import doublezero.localnet.programs.serviceability.tenant.UpdatePaymentStatusProcessor;
import doublezero.localnet.programs.serviceability.tenant.UpdateTenantProcessor;
import doublezero.localnet.programs.serviceability.user.ActivateUserProcessor;
import doublezero.localnet.programs.serviceability.user.BanUserProcessor;
import doublezero.localnet.programs.serviceability.user.CloseAccountUserProcessor;
import doublezero.localnet.programs.serviceability.user.CreateReservedSubscribeUserProcessor;
import doublezero.localnet.programs.serviceability.user.CreateSubscribeUserProcessor;
import doublezero.localnet.programs.serviceability.user.CreateUserProcessor;
import doublezero.localnet.programs.serviceability.user.DeleteReservedSubscribeUserProcessor;
import doublezero.localnet.programs.serviceability.user.DeleteUserProcessor;
import doublezero.localnet.programs.serviceability.user.RejectUserProcessor;
import doublezero.localnet.programs.serviceability.user.RequestBanUserProcessor;
import doublezero.localnet.programs.serviceability.user.UpdateUserProcessor;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.InvokeContext;
import doublezero.localnet.runtime.ProgramException;
import doublezero.localnet.runtime.ProgramProcessor;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.*;
import java.util.List;

/// The serviceability program (`doublezero-serviceability`, reference `SVC/entrypoint.rs`) ported
/// to Java: unpacks the instruction as the program does
/// ([ServiceabilityInstruction#decodeIncremental]) and routes it to its processor. Empty data or a
/// variant above 103 fails with `InvalidInstructionData`; arguments the program cannot decode panic
/// (`Args::try_from(rest).unwrap()`); the deprecated variants fail with `Custom(67) Deprecated`
/// before reading any account (`serviceability-instructions.md` §0.1, §1).
public final class ServiceabilityProgram implements ProgramProcessor {
  @Override
  public void process(InvokeContext ctx, List<BorrowedAccount> accounts, byte[] data)
      throws ProgramException {
    if (data.length == 0 || (data[0] & 0xFF) > 103) {
      throw ProgramException.of(BuiltinError.InvalidInstructionData);
    }
    ServiceabilityInstruction ix;
    try {
      ix = ServiceabilityInstruction.decodeIncremental(data);
    } catch (DecodeException e) {
      throw Panic.of(ctx, "called `Result::unwrap()` on an `Err` value: " + e.getMessage());
    }
    ctx.log("Instruction: " + ix.variantName());
    route(new Invocation(ctx, accounts, AccountRules::validate), ix);
  }

  private static void route(Invocation inv, ServiceabilityInstruction ix) throws ProgramException {
    switch (ix) {
      case Migrate a -> MigrateProcessor.process(inv, a);
      case InitGlobalState a -> InitGlobalStateProcessor.process(inv, a);
      case SetAuthority a -> SetAuthorityProcessor.process(inv, a);
      case SetGlobalConfig a -> SetGlobalConfigProcessor.process(inv, a);
      case AddFoundationAllowlist a -> AddFoundationAllowlistProcessor.process(inv, a);
      case RemoveFoundationAllowlist a -> RemoveFoundationAllowlistProcessor.process(inv, a);
      case AddDeviceAllowlist ignored -> throw inv.error(ServiceabilityError.DEPRECATED);
      case RemoveDeviceAllowlist ignored -> throw inv.error(ServiceabilityError.DEPRECATED);
      case AddUserAllowlist ignored -> throw inv.error(ServiceabilityError.DEPRECATED);
      case RemoveUserAllowlist ignored -> throw inv.error(ServiceabilityError.DEPRECATED);
      case CreateLocation a -> CreateLocationProcessor.process(inv, a);
      case UpdateLocation a -> UpdateLocationProcessor.process(inv, a);
      case SuspendLocation a -> SuspendLocationProcessor.process(inv, a);
      case ResumeLocation a -> ResumeLocationProcessor.process(inv, a);
      case DeleteLocation a -> DeleteLocationProcessor.process(inv, a);
      case CreateExchange a -> CreateExchangeProcessor.process(inv, a);
      case UpdateExchange a -> UpdateExchangeProcessor.process(inv, a);
      case SuspendExchange a -> SuspendExchangeProcessor.process(inv, a);
      case ResumeExchange a -> ResumeExchangeProcessor.process(inv, a);
      case DeleteExchange a -> DeleteExchangeProcessor.process(inv, a);
      case CreateDevice a -> CreateDeviceProcessor.process(inv, a);
      case ActivateDevice a -> ActivateDeviceProcessor.process(inv, a);
      case RejectDevice a -> RejectDeviceProcessor.process(inv, a);
      case UpdateDevice a -> UpdateDeviceProcessor.process(inv, a);
      case SuspendDevice ignored -> throw inv.error(ServiceabilityError.DEPRECATED);
      case ResumeDevice ignored -> throw inv.error(ServiceabilityError.DEPRECATED);
      case DeleteDevice a -> DeleteDeviceProcessor.process(inv, a);
      case CloseAccountDevice a -> CloseAccountDeviceProcessor.process(inv, a);
      case CreateLink a -> CreateLinkProcessor.process(inv, a);
      case ActivateLink a -> ActivateLinkProcessor.process(inv, a);
      case RejectLink a -> RejectLinkProcessor.process(inv, a);
      case UpdateLink a -> UpdateLinkProcessor.process(inv, a);
      case SuspendLink ignored -> throw inv.error(ServiceabilityError.DEPRECATED);
      case ResumeLink ignored -> throw inv.error(ServiceabilityError.DEPRECATED);
      case DeleteLink a -> DeleteLinkProcessor.process(inv, a);
      case CloseAccountLink a -> CloseAccountLinkProcessor.process(inv, a);
      case CreateUser a -> CreateUserProcessor.process(inv, a);
      case ActivateUser a -> ActivateUserProcessor.process(inv, a);
      case RejectUser a -> RejectUserProcessor.process(inv, a);
      case UpdateUser a -> UpdateUserProcessor.process(inv, a);
      case SuspendUser ignored -> throw inv.error(ServiceabilityError.DEPRECATED);
      case ResumeUser ignored -> throw inv.error(ServiceabilityError.DEPRECATED);
      case DeleteUser a -> DeleteUserProcessor.process(inv, a);
      case CloseAccountUser a -> CloseAccountUserProcessor.process(inv, a);
      case RequestBanUser a -> RequestBanUserProcessor.process(inv, a);
      case BanUser a -> BanUserProcessor.process(inv, a);
      case CreateMulticastGroup a -> CreateMulticastGroupProcessor.process(inv, a);
      case ActivateMulticastGroup a -> ActivateMulticastGroupProcessor.process(inv, a);
      case RejectMulticastGroup a -> RejectMulticastGroupProcessor.process(inv, a);
      case UpdateMulticastGroup a -> UpdateMulticastGroupProcessor.process(inv, a);
      case SuspendMulticastGroup a -> SuspendMulticastGroupProcessor.process(inv, a);
      case ReactivateMulticastGroup a -> ReactivateMulticastGroupProcessor.process(inv, a);
      case DeleteMulticastGroup a -> DeleteMulticastGroupProcessor.process(inv, a);
      case DeactivateMulticastGroup a -> DeactivateMulticastGroupProcessor.process(inv, a);
      case AddMulticastGroupPubAllowlist a ->
          AddMulticastGroupPubAllowlistProcessor.process(inv, a);
      case RemoveMulticastGroupPubAllowlist a ->
          RemoveMulticastGroupPubAllowlistProcessor.process(inv, a);
      case AddMulticastGroupSubAllowlist a ->
          AddMulticastGroupSubAllowlistProcessor.process(inv, a);
      case RemoveMulticastGroupSubAllowlist a ->
          RemoveMulticastGroupSubAllowlistProcessor.process(inv, a);
      case SubscribeMulticastGroup a -> SubscribeMulticastGroupProcessor.process(inv, a);
      case CreateSubscribeUser a -> CreateSubscribeUserProcessor.process(inv, a);
      case CreateContributor a -> CreateContributorProcessor.process(inv, a);
      case UpdateContributor a -> UpdateContributorProcessor.process(inv, a);
      case SuspendContributor a -> SuspendContributorProcessor.process(inv, a);
      case ResumeContributor a -> ResumeContributorProcessor.process(inv, a);
      case DeleteContributor a -> DeleteContributorProcessor.process(inv, a);
      case SetDeviceExchange a -> SetDeviceExchangeProcessor.process(inv, a);
      case AcceptLink a -> AcceptLinkProcessor.process(inv, a);
      case SetAccessPass a -> SetAccessPassProcessor.process(inv, a);
      case SetAirdrop a -> SetAirdropProcessor.process(inv, a);
      case CloseAccessPass a -> CloseAccessPassProcessor.process(inv, a);
      case CheckStatusAccessPass a -> CheckStatusAccessPassProcessor.process(inv, a);
      case CheckUserAccessPass a -> CheckUserAccessPassProcessor.process(inv, a);
      case ActivateDeviceInterface a -> ActivateDeviceInterfaceProcessor.process(inv, a);
      case CreateDeviceInterface a -> CreateDeviceInterfaceProcessor.process(inv, a);
      case DeleteDeviceInterface a -> DeleteDeviceInterfaceProcessor.process(inv, a);
      case RemoveDeviceInterface a -> RemoveDeviceInterfaceProcessor.process(inv, a);
      case UpdateDeviceInterface a -> UpdateDeviceInterfaceProcessor.process(inv, a);
      case UnlinkDeviceInterface a -> UnlinkDeviceInterfaceProcessor.process(inv, a);
      case RejectDeviceInterface a -> RejectDeviceInterfaceProcessor.process(inv, a);
      case SetMinVersion a -> SetMinVersionProcessor.process(inv, a);
      case AllocateResource a -> AllocateResourceProcessor.process(inv, a);
      case CreateResource a -> CreateResourceProcessor.process(inv, a);
      case DeallocateResource a -> DeallocateResourceProcessor.process(inv, a);
      case SetDeviceHealth a -> SetDeviceHealthProcessor.process(inv, a);
      case SetLinkHealth a -> SetLinkHealthProcessor.process(inv, a);
      case CloseResource a -> CloseResourceProcessor.process(inv, a);
      case AddQaAllowlist a -> AddQaAllowlistProcessor.process(inv, a);
      case RemoveQaAllowlist a -> RemoveQaAllowlistProcessor.process(inv, a);
      case CreateTenant a -> CreateTenantProcessor.process(inv, a);
      case UpdateTenant a -> UpdateTenantProcessor.process(inv, a);
      case DeleteTenant a -> DeleteTenantProcessor.process(inv, a);
      case TenantAddAdministrator a -> TenantAddAdministratorProcessor.process(inv, a);
      case TenantRemoveAdministrator a -> TenantRemoveAdministratorProcessor.process(inv, a);
      case UpdatePaymentStatus a -> UpdatePaymentStatusProcessor.process(inv, a);
      case SetFeatureFlags a -> SetFeatureFlagsProcessor.process(inv, a);
      case ReserveConnection a -> ReserveConnectionProcessor.process(inv, a);
      case CloseReservation a -> CloseReservationProcessor.process(inv, a);
      case CreatePermission a -> CreatePermissionProcessor.process(inv, a);
      case UpdatePermission a -> UpdatePermissionProcessor.process(inv, a);
      case SuspendPermission a -> SuspendPermissionProcessor.process(inv, a);
      case ResumePermission a -> ResumePermissionProcessor.process(inv, a);
      case DeletePermission a -> DeletePermissionProcessor.process(inv, a);
      case CreateReservedSubscribeUser a -> CreateReservedSubscribeUserProcessor.process(inv, a);
      case DeleteReservedSubscribeUser a -> DeleteReservedSubscribeUserProcessor.process(inv, a);
    }
  }
}
