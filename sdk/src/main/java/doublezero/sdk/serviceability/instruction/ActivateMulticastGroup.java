package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.Objects;

/// Instruction #47 `ActivateMulticastGroup` (args `MulticastGroupActivateArgs`, processor
/// `PROC/multicastgroup/activate.rs`; `serviceability-instructions.md` §1–§3). Pending → Activated
/// with the given (or allocated) multicast IP (activator or foundation).
///
/// @param multicastIp `multicast_ip`: Ipv4Addr
public record ActivateMulticastGroup(Ipv4Address multicastIp) implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public ActivateMulticastGroup {
    Objects.requireNonNull(multicastIp, "multicast_ip");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.ACTIVATE_MULTICAST_GROUP;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.ipv4(multicastIp);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static ActivateMulticastGroup decodeArgs(BorshReader r) {
    return new ActivateMulticastGroup(r.ipv4("multicast_ip"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [MulticastGroupWithBlockAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, MulticastGroupWithBlockAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
