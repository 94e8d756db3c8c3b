package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;

/// One instruction of the serviceability program (Rust `DoubleZeroInstruction`, reference
/// `SVC/instructions.rs`): one record per variant, in declaration order, each holding its argument
/// struct's fields in Borsh order (`serviceability-instructions.md` §2) and a nested `Accounts`
/// record that lists the accounts in the order the reference SDK builds them (§3).
///
/// Wire format (§0.1): byte 0 is the variant index ([InstructionKind#discriminant()]), then the
/// arguments in Borsh. [#decode(byte[])] is strict about the arguments: every field must be
/// complete, enum tags must be known, bools 0/1. It mirrors the program in ignoring bytes after the
/// last field (the program's incremental and plain Borsh readers never check for trailing data, and
/// deprecated variants ignore all of it). It does **not** mirror the program's acceptance of
/// argument lists that stop early at a field boundary (missing trailing fields take their defaults
/// there); such data throws [DecodeException] here, so a decoded value always shows every field.
public sealed interface ServiceabilityInstruction
    permits Migrate,
        InitGlobalState,
        SetAuthority,
        SetGlobalConfig,
        AddFoundationAllowlist,
        RemoveFoundationAllowlist,
        AddDeviceAllowlist,
        RemoveDeviceAllowlist,
        AddUserAllowlist,
        RemoveUserAllowlist,
        CreateLocation,
        UpdateLocation,
        SuspendLocation,
        ResumeLocation,
        DeleteLocation,
        CreateExchange,
        UpdateExchange,
        SuspendExchange,
        ResumeExchange,
        DeleteExchange,
        CreateDevice,
        ActivateDevice,
        RejectDevice,
        UpdateDevice,
        SuspendDevice,
        ResumeDevice,
        DeleteDevice,
        CloseAccountDevice,
        CreateLink,
        ActivateLink,
        RejectLink,
        UpdateLink,
        SuspendLink,
        ResumeLink,
        DeleteLink,
        CloseAccountLink,
        CreateUser,
        ActivateUser,
        RejectUser,
        UpdateUser,
        SuspendUser,
        ResumeUser,
        DeleteUser,
        CloseAccountUser,
        RequestBanUser,
        BanUser,
        CreateMulticastGroup,
        ActivateMulticastGroup,
        RejectMulticastGroup,
        UpdateMulticastGroup,
        SuspendMulticastGroup,
        ReactivateMulticastGroup,
        DeleteMulticastGroup,
        DeactivateMulticastGroup,
        AddMulticastGroupPubAllowlist,
        RemoveMulticastGroupPubAllowlist,
        AddMulticastGroupSubAllowlist,
        RemoveMulticastGroupSubAllowlist,
        SubscribeMulticastGroup,
        CreateSubscribeUser,
        CreateContributor,
        UpdateContributor,
        SuspendContributor,
        ResumeContributor,
        DeleteContributor,
        SetDeviceExchange,
        AcceptLink,
        SetAccessPass,
        SetAirdrop,
        CloseAccessPass,
        CheckStatusAccessPass,
        CheckUserAccessPass,
        ActivateDeviceInterface,
        CreateDeviceInterface,
        DeleteDeviceInterface,
        RemoveDeviceInterface,
        UpdateDeviceInterface,
        UnlinkDeviceInterface,
        RejectDeviceInterface,
        SetMinVersion,
        AllocateResource,
        CreateResource,
        DeallocateResource,
        SetDeviceHealth,
        SetLinkHealth,
        CloseResource,
        AddQaAllowlist,
        RemoveQaAllowlist,
        CreateTenant,
        UpdateTenant,
        DeleteTenant,
        TenantAddAdministrator,
        TenantRemoveAdministrator,
        UpdatePaymentStatus,
        SetFeatureFlags,
        ReserveConnection,
        CloseReservation,
        CreatePermission,
        UpdatePermission,
        SuspendPermission,
        ResumePermission,
        DeletePermission,
        CreateReservedSubscribeUser,
        DeleteReservedSubscribeUser {

  /// @return this instruction's variant
  InstructionKind kind();

  /// Writes the argument struct (without the discriminant).
  ///
  /// @param w the writer
  void encodeArgs(BorshWriter w);

  /// @return the Rust variant name, e.g. `CreateDevice`
  default String variantName() {
    return kind().variantName();
  }

  /// @return the instruction data: discriminant byte, then the Borsh arguments
  default byte[] encode() {
    BorshWriter w = new BorshWriter();
    w.u8(kind().discriminant());
    encodeArgs(w);
    return w.toByteArray();
  }

  /// @param data instruction data as the program receives it
  /// @return the instruction
  /// @throws DecodeException for empty data, a discriminant above 103, or arguments that are cut
  ///   short or invalid; the message names the variant, the field and the offset
  static ServiceabilityInstruction decode(byte[] data) {
    return InstructionCodec.decode(data);
  }

  /// Decodes as the program itself does (`DoubleZeroInstruction::unpack`, `SVC/instructions.rs`;
  /// crate `borsh-incremental`): an argument list that stops exactly at a field boundary gives
  /// every missing trailing field its default (0, false, empty, `None`, `0.0.0.0`, the enum's
  /// default variant; `ReserveConnection.count` defaults to 1), so older, shorter layouts are
  /// accepted. A field that is only partly present still throws. `DeallocateResource` is plain
  /// Borsh and stays strict. Used by localnet's program port; clients use [#decode(byte[])], which
  /// shows every field.
  ///
  /// @param data instruction data as the program receives it
  /// @return the instruction
  /// @throws DecodeException for empty data, a discriminant above 103, or a field that is partly
  ///   present or invalid
  static ServiceabilityInstruction decodeIncremental(byte[] data) {
    return InstructionCodec.decode(data, true);
  }
}
