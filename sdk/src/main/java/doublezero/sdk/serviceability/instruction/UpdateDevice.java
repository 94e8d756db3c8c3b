package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.DeviceDesiredStatus;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.DeviceType;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// Instruction #23 `UpdateDevice` (args `DeviceUpdateArgs`, processor `PROC/device/update.rs`;
/// `serviceability-instructions.md` §1–§3). Overwrites each device field given as Some; moves the
/// location and resizes dz-prefix resources when asked.
///
/// @param code `code`: Option<String (u32 length + UTF-8)>
/// @param deviceType `device_type`: Option<DeviceType>
/// @param contributorPk `contributor_pk`: Option<Pubkey>
/// @param publicIp `public_ip`: Option<Ipv4Addr>
/// @param dzPrefixes `dz_prefixes`: Option<NetworkV4List>
/// @param metricsPublisherPk `metrics_publisher_pk`: Option<Pubkey>
/// @param mgmtVrf `mgmt_vrf`: Option<String (u32 length + UTF-8)>
/// @param maxUsers `max_users`: Option<u16>
/// @param usersCount `users_count`: Option<u16>
/// @param status `status`: Option<DeviceStatus>
/// @param desiredStatus `desired_status`: Option<DeviceDesiredStatus>
/// @param resourceCount `resource_count`: usize, encoded as u64
/// @param referenceCount `reference_count`: Option<u32>
/// @param maxUnicastUsers `max_unicast_users`: Option<u16>
/// @param maxMulticastSubscribers `max_multicast_subscribers`: Option<u16>
/// @param unicastUsersCount `unicast_users_count`: Option<u16>
/// @param maxMulticastPublishers `max_multicast_publishers`: Option<u16>
/// @param multicastSubscribersCount `multicast_subscribers_count`: Option<u16>
/// @param multicastPublishersCount `multicast_publishers_count`: Option<u16>
public record UpdateDevice(
    Optional<String> code,
    Optional<DeviceType> deviceType,
    Optional<PublicKey> contributorPk,
    Optional<Ipv4Address> publicIp,
    Optional<List<NetworkV4>> dzPrefixes,
    Optional<PublicKey> metricsPublisherPk,
    Optional<String> mgmtVrf,
    Optional<Integer> maxUsers,
    Optional<Integer> usersCount,
    Optional<DeviceStatus> status,
    Optional<DeviceDesiredStatus> desiredStatus,
    long resourceCount,
    Optional<Long> referenceCount,
    Optional<Integer> maxUnicastUsers,
    Optional<Integer> maxMulticastSubscribers,
    Optional<Integer> unicastUsersCount,
    Optional<Integer> maxMulticastPublishers,
    Optional<Integer> multicastSubscribersCount,
    Optional<Integer> multicastPublishersCount)
    implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public UpdateDevice {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(deviceType, "device_type");
    Objects.requireNonNull(contributorPk, "contributor_pk");
    Objects.requireNonNull(publicIp, "public_ip");
    dzPrefixes = Objects.requireNonNull(dzPrefixes, "dz_prefixes").map(List::copyOf);
    Objects.requireNonNull(metricsPublisherPk, "metrics_publisher_pk");
    Objects.requireNonNull(mgmtVrf, "mgmt_vrf");
    Objects.requireNonNull(maxUsers, "max_users");
    maxUsers.ifPresent(x -> Args.u16(x, "max_users"));
    Objects.requireNonNull(usersCount, "users_count");
    usersCount.ifPresent(x -> Args.u16(x, "users_count"));
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(desiredStatus, "desired_status");
    Objects.requireNonNull(referenceCount, "reference_count");
    referenceCount.ifPresent(x -> Args.u32(x, "reference_count"));
    Objects.requireNonNull(maxUnicastUsers, "max_unicast_users");
    maxUnicastUsers.ifPresent(x -> Args.u16(x, "max_unicast_users"));
    Objects.requireNonNull(maxMulticastSubscribers, "max_multicast_subscribers");
    maxMulticastSubscribers.ifPresent(x -> Args.u16(x, "max_multicast_subscribers"));
    Objects.requireNonNull(unicastUsersCount, "unicast_users_count");
    unicastUsersCount.ifPresent(x -> Args.u16(x, "unicast_users_count"));
    Objects.requireNonNull(maxMulticastPublishers, "max_multicast_publishers");
    maxMulticastPublishers.ifPresent(x -> Args.u16(x, "max_multicast_publishers"));
    Objects.requireNonNull(multicastSubscribersCount, "multicast_subscribers_count");
    multicastSubscribersCount.ifPresent(x -> Args.u16(x, "multicast_subscribers_count"));
    Objects.requireNonNull(multicastPublishersCount, "multicast_publishers_count");
    multicastPublishersCount.ifPresent(x -> Args.u16(x, "multicast_publishers_count"));
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.UPDATE_DEVICE;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    Args.writeOption(w, code, (ww, x) -> ww.string(x));
    Args.writeOption(w, deviceType, (ww, x) -> ww.u8(x.wireValue()));
    Args.writeOption(w, contributorPk, (ww, x) -> ww.publicKey(x));
    Args.writeOption(w, publicIp, (ww, x) -> ww.ipv4(x));
    Args.writeOption(w, dzPrefixes, (ww, x) -> ww.vec(x, BorshWriter::networkV4));
    Args.writeOption(w, metricsPublisherPk, (ww, x) -> ww.publicKey(x));
    Args.writeOption(w, mgmtVrf, (ww, x) -> ww.string(x));
    Args.writeOption(w, maxUsers, (ww, x) -> ww.u16(x));
    Args.writeOption(w, usersCount, (ww, x) -> ww.u16(x));
    Args.writeOption(w, status, (ww, x) -> ww.u8(x.wireValue()));
    Args.writeOption(w, desiredStatus, (ww, x) -> ww.u8(x.wireValue()));
    w.u64(resourceCount);
    Args.writeOption(w, referenceCount, (ww, x) -> ww.u32(x));
    Args.writeOption(w, maxUnicastUsers, (ww, x) -> ww.u16(x));
    Args.writeOption(w, maxMulticastSubscribers, (ww, x) -> ww.u16(x));
    Args.writeOption(w, unicastUsersCount, (ww, x) -> ww.u16(x));
    Args.writeOption(w, maxMulticastPublishers, (ww, x) -> ww.u16(x));
    Args.writeOption(w, multicastSubscribersCount, (ww, x) -> ww.u16(x));
    Args.writeOption(w, multicastPublishersCount, (ww, x) -> ww.u16(x));
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static UpdateDevice decodeArgs(BorshReader r) {
    return new UpdateDevice(
        Args.readOption(r, "code", x -> x.string("code")),
        Args.readOption(
            r,
            "device_type",
            x -> x.enumU8("device_type", DeviceType::fromWire, DeviceType.defaultVariant())),
        Args.readOption(r, "contributor_pk", x -> x.publicKey("contributor_pk")),
        Args.readOption(r, "public_ip", x -> x.ipv4("public_ip")),
        Args.readOption(
            r, "dz_prefixes", x -> x.vec("dz_prefixes", e -> e.networkV4("dz_prefixes"))),
        Args.readOption(r, "metrics_publisher_pk", x -> x.publicKey("metrics_publisher_pk")),
        Args.readOption(r, "mgmt_vrf", x -> x.string("mgmt_vrf")),
        Args.readOption(r, "max_users", x -> x.u16("max_users")),
        Args.readOption(r, "users_count", x -> x.u16("users_count")),
        Args.readOption(
            r,
            "status",
            x -> x.enumU8("status", DeviceStatus::fromWire, DeviceStatus.defaultVariant())),
        Args.readOption(
            r,
            "desired_status",
            x ->
                x.enumU8(
                    "desired_status",
                    DeviceDesiredStatus::fromWire,
                    DeviceDesiredStatus.defaultVariant())),
        r.u64("resource_count"),
        Args.readOption(r, "reference_count", x -> x.u32("reference_count")),
        Args.readOption(r, "max_unicast_users", x -> x.u16("max_unicast_users")),
        Args.readOption(r, "max_multicast_subscribers", x -> x.u16("max_multicast_subscribers")),
        Args.readOption(r, "unicast_users_count", x -> x.u16("unicast_users_count")),
        Args.readOption(r, "max_multicast_publishers", x -> x.u16("max_multicast_publishers")),
        Args.readOption(
            r, "multicast_subscribers_count", x -> x.u16("multicast_subscribers_count")),
        Args.readOption(r, "multicast_publishers_count", x -> x.u16("multicast_publishers_count")));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [Accounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, Accounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }

  /// The accounts of `UpdateDevice`, in the order the reference SDK (or, where it has no builder,
  /// the processor) expects them (`serviceability-instructions.md` §3). [#metas()] appends the
  /// payer (writable signer) and the system program (marked writable, as the reference SDK does;
  /// the runtime downgrades it), §0.2.
  ///
  /// @param device the device account (writable)
  /// @param contributor the contributor account (writable)
  /// @param oldLocation the old location account (writable)
  /// @param newLocation the new location account (writable)
  /// @param globalState the global state account (writable)
  /// @param allocation the [DeviceAllocationAccounts] group (absent → not sent)
  /// @param payer the fee payer and signer (writable signer)
  public record Accounts(
      PublicKey device,
      PublicKey contributor,
      PublicKey oldLocation,
      PublicKey newLocation,
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
      Objects.requireNonNull(oldLocation, "oldLocation");
      Objects.requireNonNull(newLocation, "newLocation");
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
      m.add(AccountMeta.writable(oldLocation));
      m.add(AccountMeta.writable(newLocation));
      m.add(AccountMeta.writable(globalState));
      allocation.ifPresent(g -> m.addAll(g.metas()));
      m.add(AccountMeta.writableSigner(payer));
      m.add(AccountMeta.writable(PublicKey.DEFAULT));
      return List.copyOf(m);
    }
  }
}
