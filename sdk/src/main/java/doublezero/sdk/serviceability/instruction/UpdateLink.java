package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.serviceability.state.LinkDesiredStatus;
import doublezero.sdk.serviceability.state.LinkLinkType;
import doublezero.sdk.serviceability.state.LinkStatus;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// Instruction #31 `UpdateLink` (args `LinkUpdateArgs`, processor `PROC/link/update.rs`;
/// `serviceability-instructions.md` §1–§3). Overwrites link fields given as Some (code, type and
/// metrics only for side A's contributor); contributor_pk is ignored.
///
/// @param code `code`: Option<String (u32 length + UTF-8)>
/// @param contributorPk `contributor_pk`: Option<Pubkey>
/// @param tunnelType `tunnel_type`: Option<LinkLinkType>
/// @param bandwidth `bandwidth`: Option<u64, unsigned>
/// @param mtu `mtu`: Option<u32>
/// @param delayNs `delay_ns`: Option<u64, unsigned>
/// @param jitterNs `jitter_ns`: Option<u64, unsigned>
/// @param status `status`: Option<LinkStatus>
/// @param delayOverrideNs `delay_override_ns`: Option<u64, unsigned>
/// @param desiredStatus `desired_status`: Option<LinkDesiredStatus>
public record UpdateLink(
    Optional<String> code,
    Optional<PublicKey> contributorPk,
    Optional<LinkLinkType> tunnelType,
    Optional<Long> bandwidth,
    Optional<Long> mtu,
    Optional<Long> delayNs,
    Optional<Long> jitterNs,
    Optional<LinkStatus> status,
    Optional<Long> delayOverrideNs,
    Optional<LinkDesiredStatus> desiredStatus)
    implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public UpdateLink {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(contributorPk, "contributor_pk");
    Objects.requireNonNull(tunnelType, "tunnel_type");
    Objects.requireNonNull(bandwidth, "bandwidth");
    Objects.requireNonNull(mtu, "mtu");
    mtu.ifPresent(x -> Args.u32(x, "mtu"));
    Objects.requireNonNull(delayNs, "delay_ns");
    Objects.requireNonNull(jitterNs, "jitter_ns");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(delayOverrideNs, "delay_override_ns");
    Objects.requireNonNull(desiredStatus, "desired_status");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.UPDATE_LINK;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    Args.writeOption(w, code, (ww, x) -> ww.string(x));
    Args.writeOption(w, contributorPk, (ww, x) -> ww.publicKey(x));
    Args.writeOption(w, tunnelType, (ww, x) -> ww.u8(x.wireValue()));
    Args.writeOption(w, bandwidth, (ww, x) -> ww.u64(x));
    Args.writeOption(w, mtu, (ww, x) -> ww.u32(x));
    Args.writeOption(w, delayNs, (ww, x) -> ww.u64(x));
    Args.writeOption(w, jitterNs, (ww, x) -> ww.u64(x));
    Args.writeOption(w, status, (ww, x) -> ww.u8(x.wireValue()));
    Args.writeOption(w, delayOverrideNs, (ww, x) -> ww.u64(x));
    Args.writeOption(w, desiredStatus, (ww, x) -> ww.u8(x.wireValue()));
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static UpdateLink decodeArgs(BorshReader r) {
    return new UpdateLink(
        Args.readOption(r, "code", x -> x.string("code")),
        Args.readOption(r, "contributor_pk", x -> x.publicKey("contributor_pk")),
        Args.readOption(
            r,
            "tunnel_type",
            x -> x.enumU8("tunnel_type", LinkLinkType::fromWire, LinkLinkType.defaultVariant())),
        Args.readOption(r, "bandwidth", x -> x.u64("bandwidth")),
        Args.readOption(r, "mtu", x -> x.u32("mtu")),
        Args.readOption(r, "delay_ns", x -> x.u64("delay_ns")),
        Args.readOption(r, "jitter_ns", x -> x.u64("jitter_ns")),
        Args.readOption(
            r,
            "status",
            x -> x.enumU8("status", LinkStatus::fromWire, LinkStatus.defaultVariant())),
        Args.readOption(r, "delay_override_ns", x -> x.u64("delay_override_ns")),
        Args.readOption(
            r,
            "desired_status",
            x ->
                x.enumU8(
                    "desired_status",
                    LinkDesiredStatus::fromWire,
                    LinkDesiredStatus.defaultVariant())));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [Accounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, Accounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }

  /// The accounts of `UpdateLink`, in the order the reference SDK (or, where it has no builder, the
  /// processor) expects them (`serviceability-instructions.md` §3). [#metas()] appends the payer
  /// (writable signer) and the system program (marked writable, as the reference SDK does; the
  /// runtime downgrades it), §0.2.
  ///
  /// @param link the link account (writable)
  /// @param contributor the contributor account (writable)
  /// @param sideZDevice the side z device account (absent → not sent) (writable)
  /// @param globalState the global state account (writable)
  /// @param payer the fee payer and signer (writable signer)
  public record Accounts(
      PublicKey link,
      PublicKey contributor,
      Optional<PublicKey> sideZDevice,
      PublicKey globalState,
      PublicKey payer)
      implements AccountGroup {
    /// Copies lists; rejects nulls.
    ///
    /// @throws NullPointerException for a null account or group
    public Accounts {
      Objects.requireNonNull(link, "link");
      Objects.requireNonNull(contributor, "contributor");
      Objects.requireNonNull(sideZDevice, "sideZDevice");
      Objects.requireNonNull(globalState, "globalState");
      Objects.requireNonNull(payer, "payer");
    }

    /// @return the account metas: this instruction's accounts, then payer and system program
    @Override
    public List<AccountMeta> metas() {
      List<AccountMeta> m = new ArrayList<>();
      m.add(AccountMeta.writable(link));
      m.add(AccountMeta.writable(contributor));
      sideZDevice.ifPresent(k -> m.add(AccountMeta.writable(k)));
      m.add(AccountMeta.writable(globalState));
      m.add(AccountMeta.writableSigner(payer));
      m.add(AccountMeta.writable(PublicKey.DEFAULT));
      return List.copyOf(m);
    }
  }
}
