package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.Objects;

/// Instruction #55 `RemoveMulticastGroupPubAllowlist` (args `RemoveMulticastGroupPubAllowlistArgs`,
/// processor `PROC/multicastgroup/allowlist/publisher/remove.rs`; `serviceability-instructions.md`
/// §1–§3). Removes the group from an access pass's publisher allowlist.
///
/// @param clientIp `client_ip`: Ipv4Addr
/// @param userPayer `user_payer`: Pubkey
public record RemoveMulticastGroupPubAllowlist(Ipv4Address clientIp, PublicKey userPayer)
    implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public RemoveMulticastGroupPubAllowlist {
    Objects.requireNonNull(clientIp, "client_ip");
    Objects.requireNonNull(userPayer, "user_payer");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.REMOVE_MULTICAST_GROUP_PUB_ALLOWLIST;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.ipv4(clientIp);
    w.publicKey(userPayer);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static RemoveMulticastGroupPubAllowlist decodeArgs(BorshReader r) {
    return new RemoveMulticastGroupPubAllowlist(r.ipv4("client_ip"), r.publicKey("user_payer"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [MulticastAllowlistAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, MulticastAllowlistAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
