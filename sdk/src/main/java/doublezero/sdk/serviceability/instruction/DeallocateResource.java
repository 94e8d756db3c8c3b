package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.Objects;

/// Instruction #82 `DeallocateResource` (args `ResourceDeallocateArgs`, processor
/// `PROC/resource/deallocate.rs`; `serviceability-instructions.md` §1–§3). Frees a unit of a
/// resource extension (foundation only). The only strict-Borsh argument struct.
///
/// @param resourceType `resource_type`: ResourceType
/// @param value `value`: IdOrIp
public record DeallocateResource(ResourceType resourceType, IdOrIp value)
    implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public DeallocateResource {
    Objects.requireNonNull(resourceType, "resource_type");
    Objects.requireNonNull(value, "value");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.DEALLOCATE_RESOURCE;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    resourceType.encode(w);
    value.encode(w);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static DeallocateResource decodeArgs(BorshReader r) {
    return new DeallocateResource(
        ResourceType.decode(r, "resource_type"), IdOrIp.decode(r, "value"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [ResourceAssociationAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, ResourceAssociationAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
