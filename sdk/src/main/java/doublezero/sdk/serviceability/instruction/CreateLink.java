package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.serviceability.state.LinkDesiredStatus;
import doublezero.sdk.serviceability.state.LinkLinkType;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// Instruction #28 `CreateLink` (args `LinkCreateArgs`, processor `PROC/link/create.rs`;
/// `serviceability-instructions.md` §1–§3). Creates a link at PDA(account_index + 1): Pending
/// (WAN), Requested (DZX), or Activated with on-chain allocation.
///
/// @param code `code`: String (u32 length + UTF-8)
/// @param linkType `link_type`: LinkLinkType
/// @param bandwidth `bandwidth`: u64, unsigned
/// @param mtu `mtu`: u32
/// @param delayNs `delay_ns`: u64, unsigned
/// @param jitterNs `jitter_ns`: u64, unsigned
/// @param sideAIfaceName `side_a_iface_name`: String (u32 length + UTF-8)
/// @param sideZIfaceName `side_z_iface_name`: Option<String (u32 length + UTF-8)>
/// @param desiredStatus `desired_status`: Option<LinkDesiredStatus>
/// @param useOnchainAllocation `use_onchain_allocation`: bool
public record CreateLink(
    String code,
    LinkLinkType linkType,
    long bandwidth,
    long mtu,
    long delayNs,
    long jitterNs,
    String sideAIfaceName,
    Optional<String> sideZIfaceName,
    Optional<LinkDesiredStatus> desiredStatus,
    boolean useOnchainAllocation)
    implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public CreateLink {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(linkType, "link_type");
    Args.u32(mtu, "mtu");
    Objects.requireNonNull(sideAIfaceName, "side_a_iface_name");
    Objects.requireNonNull(sideZIfaceName, "side_z_iface_name");
    Objects.requireNonNull(desiredStatus, "desired_status");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.CREATE_LINK;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.string(code);
    w.u8(linkType.wireValue());
    w.u64(bandwidth);
    w.u32(mtu);
    w.u64(delayNs);
    w.u64(jitterNs);
    w.string(sideAIfaceName);
    Args.writeOption(w, sideZIfaceName, (ww, x) -> ww.string(x));
    Args.writeOption(w, desiredStatus, (ww, x) -> ww.u8(x.wireValue()));
    w.bool(useOnchainAllocation);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static CreateLink decodeArgs(BorshReader r) {
    return new CreateLink(
        r.string("code"),
        r.enumU8("link_type", LinkLinkType::fromWire, LinkLinkType.defaultVariant()),
        r.u64("bandwidth"),
        r.u32("mtu"),
        r.u64("delay_ns"),
        r.u64("jitter_ns"),
        r.string("side_a_iface_name"),
        Args.readOption(r, "side_z_iface_name", x -> x.string("side_z_iface_name")),
        Args.readOption(
            r,
            "desired_status",
            x ->
                x.enumU8(
                    "desired_status",
                    LinkDesiredStatus::fromWire,
                    LinkDesiredStatus.defaultVariant())),
        r.bool("use_onchain_allocation"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [Accounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, Accounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }

  /// The accounts of `CreateLink`, in the order the reference SDK (or, where it has no builder, the
  /// processor) expects them (`serviceability-instructions.md` §3). [#metas()] appends the payer
  /// (writable signer) and the system program (marked writable, as the reference SDK does; the
  /// runtime downgrades it), §0.2.
  ///
  /// @param link the link account (writable)
  /// @param contributor the contributor account (writable)
  /// @param sideA the side a account (writable)
  /// @param sideZ the side z account (writable)
  /// @param globalState the global state account (writable)
  /// @param allocation the [LinkAllocationAccounts] group (absent → not sent)
  /// @param payer the fee payer and signer (writable signer)
  public record Accounts(
      PublicKey link,
      PublicKey contributor,
      PublicKey sideA,
      PublicKey sideZ,
      PublicKey globalState,
      Optional<LinkAllocationAccounts> allocation,
      PublicKey payer)
      implements AccountGroup {
    /// Copies lists; rejects nulls.
    ///
    /// @throws NullPointerException for a null account or group
    public Accounts {
      Objects.requireNonNull(link, "link");
      Objects.requireNonNull(contributor, "contributor");
      Objects.requireNonNull(sideA, "sideA");
      Objects.requireNonNull(sideZ, "sideZ");
      Objects.requireNonNull(globalState, "globalState");
      Objects.requireNonNull(allocation, "allocation");
      Objects.requireNonNull(payer, "payer");
    }

    /// @return the account metas: this instruction's accounts, then payer and system program
    @Override
    public List<AccountMeta> metas() {
      List<AccountMeta> m = new ArrayList<>();
      m.add(AccountMeta.writable(link));
      m.add(AccountMeta.writable(contributor));
      m.add(AccountMeta.writable(sideA));
      m.add(AccountMeta.writable(sideZ));
      m.add(AccountMeta.writable(globalState));
      allocation.ifPresent(g -> m.addAll(g.metas()));
      m.add(AccountMeta.writableSigner(payer));
      m.add(AccountMeta.writable(PublicKey.DEFAULT));
      return List.copyOf(m);
    }
  }
}
