package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.DeviceDesiredStatus;
import doublezero.sdk.serviceability.state.DeviceType;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// Instruction #20 `CreateDevice` (args `DeviceCreateArgs`, processor `PROC/device/create.rs`;
/// `serviceability-instructions.md` §1–§3). Creates a device at PDA(account_index + 1): Pending, or
/// Activated with its resources when resource_count ≥ 2.
///
/// @param code `code`: String (u32 length + UTF-8)
/// @param deviceType `device_type`: DeviceType
/// @param publicIp `public_ip`: Ipv4Addr
/// @param dzPrefixes `dz_prefixes`: NetworkV4List
/// @param metricsPublisherPk `metrics_publisher_pk`: Pubkey
/// @param mgmtVrf `mgmt_vrf`: String (u32 length + UTF-8)
/// @param desiredStatus `desired_status`: Option<DeviceDesiredStatus>
/// @param resourceCount `resource_count`: u8
public record CreateDevice(
    String code,
    DeviceType deviceType,
    Ipv4Address publicIp,
    List<NetworkV4> dzPrefixes,
    PublicKey metricsPublisherPk,
    String mgmtVrf,
    Optional<DeviceDesiredStatus> desiredStatus,
    int resourceCount)
    implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public CreateDevice {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(deviceType, "device_type");
    Objects.requireNonNull(publicIp, "public_ip");
    dzPrefixes = List.copyOf(dzPrefixes);
    Objects.requireNonNull(metricsPublisherPk, "metrics_publisher_pk");
    Objects.requireNonNull(mgmtVrf, "mgmt_vrf");
    Objects.requireNonNull(desiredStatus, "desired_status");
    Args.u8(resourceCount, "resource_count");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.CREATE_DEVICE;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.string(code);
    w.u8(deviceType.wireValue());
    w.ipv4(publicIp);
    w.vec(dzPrefixes, BorshWriter::networkV4);
    w.publicKey(metricsPublisherPk);
    w.string(mgmtVrf);
    Args.writeOption(w, desiredStatus, (ww, x) -> ww.u8(x.wireValue()));
    w.u8(resourceCount);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static CreateDevice decodeArgs(BorshReader r) {
    return new CreateDevice(
        r.string("code"),
        r.enumU8("device_type", DeviceType::fromWire, DeviceType.defaultVariant()),
        r.ipv4("public_ip"),
        r.vec("dz_prefixes", e -> e.networkV4("dz_prefixes")),
        r.publicKey("metrics_publisher_pk"),
        r.string("mgmt_vrf"),
        Args.readOption(
            r,
            "desired_status",
            x ->
                x.enumU8(
                    "desired_status",
                    DeviceDesiredStatus::fromWire,
                    DeviceDesiredStatus.defaultVariant())),
        r.u8("resource_count"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [Accounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, Accounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }

  /// The accounts of `CreateDevice`, in the order the reference SDK (or, where it has no builder,
  /// the processor) expects them (`serviceability-instructions.md` §3). [#metas()] appends the
  /// payer (writable signer) and the system program (marked writable, as the reference SDK does;
  /// the runtime downgrades it), §0.2.
  ///
  /// @param device the device account (writable)
  /// @param contributor the contributor account (writable)
  /// @param location the location account (writable)
  /// @param exchange the exchange account (writable)
  /// @param globalState the global state account (writable)
  /// @param allocation the [DeviceAllocationAccounts] group (absent → not sent)
  /// @param payer the fee payer and signer (writable signer)
  public record Accounts(
      PublicKey device,
      PublicKey contributor,
      PublicKey location,
      PublicKey exchange,
      PublicKey globalState,
      Optional<DeviceAllocationAccounts> allocation,
      PublicKey payer)
      implements AccountGroup {
    /// Copies lists; rejects nulls.
    ///
    /// @throws NullPointerException for a null account or group
    public Accounts {
      Objects.requireNonNull(device, "device");
      Objects.requireNonNull(contributor, "contributor");
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(exchange, "exchange");
      Objects.requireNonNull(globalState, "globalState");
      Objects.requireNonNull(allocation, "allocation");
      Objects.requireNonNull(payer, "payer");
    }

    /// @return the account metas: this instruction's accounts, then payer and system program
    @Override
    public List<AccountMeta> metas() {
      List<AccountMeta> m = new ArrayList<>();
      m.add(AccountMeta.writable(device));
      m.add(AccountMeta.writable(contributor));
      m.add(AccountMeta.writable(location));
      m.add(AccountMeta.writable(exchange));
      m.add(AccountMeta.writable(globalState));
      allocation.ifPresent(g -> m.addAll(g.metas()));
      m.add(AccountMeta.writableSigner(payer));
      m.add(AccountMeta.writable(PublicKey.DEFAULT));
      return List.copyOf(m);
    }
  }
}
