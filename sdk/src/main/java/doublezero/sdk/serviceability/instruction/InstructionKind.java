package doublezero.sdk.serviceability.instruction;

/// The 104 variants of the serviceability program's `DoubleZeroInstruction` enum, in Rust
/// declaration order; the discriminant (first instruction byte) is the variant index (reference
/// `SVC/instructions.rs`, `serviceability-instructions.md` §0.1, §1). Deprecated variants are
/// listed: the program answers them with `Custom(67)`.
public enum InstructionKind {
  /// #0 `Migrate`
  MIGRATE(0, "Migrate", false),
  /// #1 `InitGlobalState`
  INIT_GLOBAL_STATE(1, "InitGlobalState", false),
  /// #2 `SetAuthority`
  SET_AUTHORITY(2, "SetAuthority", false),
  /// #3 `SetGlobalConfig`
  SET_GLOBAL_CONFIG(3, "SetGlobalConfig", false),
  /// #4 `AddFoundationAllowlist`
  ADD_FOUNDATION_ALLOWLIST(4, "AddFoundationAllowlist", false),
  /// #5 `RemoveFoundationAllowlist`
  REMOVE_FOUNDATION_ALLOWLIST(5, "RemoveFoundationAllowlist", false),
  /// #6 `AddDeviceAllowlist`
  ADD_DEVICE_ALLOWLIST(6, "AddDeviceAllowlist", true),
  /// #7 `RemoveDeviceAllowlist`
  REMOVE_DEVICE_ALLOWLIST(7, "RemoveDeviceAllowlist", true),
  /// #8 `AddUserAllowlist`
  ADD_USER_ALLOWLIST(8, "AddUserAllowlist", true),
  /// #9 `RemoveUserAllowlist`
  REMOVE_USER_ALLOWLIST(9, "RemoveUserAllowlist", true),
  /// #10 `CreateLocation`
  CREATE_LOCATION(10, "CreateLocation", false),
  /// #11 `UpdateLocation`
  UPDATE_LOCATION(11, "UpdateLocation", false),
  /// #12 `SuspendLocation`
  SUSPEND_LOCATION(12, "SuspendLocation", false),
  /// #13 `ResumeLocation`
  RESUME_LOCATION(13, "ResumeLocation", false),
  /// #14 `DeleteLocation`
  DELETE_LOCATION(14, "DeleteLocation", false),
  /// #15 `CreateExchange`
  CREATE_EXCHANGE(15, "CreateExchange", false),
  /// #16 `UpdateExchange`
  UPDATE_EXCHANGE(16, "UpdateExchange", false),
  /// #17 `SuspendExchange`
  SUSPEND_EXCHANGE(17, "SuspendExchange", false),
  /// #18 `ResumeExchange`
  RESUME_EXCHANGE(18, "ResumeExchange", false),
  /// #19 `DeleteExchange`
  DELETE_EXCHANGE(19, "DeleteExchange", false),
  /// #20 `CreateDevice`
  CREATE_DEVICE(20, "CreateDevice", false),
  /// #21 `ActivateDevice`
  ACTIVATE_DEVICE(21, "ActivateDevice", false),
  /// #22 `RejectDevice`
  REJECT_DEVICE(22, "RejectDevice", false),
  /// #23 `UpdateDevice`
  UPDATE_DEVICE(23, "UpdateDevice", false),
  /// #24 `SuspendDevice`
  SUSPEND_DEVICE(24, "SuspendDevice", true),
  /// #25 `ResumeDevice`
  RESUME_DEVICE(25, "ResumeDevice", true),
  /// #26 `DeleteDevice`
  DELETE_DEVICE(26, "DeleteDevice", false),
  /// #27 `CloseAccountDevice`
  CLOSE_ACCOUNT_DEVICE(27, "CloseAccountDevice", false),
  /// #28 `CreateLink`
  CREATE_LINK(28, "CreateLink", false),
  /// #29 `ActivateLink`
  ACTIVATE_LINK(29, "ActivateLink", false),
  /// #30 `RejectLink`
  REJECT_LINK(30, "RejectLink", false),
  /// #31 `UpdateLink`
  UPDATE_LINK(31, "UpdateLink", false),
  /// #32 `SuspendLink`
  SUSPEND_LINK(32, "SuspendLink", true),
  /// #33 `ResumeLink`
  RESUME_LINK(33, "ResumeLink", true),
  /// #34 `DeleteLink`
  DELETE_LINK(34, "DeleteLink", false),
  /// #35 `CloseAccountLink`
  CLOSE_ACCOUNT_LINK(35, "CloseAccountLink", false),
  /// #36 `CreateUser`
  CREATE_USER(36, "CreateUser", false),
  /// #37 `ActivateUser`
  ACTIVATE_USER(37, "ActivateUser", false),
  /// #38 `RejectUser`
  REJECT_USER(38, "RejectUser", false),
  /// #39 `UpdateUser`
  UPDATE_USER(39, "UpdateUser", false),
  /// #40 `SuspendUser`
  SUSPEND_USER(40, "SuspendUser", true),
  /// #41 `ResumeUser`
  RESUME_USER(41, "ResumeUser", true),
  /// #42 `DeleteUser`
  DELETE_USER(42, "DeleteUser", false),
  /// #43 `CloseAccountUser`
  CLOSE_ACCOUNT_USER(43, "CloseAccountUser", false),
  /// #44 `RequestBanUser`
  REQUEST_BAN_USER(44, "RequestBanUser", false),
  /// #45 `BanUser`
  BAN_USER(45, "BanUser", false),
  /// #46 `CreateMulticastGroup`
  CREATE_MULTICAST_GROUP(46, "CreateMulticastGroup", false),
  /// #47 `ActivateMulticastGroup`
  ACTIVATE_MULTICAST_GROUP(47, "ActivateMulticastGroup", false),
  /// #48 `RejectMulticastGroup`
  REJECT_MULTICAST_GROUP(48, "RejectMulticastGroup", false),
  /// #49 `UpdateMulticastGroup`
  UPDATE_MULTICAST_GROUP(49, "UpdateMulticastGroup", false),
  /// #50 `SuspendMulticastGroup`
  SUSPEND_MULTICAST_GROUP(50, "SuspendMulticastGroup", false),
  /// #51 `ReactivateMulticastGroup`
  REACTIVATE_MULTICAST_GROUP(51, "ReactivateMulticastGroup", false),
  /// #52 `DeleteMulticastGroup`
  DELETE_MULTICAST_GROUP(52, "DeleteMulticastGroup", false),
  /// #53 `DeactivateMulticastGroup`
  DEACTIVATE_MULTICAST_GROUP(53, "DeactivateMulticastGroup", false),
  /// #54 `AddMulticastGroupPubAllowlist`
  ADD_MULTICAST_GROUP_PUB_ALLOWLIST(54, "AddMulticastGroupPubAllowlist", false),
  /// #55 `RemoveMulticastGroupPubAllowlist`
  REMOVE_MULTICAST_GROUP_PUB_ALLOWLIST(55, "RemoveMulticastGroupPubAllowlist", false),
  /// #56 `AddMulticastGroupSubAllowlist`
  ADD_MULTICAST_GROUP_SUB_ALLOWLIST(56, "AddMulticastGroupSubAllowlist", false),
  /// #57 `RemoveMulticastGroupSubAllowlist`
  REMOVE_MULTICAST_GROUP_SUB_ALLOWLIST(57, "RemoveMulticastGroupSubAllowlist", false),
  /// #58 `SubscribeMulticastGroup`
  SUBSCRIBE_MULTICAST_GROUP(58, "SubscribeMulticastGroup", false),
  /// #59 `CreateSubscribeUser`
  CREATE_SUBSCRIBE_USER(59, "CreateSubscribeUser", false),
  /// #60 `CreateContributor`
  CREATE_CONTRIBUTOR(60, "CreateContributor", false),
  /// #61 `UpdateContributor`
  UPDATE_CONTRIBUTOR(61, "UpdateContributor", false),
  /// #62 `SuspendContributor`
  SUSPEND_CONTRIBUTOR(62, "SuspendContributor", false),
  /// #63 `ResumeContributor`
  RESUME_CONTRIBUTOR(63, "ResumeContributor", false),
  /// #64 `DeleteContributor`
  DELETE_CONTRIBUTOR(64, "DeleteContributor", false),
  /// #65 `SetDeviceExchange`
  SET_DEVICE_EXCHANGE(65, "SetDeviceExchange", false),
  /// #66 `AcceptLink`
  ACCEPT_LINK(66, "AcceptLink", false),
  /// #67 `SetAccessPass`
  SET_ACCESS_PASS(67, "SetAccessPass", false),
  /// #68 `SetAirdrop`
  SET_AIRDROP(68, "SetAirdrop", false),
  /// #69 `CloseAccessPass`
  CLOSE_ACCESS_PASS(69, "CloseAccessPass", false),
  /// #70 `CheckStatusAccessPass`
  CHECK_STATUS_ACCESS_PASS(70, "CheckStatusAccessPass", false),
  /// #71 `CheckUserAccessPass`
  CHECK_USER_ACCESS_PASS(71, "CheckUserAccessPass", false),
  /// #72 `ActivateDeviceInterface`
  ACTIVATE_DEVICE_INTERFACE(72, "ActivateDeviceInterface", false),
  /// #73 `CreateDeviceInterface`
  CREATE_DEVICE_INTERFACE(73, "CreateDeviceInterface", false),
  /// #74 `DeleteDeviceInterface`
  DELETE_DEVICE_INTERFACE(74, "DeleteDeviceInterface", false),
  /// #75 `RemoveDeviceInterface`
  REMOVE_DEVICE_INTERFACE(75, "RemoveDeviceInterface", false),
  /// #76 `UpdateDeviceInterface`
  UPDATE_DEVICE_INTERFACE(76, "UpdateDeviceInterface", false),
  /// #77 `UnlinkDeviceInterface`
  UNLINK_DEVICE_INTERFACE(77, "UnlinkDeviceInterface", false),
  /// #78 `RejectDeviceInterface`
  REJECT_DEVICE_INTERFACE(78, "RejectDeviceInterface", false),
  /// #79 `SetMinVersion`
  SET_MIN_VERSION(79, "SetMinVersion", false),
  /// #80 `AllocateResource`
  ALLOCATE_RESOURCE(80, "AllocateResource", false),
  /// #81 `CreateResource`
  CREATE_RESOURCE(81, "CreateResource", false),
  /// #82 `DeallocateResource`
  DEALLOCATE_RESOURCE(82, "DeallocateResource", false),
  /// #83 `SetDeviceHealth`
  SET_DEVICE_HEALTH(83, "SetDeviceHealth", false),
  /// #84 `SetLinkHealth`
  SET_LINK_HEALTH(84, "SetLinkHealth", false),
  /// #85 `CloseResource`
  CLOSE_RESOURCE(85, "CloseResource", false),
  /// #86 `AddQaAllowlist`
  ADD_QA_ALLOWLIST(86, "AddQaAllowlist", false),
  /// #87 `RemoveQaAllowlist`
  REMOVE_QA_ALLOWLIST(87, "RemoveQaAllowlist", false),
  /// #88 `CreateTenant`
  CREATE_TENANT(88, "CreateTenant", false),
  /// #89 `UpdateTenant`
  UPDATE_TENANT(89, "UpdateTenant", false),
  /// #90 `DeleteTenant`
  DELETE_TENANT(90, "DeleteTenant", false),
  /// #91 `TenantAddAdministrator`
  TENANT_ADD_ADMINISTRATOR(91, "TenantAddAdministrator", false),
  /// #92 `TenantRemoveAdministrator`
  TENANT_REMOVE_ADMINISTRATOR(92, "TenantRemoveAdministrator", false),
  /// #93 `UpdatePaymentStatus`
  UPDATE_PAYMENT_STATUS(93, "UpdatePaymentStatus", false),
  /// #94 `SetFeatureFlags`
  SET_FEATURE_FLAGS(94, "SetFeatureFlags", false),
  /// #95 `ReserveConnection`
  RESERVE_CONNECTION(95, "ReserveConnection", false),
  /// #96 `CloseReservation`
  CLOSE_RESERVATION(96, "CloseReservation", false),
  /// #97 `CreatePermission`
  CREATE_PERMISSION(97, "CreatePermission", false),
  /// #98 `UpdatePermission`
  UPDATE_PERMISSION(98, "UpdatePermission", false),
  /// #99 `SuspendPermission`
  SUSPEND_PERMISSION(99, "SuspendPermission", false),
  /// #100 `ResumePermission`
  RESUME_PERMISSION(100, "ResumePermission", false),
  /// #101 `DeletePermission`
  DELETE_PERMISSION(101, "DeletePermission", false),
  /// #102 `CreateReservedSubscribeUser`
  CREATE_RESERVED_SUBSCRIBE_USER(102, "CreateReservedSubscribeUser", false),
  /// #103 `DeleteReservedSubscribeUser`
  DELETE_RESERVED_SUBSCRIBE_USER(103, "DeleteReservedSubscribeUser", false);

  private static final InstructionKind[] BY_DISCRIMINANT = values();

  private final int discriminant;
  private final String variantName;
  private final boolean deprecated;

  InstructionKind(int discriminant, String variantName, boolean deprecated) {
    this.discriminant = discriminant;
    this.variantName = variantName;
    this.deprecated = deprecated;
  }

  /// @return the first byte of the instruction data, 0..103
  public int discriminant() {
    return discriminant;
  }

  /// @return the Rust variant name, e.g. `CreateDevice`
  public String variantName() {
    return variantName;
  }

  /// @return whether the program rejects this variant with `Custom(67) Deprecated`
  public boolean deprecated() {
    return deprecated;
  }

  /// @param discriminant the first byte of instruction data
  /// @return the variant, or null when the program has none (above 103, or negative)
  public static InstructionKind fromDiscriminant(int discriminant) {
    return discriminant >= 0 && discriminant < BY_DISCRIMINANT.length
        ? BY_DISCRIMINANT[discriminant]
        : null;
  }
}
