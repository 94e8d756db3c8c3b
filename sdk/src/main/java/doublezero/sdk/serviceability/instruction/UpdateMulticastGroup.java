package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// Instruction #49 `UpdateMulticastGroup` (args `MulticastGroupUpdateArgs`, processor `PROC/multicastgroup/update.rs`; `serviceability-instructions.md` §1–§3).
/// Overwrites group fields given as Some (foundation only).
///
/// @param code `code`: Option<String (u32 length + UTF-8)>
/// @param multicastIp `multicast_ip`: Option<Ipv4Addr>
/// @param maxBandwidth `max_bandwidth`: Option<u64, unsigned>
/// @param publisherCount `publisher_count`: Option<u32>
/// @param subscriberCount `subscriber_count`: Option<u32>
/// @param useOnchainAllocation `use_onchain_allocation`: bool
public record UpdateMulticastGroup(Optional<String> code, Optional<Ipv4Address> multicastIp, Optional<Long> maxBandwidth, Optional<Long> publisherCount, Optional<Long> subscriberCount, boolean useOnchainAllocation) implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException     for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public UpdateMulticastGroup {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(multicastIp, "multicast_ip");
    Objects.requireNonNull(maxBandwidth, "max_bandwidth");
    Objects.requireNonNull(publisherCount, "publisher_count");
    publisherCount.ifPresent(x -> Args.u32(x, "publisher_count"));
    Objects.requireNonNull(subscriberCount, "subscriber_count");
    subscriberCount.ifPresent(x -> Args.u32(x, "subscriber_count"));
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.UPDATE_MULTICAST_GROUP;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    Args.writeOption(w, code, (ww, x) -> ww.string(x));
    Args.writeOption(w, multicastIp, (ww, x) -> ww.ipv4(x));
    Args.writeOption(w, maxBandwidth, (ww, x) -> ww.u64(x));
    Args.writeOption(w, publisherCount, (ww, x) -> ww.u32(x));
    Args.writeOption(w, subscriberCount, (ww, x) -> ww.u32(x));
    w.bool(useOnchainAllocation);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static UpdateMulticastGroup decodeArgs(BorshReader r) {
    return new UpdateMulticastGroup(
        Args.readOption(r, "code", x -> x.string("code")),
        Args.readOption(r, "multicast_ip", x -> x.ipv4("multicast_ip")),
        Args.readOption(r, "max_bandwidth", x -> x.u64("max_bandwidth")),
        Args.readOption(r, "publisher_count", x -> x.u32("publisher_count")),
        Args.readOption(r, "subscriber_count", x -> x.u32("subscriber_count")),
        r.bool("use_onchain_allocation"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts  the accounts, see [Accounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, Accounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }

  /// The accounts of `UpdateMulticastGroup`, in the order the reference SDK (or, where it has no builder, the processor) expects
  /// them (`serviceability-instructions.md` §3). [#metas()] appends the payer (writable signer) and the system program
  /// (marked writable, as the reference SDK does; the runtime downgrades it), §0.2.
  ///
  /// @param multicastGroup the multicast group account (writable)
  /// @param globalState the global state account (writable)
  /// @param multicastGroupBlock the multicast group block account (absent → not sent) (writable)
  /// @param payer the fee payer and signer (writable signer)
  public record Accounts(PublicKey multicastGroup, PublicKey globalState, Optional<PublicKey> multicastGroupBlock, PublicKey payer) implements AccountGroup {
    /// Copies lists; rejects nulls.
    ///
    /// @throws NullPointerException for a null account or group
    public Accounts {
      Objects.requireNonNull(multicastGroup, "multicastGroup");
      Objects.requireNonNull(globalState, "globalState");
      Objects.requireNonNull(multicastGroupBlock, "multicastGroupBlock");
      Objects.requireNonNull(payer, "payer");
    }

    /// @return the account metas: this instruction's accounts, then payer and system program
    @Override
    public List<AccountMeta> metas() {
      List<AccountMeta> m = new ArrayList<>();
      m.add(AccountMeta.writable(multicastGroup));
      m.add(AccountMeta.writable(globalState));
      multicastGroupBlock.ifPresent(k -> m.add(AccountMeta.writable(k)));
      m.add(AccountMeta.writableSigner(payer));
      m.add(AccountMeta.writable(PublicKey.DEFAULT));
      return List.copyOf(m);
    }
  }
}
