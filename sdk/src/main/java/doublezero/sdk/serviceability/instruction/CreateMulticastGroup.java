package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.Objects;

/// Instruction #46 `CreateMulticastGroup` (args `MulticastGroupCreateArgs`, processor
/// `PROC/multicastgroup/create.rs`; `serviceability-instructions.md` §1–§3). Creates a multicast
/// group at PDA(account_index + 1) owned by args.owner (foundation only).
///
/// @param code `code`: String (u32 length + UTF-8)
/// @param maxBandwidth `max_bandwidth`: u64, unsigned
/// @param owner `owner`: Pubkey
/// @param useOnchainAllocation `use_onchain_allocation`: bool
public record CreateMulticastGroup(
    String code, long maxBandwidth, PublicKey owner, boolean useOnchainAllocation)
    implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public CreateMulticastGroup {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(owner, "owner");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.CREATE_MULTICAST_GROUP;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.string(code);
    w.u64(maxBandwidth);
    w.publicKey(owner);
    w.bool(useOnchainAllocation);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static CreateMulticastGroup decodeArgs(BorshReader r) {
    return new CreateMulticastGroup(
        r.string("code"),
        r.u64("max_bandwidth"),
        r.publicKey("owner"),
        r.bool("use_onchain_allocation"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [MulticastGroupWithBlockAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, MulticastGroupWithBlockAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
