package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.DecodeException;

/// The decoding half of [ServiceabilityInstruction]: one exhaustive switch over [InstructionKind].
final class InstructionCodec {
  private InstructionCodec() {}

  static ServiceabilityInstruction decode(byte[] data) {
    return decode(data, false);
  }

  static ServiceabilityInstruction decode(byte[] data, boolean incremental) {
    if (data.length == 0) {
      throw new DecodeException(
          "ServiceabilityInstruction", "discriminant", 0, "empty instruction data");
    }
    int d = data[0] & 0xFF;
    InstructionKind kind = InstructionKind.fromDiscriminant(d);
    if (kind == null) {
      throw new DecodeException(
          "ServiceabilityInstruction", "discriminant", 0, "unknown instruction " + d + " (0..103)");
    }
    BorshReader r;
    if (incremental && kind != InstructionKind.DEALLOCATE_RESOURCE) {
      r = BorshReader.lenient(data, kind.variantName());
      r.u8("discriminant");
      r.optionalFromHere();
    } else {
      r = BorshReader.strict(data, kind.variantName());
      r.u8("discriminant");
    }
    return switch (kind) {
      case MIGRATE -> Migrate.decodeArgs(r);
      case INIT_GLOBAL_STATE -> InitGlobalState.decodeArgs(r);
      case SET_AUTHORITY -> SetAuthority.decodeArgs(r);
      case SET_GLOBAL_CONFIG -> SetGlobalConfig.decodeArgs(r);
      case ADD_FOUNDATION_ALLOWLIST -> AddFoundationAllowlist.decodeArgs(r);
      case REMOVE_FOUNDATION_ALLOWLIST -> RemoveFoundationAllowlist.decodeArgs(r);
      case ADD_DEVICE_ALLOWLIST -> AddDeviceAllowlist.decodeArgs(r);
      case REMOVE_DEVICE_ALLOWLIST -> RemoveDeviceAllowlist.decodeArgs(r);
      case ADD_USER_ALLOWLIST -> AddUserAllowlist.decodeArgs(r);
      case REMOVE_USER_ALLOWLIST -> RemoveUserAllowlist.decodeArgs(r);
      case CREATE_LOCATION -> CreateLocation.decodeArgs(r);
      case UPDATE_LOCATION -> UpdateLocation.decodeArgs(r);
      case SUSPEND_LOCATION -> SuspendLocation.decodeArgs(r);
      case RESUME_LOCATION -> ResumeLocation.decodeArgs(r);
      case DELETE_LOCATION -> DeleteLocation.decodeArgs(r);
      case CREATE_EXCHANGE -> CreateExchange.decodeArgs(r);
      case UPDATE_EXCHANGE -> UpdateExchange.decodeArgs(r);
      case SUSPEND_EXCHANGE -> SuspendExchange.decodeArgs(r);
      case RESUME_EXCHANGE -> ResumeExchange.decodeArgs(r);
      case DELETE_EXCHANGE -> DeleteExchange.decodeArgs(r);
      case CREATE_DEVICE -> CreateDevice.decodeArgs(r);
      case ACTIVATE_DEVICE -> ActivateDevice.decodeArgs(r);
      case REJECT_DEVICE -> RejectDevice.decodeArgs(r);
      case UPDATE_DEVICE -> UpdateDevice.decodeArgs(r);
      case SUSPEND_DEVICE -> SuspendDevice.decodeArgs(r);
      case RESUME_DEVICE -> ResumeDevice.decodeArgs(r);
      case DELETE_DEVICE -> DeleteDevice.decodeArgs(r);
      case CLOSE_ACCOUNT_DEVICE -> CloseAccountDevice.decodeArgs(r);
      case CREATE_LINK -> CreateLink.decodeArgs(r);
      case ACTIVATE_LINK -> ActivateLink.decodeArgs(r);
      case REJECT_LINK -> RejectLink.decodeArgs(r);
      case UPDATE_LINK -> UpdateLink.decodeArgs(r);
      case SUSPEND_LINK -> SuspendLink.decodeArgs(r);
      case RESUME_LINK -> ResumeLink.decodeArgs(r);
      case DELETE_LINK -> DeleteLink.decodeArgs(r);
      case CLOSE_ACCOUNT_LINK -> CloseAccountLink.decodeArgs(r);
      case CREATE_USER -> CreateUser.decodeArgs(r);
      case ACTIVATE_USER -> ActivateUser.decodeArgs(r);
      case REJECT_USER -> RejectUser.decodeArgs(r);
      case UPDATE_USER -> UpdateUser.decodeArgs(r);
      case SUSPEND_USER -> SuspendUser.decodeArgs(r);
      case RESUME_USER -> ResumeUser.decodeArgs(r);
      case DELETE_USER -> DeleteUser.decodeArgs(r);
      case CLOSE_ACCOUNT_USER -> CloseAccountUser.decodeArgs(r);
      case REQUEST_BAN_USER -> RequestBanUser.decodeArgs(r);
      case BAN_USER -> BanUser.decodeArgs(r);
      case CREATE_MULTICAST_GROUP -> CreateMulticastGroup.decodeArgs(r);
      case ACTIVATE_MULTICAST_GROUP -> ActivateMulticastGroup.decodeArgs(r);
      case REJECT_MULTICAST_GROUP -> RejectMulticastGroup.decodeArgs(r);
      case UPDATE_MULTICAST_GROUP -> UpdateMulticastGroup.decodeArgs(r);
      case SUSPEND_MULTICAST_GROUP -> SuspendMulticastGroup.decodeArgs(r);
      case REACTIVATE_MULTICAST_GROUP -> ReactivateMulticastGroup.decodeArgs(r);
      case DELETE_MULTICAST_GROUP -> DeleteMulticastGroup.decodeArgs(r);
      case DEACTIVATE_MULTICAST_GROUP -> DeactivateMulticastGroup.decodeArgs(r);
      case ADD_MULTICAST_GROUP_PUB_ALLOWLIST -> AddMulticastGroupPubAllowlist.decodeArgs(r);
      case REMOVE_MULTICAST_GROUP_PUB_ALLOWLIST -> RemoveMulticastGroupPubAllowlist.decodeArgs(r);
      case ADD_MULTICAST_GROUP_SUB_ALLOWLIST -> AddMulticastGroupSubAllowlist.decodeArgs(r);
      case REMOVE_MULTICAST_GROUP_SUB_ALLOWLIST -> RemoveMulticastGroupSubAllowlist.decodeArgs(r);
      case SUBSCRIBE_MULTICAST_GROUP -> SubscribeMulticastGroup.decodeArgs(r);
      case CREATE_SUBSCRIBE_USER -> CreateSubscribeUser.decodeArgs(r);
      case CREATE_CONTRIBUTOR -> CreateContributor.decodeArgs(r);
      case UPDATE_CONTRIBUTOR -> UpdateContributor.decodeArgs(r);
      case SUSPEND_CONTRIBUTOR -> SuspendContributor.decodeArgs(r);
      case RESUME_CONTRIBUTOR -> ResumeContributor.decodeArgs(r);
      case DELETE_CONTRIBUTOR -> DeleteContributor.decodeArgs(r);
      case SET_DEVICE_EXCHANGE -> SetDeviceExchange.decodeArgs(r);
      case ACCEPT_LINK -> AcceptLink.decodeArgs(r);
      case SET_ACCESS_PASS -> SetAccessPass.decodeArgs(r);
      case SET_AIRDROP -> SetAirdrop.decodeArgs(r);
      case CLOSE_ACCESS_PASS -> CloseAccessPass.decodeArgs(r);
      case CHECK_STATUS_ACCESS_PASS -> CheckStatusAccessPass.decodeArgs(r);
      case CHECK_USER_ACCESS_PASS -> CheckUserAccessPass.decodeArgs(r);
      case ACTIVATE_DEVICE_INTERFACE -> ActivateDeviceInterface.decodeArgs(r);
      case CREATE_DEVICE_INTERFACE -> CreateDeviceInterface.decodeArgs(r);
      case DELETE_DEVICE_INTERFACE -> DeleteDeviceInterface.decodeArgs(r);
      case REMOVE_DEVICE_INTERFACE -> RemoveDeviceInterface.decodeArgs(r);
      case UPDATE_DEVICE_INTERFACE -> UpdateDeviceInterface.decodeArgs(r);
      case UNLINK_DEVICE_INTERFACE -> UnlinkDeviceInterface.decodeArgs(r);
      case REJECT_DEVICE_INTERFACE -> RejectDeviceInterface.decodeArgs(r);
      case SET_MIN_VERSION -> SetMinVersion.decodeArgs(r);
      case ALLOCATE_RESOURCE -> AllocateResource.decodeArgs(r);
      case CREATE_RESOURCE -> CreateResource.decodeArgs(r);
      case DEALLOCATE_RESOURCE -> DeallocateResource.decodeArgs(r);
      case SET_DEVICE_HEALTH -> SetDeviceHealth.decodeArgs(r);
      case SET_LINK_HEALTH -> SetLinkHealth.decodeArgs(r);
      case CLOSE_RESOURCE -> CloseResource.decodeArgs(r);
      case ADD_QA_ALLOWLIST -> AddQaAllowlist.decodeArgs(r);
      case REMOVE_QA_ALLOWLIST -> RemoveQaAllowlist.decodeArgs(r);
      case CREATE_TENANT -> CreateTenant.decodeArgs(r);
      case UPDATE_TENANT -> UpdateTenant.decodeArgs(r);
      case DELETE_TENANT -> DeleteTenant.decodeArgs(r);
      case TENANT_ADD_ADMINISTRATOR -> TenantAddAdministrator.decodeArgs(r);
      case TENANT_REMOVE_ADMINISTRATOR -> TenantRemoveAdministrator.decodeArgs(r);
      case UPDATE_PAYMENT_STATUS -> UpdatePaymentStatus.decodeArgs(r);
      case SET_FEATURE_FLAGS -> SetFeatureFlags.decodeArgs(r);
      case RESERVE_CONNECTION -> ReserveConnection.decodeArgs(r);
      case CLOSE_RESERVATION -> CloseReservation.decodeArgs(r);
      case CREATE_PERMISSION -> CreatePermission.decodeArgs(r);
      case UPDATE_PERMISSION -> UpdatePermission.decodeArgs(r);
      case SUSPEND_PERMISSION -> SuspendPermission.decodeArgs(r);
      case RESUME_PERMISSION -> ResumePermission.decodeArgs(r);
      case DELETE_PERMISSION -> DeletePermission.decodeArgs(r);
      case CREATE_RESERVED_SUBSCRIBE_USER -> CreateReservedSubscribeUser.decodeArgs(r);
      case DELETE_RESERVED_SUBSCRIBE_USER -> DeleteReservedSubscribeUser.decodeArgs(r);
    };
  }
}
