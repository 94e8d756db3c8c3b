package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/// Instruction #81 `CreateResource` (args `ResourceCreateArgs`, processor
/// `PROC/resource/create.rs`; `serviceability-instructions.md` §1–§3). Creates (or zero-fills) a
/// resource extension account (foundation only).
///
/// @param resourceType `resource_type`: ResourceType
public record CreateResource(ResourceType resourceType) implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public CreateResource {
    Objects.requireNonNull(resourceType, "resource_type");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.CREATE_RESOURCE;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    resourceType.encode(w);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static CreateResource decodeArgs(BorshReader r) {
    return new CreateResource(ResourceType.decode(r, "resource_type"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [Accounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, Accounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }

  /// The accounts of `CreateResource`, in the order the reference SDK (or, where it has no builder,
  /// the processor) expects them (`serviceability-instructions.md` §3). [#metas()] appends the
  /// payer (writable signer) and the system program (marked writable, as the reference SDK does;
  /// the runtime downgrades it), §0.2.
  ///
  /// @param resource the resource account (writable)
  /// @param associatedAccount the associated account account (writable)
  /// @param globalState the global state account (writable)
  /// @param globalConfig the global config account (writable)
  /// @param payer the fee payer and signer (writable signer)
  public record Accounts(
      PublicKey resource,
      PublicKey associatedAccount,
      PublicKey globalState,
      PublicKey globalConfig,
      PublicKey payer)
      implements AccountGroup {
    /// Copies lists; rejects nulls.
    ///
    /// @throws NullPointerException for a null account or group
    public Accounts {
      Objects.requireNonNull(resource, "resource");
      Objects.requireNonNull(associatedAccount, "associatedAccount");
      Objects.requireNonNull(globalState, "globalState");
      Objects.requireNonNull(globalConfig, "globalConfig");
      Objects.requireNonNull(payer, "payer");
    }

    /// @return the account metas: this instruction's accounts, then payer and system program
    @Override
    public List<AccountMeta> metas() {
      List<AccountMeta> m = new ArrayList<>();
      m.add(AccountMeta.writable(resource));
      m.add(AccountMeta.writable(associatedAccount));
      m.add(AccountMeta.writable(globalState));
      m.add(AccountMeta.writable(globalConfig));
      m.add(AccountMeta.writableSigner(payer));
      m.add(AccountMeta.writable(PublicKey.DEFAULT));
      return List.copyOf(m);
    }
  }
}
