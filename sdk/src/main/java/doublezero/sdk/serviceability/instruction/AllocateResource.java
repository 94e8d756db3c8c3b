package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.Objects;
import java.util.Optional;

/// Instruction #80 `AllocateResource` (args `ResourceAllocateArgs`, processor
/// `PROC/resource/allocate.rs`; `serviceability-instructions.md` §1–§3). Allocates one unit, or the
/// requested one, from a resource extension (foundation only).
///
/// @param resourceType `resource_type`: ResourceType
/// @param requested `requested`: Option<IdOrIp>
public record AllocateResource(ResourceType resourceType, Optional<IdOrIp> requested)
    implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public AllocateResource {
    Objects.requireNonNull(resourceType, "resource_type");
    Objects.requireNonNull(requested, "requested");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.ALLOCATE_RESOURCE;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    resourceType.encode(w);
    Args.writeOption(w, requested, (ww, x) -> x.encode(ww));
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static AllocateResource decodeArgs(BorshReader r) {
    return new AllocateResource(
        ResourceType.decode(r, "resource_type"),
        Args.readOption(r, "requested", x -> IdOrIp.decode(x, "requested")));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [ResourceAssociationAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, ResourceAssociationAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
