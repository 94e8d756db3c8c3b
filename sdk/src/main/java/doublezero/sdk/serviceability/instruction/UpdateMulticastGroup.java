package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.Objects;
import java.util.Optional;

/// Instruction #49 `UpdateMulticastGroup` (args `MulticastGroupUpdateArgs`, processor
/// `PROC/multicastgroup/update.rs`; `serviceability-instructions.md` §1–§3). Overwrites group
/// fields given as Some (foundation only).
///
/// @param code `code`: Option<String (u32 length + UTF-8)>
/// @param multicastIp `multicast_ip`: Option<Ipv4Addr>
/// @param maxBandwidth `max_bandwidth`: Option<u64, unsigned>
/// @param publisherCount `publisher_count`: Option<u32>
/// @param subscriberCount `subscriber_count`: Option<u32>
/// @param useOnchainAllocation `use_onchain_allocation`: bool
public record UpdateMulticastGroup(
    Optional<String> code,
    Optional<Ipv4Address> multicastIp,
    Optional<Long> maxBandwidth,
    Optional<Long> publisherCount,
    Optional<Long> subscriberCount,
    boolean useOnchainAllocation)
    implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
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
  /// @param accounts the accounts, see [MulticastGroupWithBlockAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, MulticastGroupWithBlockAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
