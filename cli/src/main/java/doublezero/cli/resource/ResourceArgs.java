package doublezero.cli.resource;

import doublezero.cli.args.Validators;
import doublezero.cli.error.CliException;
import doublezero.cli.ledger.LedgerView;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.instruction.IdOrIp;
import doublezero.sdk.serviceability.instruction.ResourceType;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.ServiceabilityAccount;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/// The `--resource-type`, `--associated-pubkey` and `--index` flags every `resource` command shares
/// (reference `smartcontract/cli/src/resource/mod.rs`): the kind, and for
/// `dz-prefix-block`/`tunnel-ids` the device and index. An unparsable `--associated-pubkey`
/// silently becomes the default key and `--index` defaults to 0, as in the reference.
public final class ResourceArgs {
  /// The CLI's resource kinds (clap `ValueEnum` names).
  enum Kind {
    DEVICE_TUNNEL_BLOCK,
    USER_TUNNEL_BLOCK,
    MULTICAST_GROUP_BLOCK,
    MULTICAST_PUBLISHER_BLOCK,
    DZ_PREFIX_BLOCK,
    TUNNEL_IDS,
    LINK_IDS,
    SEGMENT_ROUTING_IDS,
    VRF_IDS;

    String cliName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    boolean isIp() {
      return switch (this) {
        case DEVICE_TUNNEL_BLOCK,
            USER_TUNNEL_BLOCK,
            MULTICAST_GROUP_BLOCK,
            MULTICAST_PUBLISHER_BLOCK,
            DZ_PREFIX_BLOCK ->
            true;
        case TUNNEL_IDS, LINK_IDS, SEGMENT_ROUTING_IDS, VRF_IDS -> false;
      };
    }
  }

  /// Parses the kebab-case kind names.
  static final class KindConverter implements ITypeConverter<Kind> {
    @Override
    public Kind convert(String v) {
      for (Kind k : Kind.values()) {
        if (k.cliName().equals(v)) {
          return k;
        }
      }
      throw new TypeConversionException(
          "invalid value '"
              + v
              + "' [possible values: device-tunnel-block, user-tunnel-block, multicast-group-block,"
              + " multicast-publisher-block, dz-prefix-block, tunnel-ids, link-ids,"
              + " segment-routing-ids, vrf-ids]");
    }
  }

  @Option(
      names = "--resource-type",
      required = true,
      converter = KindConverter.class,
      description = "Type of resource extension")
  Kind kind;

  @Option(
      names = "--associated-pubkey",
      description = "Associated public key (only for DzPrefixBlock and TunnelIds)")
  String associatedPubkey;

  @Option(names = "--index", description = "Index (only for DzPrefixBlock and TunnelIds)")
  Long index;

  /// @return the SDK resource type
  ResourceType type() {
    PublicKey pk =
        associatedPubkey == null
            ? PublicKey.DEFAULT
            : Validators.asPubkey(associatedPubkey).orElse(PublicKey.DEFAULT);
    long idx = index == null ? 0 : index;
    return switch (kind) {
      case DEVICE_TUNNEL_BLOCK -> ResourceType.Global.DEVICE_TUNNEL_BLOCK;
      case USER_TUNNEL_BLOCK -> ResourceType.Global.USER_TUNNEL_BLOCK;
      case MULTICAST_GROUP_BLOCK -> ResourceType.Global.MULTICAST_GROUP_BLOCK;
      case MULTICAST_PUBLISHER_BLOCK -> ResourceType.Global.MULTICAST_PUBLISHER_BLOCK;
      case DZ_PREFIX_BLOCK -> new ResourceType.DzPrefixBlock(pk, idx);
      case TUNNEL_IDS -> new ResourceType.TunnelIds(pk, idx);
      case LINK_IDS -> ResourceType.Global.LINK_IDS;
      case SEGMENT_ROUTING_IDS -> ResourceType.Global.SEGMENT_ROUTING_IDS;
      case VRF_IDS -> ResourceType.Global.VRF_IDS;
    };
  }

  /// @param programId the serviceability program
  /// @param t a resource type
  /// @return its resource-extension PDA
  static PublicKey address(PublicKey programId, ResourceType t) {
    return switch (t) {
      case ResourceType.DzPrefixBlock d ->
          ServiceabilityPdas.dzPrefixBlock(programId, d.device(), d.index()).address();
      case ResourceType.TunnelIds d ->
          ServiceabilityPdas.tunnelIds(programId, d.device(), d.index()).address();
      case ResourceType.Global g ->
          switch (g) {
            case DEVICE_TUNNEL_BLOCK -> ServiceabilityPdas.deviceTunnelBlock(programId).address();
            case USER_TUNNEL_BLOCK -> ServiceabilityPdas.userTunnelBlock(programId).address();
            case MULTICAST_GROUP_BLOCK ->
                ServiceabilityPdas.multicastGroupBlock(programId).address();
            case MULTICAST_PUBLISHER_BLOCK ->
                ServiceabilityPdas.multicastPublisherBlock(programId).address();
            case LINK_IDS -> ServiceabilityPdas.linkIds(programId).address();
            case SEGMENT_ROUTING_IDS -> ServiceabilityPdas.segmentRoutingIds(programId).address();
            case VRF_IDS -> ServiceabilityPdas.vrfIds(programId).address();
          };
    };
  }

  /// @param t a resource type
  /// @return the device of a per-device kind, else the default key (the reference's
  ///   `associated_account_pk`)
  static PublicKey associated(ResourceType t) {
    return switch (t) {
      case ResourceType.DzPrefixBlock d -> d.device();
      case ResourceType.TunnelIds d -> d.device();
      case ResourceType.Global g -> PublicKey.DEFAULT;
    };
  }

  /// The reference's `check_device_if_needed`: a per-device kind needs the device, with a dz_prefix
  /// at the index.
  ///
  /// @param l the snapshot
  /// @param t the resource type
  /// @throws CliException when the device is missing or has no dz_prefix at the index
  static void checkDevice(LedgerView l, ResourceType t) {
    PublicKey device = associated(t);
    long idx =
        switch (t) {
          case ResourceType.DzPrefixBlock d -> d.index();
          case ResourceType.TunnelIds d -> d.index();
          case ResourceType.Global g -> -1;
        };
    if (idx < 0) {
      return;
    }
    Device d =
        l.get(device, Device.class)
            .orElseThrow(
                () ->
                    new CliException(
                        l.get(device, ServiceabilityAccount.class).isPresent()
                            ? "Invalid Account Type"
                            : "AccountNotFound: pubkey=" + device));
    if (d.dzPrefixes().size() <= idx) {
      throw new CliException("Device does not have a DzPrefixBlock at index " + idx);
    }
  }

  /// @param text a network (IP kinds) or an id (id kinds)
  /// @return the value
  /// @throws CliException `Failed to parse IP address` / `Failed to parse ID` (the reference panics
  ///   with these)
  IdOrIp value(String text) {
    if (kind.isIp()) {
      try {
        return new IdOrIp.Ip(NetworkV4.parse(text));
      } catch (RuntimeException e) {
        throw new CliException("Failed to parse IP address: " + text);
      }
    }
    try {
      int id = Integer.parseInt(text);
      if (id < 0 || id > 0xFFFF) {
        throw new NumberFormatException();
      }
      return new IdOrIp.Id(id);
    } catch (NumberFormatException e) {
      throw new CliException("Failed to parse ID: " + text);
    }
  }
}
