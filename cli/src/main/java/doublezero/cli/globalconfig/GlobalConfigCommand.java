package doublezero.cli.globalconfig;

import doublezero.cli.args.NetworkConverter;
import doublezero.cli.args.U16Converter;
import doublezero.cli.args.U32Converter;
import doublezero.cli.command.CliCommand;
import doublezero.cli.command.GroupCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.output.Detail;
import doublezero.cli.output.Display;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.instruction.SetGlobalConfig;
import doublezero.sdk.serviceability.state.GlobalConfig;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `doublezero global-config
/// get|set|authority|airdrop|allowlist|qa-allowlist|set-version|feature-flags` (reference
/// `client/doublezero/src/cli/globalconfig.rs`, `smartcontract/cli/src/globalconfig/**`,
/// `allowlist/**`); `set-version` and `feature-flags` are hidden.
@Command(
    name = "global-config",
    description = "Global network configuration.",
    subcommands = {
      GlobalConfigCommand.Get.class,
      GlobalConfigCommand.Set.class,
      AuthorityCommand.class,
      AirdropCommand.class,
      AllowlistCommand.Foundation.class,
      AllowlistCommand.Qa.class,
      SetVersionCommand.class,
      FeatureFlagsCommand.class
    })
public final class GlobalConfigCommand extends GroupCommand {

  /// @param s the session
  /// @return the GlobalState
  /// @throws CliException `Globalstate not initialized`
  static GlobalState globalState(Session s) {
    return s.ledger()
        .globalState()
        .orElseThrow(() -> new CliException("Globalstate not initialized"));
  }

  @Command(name = "get", description = "Get the current global configuration.")
  static final class Get extends CliCommand {
    @Option(names = "--json", description = "Output as JSON.")
    boolean json;

    @Override
    protected void execute(Session s) {
      GlobalConfig c =
          s.ledger().globalConfig().orElseThrow(() -> new CliException("Invalid global config"));
      Detail.print(s.out(), detail(c), json);
    }

    /// @param c the GlobalConfig
    /// @return the reference's `ConfigDisplay`
    static Display detail(GlobalConfig c) {
      return new Display()
          .number("local_asn", c.localAsn())
          .number("remote_asn", c.remoteAsn())
          .text("device_tunnel_block", c.deviceTunnelBlock().toString())
          .text("user_tunnel_block", c.userTunnelBlock().toString())
          .text("multicast_group_block", c.multicastgroupBlock().toString())
          .text("multicast_publisher_block", c.multicastPublisherBlock().toString())
          .number("next_bgp_community", c.nextBgpCommunity());
    }
  }

  /// SetGlobalConfig (#3) as the reference SDK's `SetGlobalConfigCommand` builds it: absent values
  /// are taken from the current GlobalConfig, except `next_bgp_community` (sent as given) and
  /// `multicast_publisher_block` (defaults to `148.51.120.0/21` when omitted, as the reference flag
  /// does). Accounts `[globalconfig, globalstate, device_tunnel_block, user_tunnel_block,
  /// multicastgroup_block, link_ids, segment_routing_ids, multicast_publisher_block, vrf_ids,
  /// payer, system]`.
  @Command(name = "set", description = "Set the global configuration.")
  static final class Set extends CliCommand {
    @Option(names = "--local-asn", converter = U32Converter.class, description = "Local ASN.")
    Long localAsn;

    @Option(names = "--remote-asn", converter = U32Converter.class, description = "Remote ASN.")
    Long remoteAsn;

    @Option(
        names = "--device-tunnel-block",
        converter = NetworkConverter.class,
        description = "Link tunnel block (CIDR).")
    NetworkV4 deviceTunnelBlock;

    @Option(
        names = "--user-tunnel-block",
        converter = NetworkConverter.class,
        description = "User tunnel block (CIDR).")
    NetworkV4 userTunnelBlock;

    @Option(
        names = "--multicastgroup-block",
        converter = NetworkConverter.class,
        description = "Multicast group block (CIDR).")
    NetworkV4 multicastgroupBlock;

    @Option(
        names = "--next-bgp-community",
        converter = U16Converter.class,
        description = "Next BGP community to assign.")
    Integer nextBgpCommunity;

    @Option(
        names = "--multicast-publisher-block",
        converter = NetworkConverter.class,
        defaultValue = "148.51.120.0/21",
        description = "Multicast publisher block (CIDR, default: ${DEFAULT-VALUE}).")
    NetworkV4 multicastPublisherBlock;

    @Override
    protected void execute(Session s) {
      Sender.checkBalance(s, s.signer());
      if (nextBgpCommunity != null
          && (nextBgpCommunity < GlobalConfig.BGP_COMMUNITY_MIN
              || nextBgpCommunity > GlobalConfig.BGP_COMMUNITY_MAX)) {
        throw new CliException(
            "BGP community "
                + nextBgpCommunity
                + " is out of valid range "
                + GlobalConfig.BGP_COMMUNITY_MIN
                + "-"
                + GlobalConfig.BGP_COMMUNITY_MAX);
      }
      globalState(s);
      PublicKey p = s.connection().programId();
      Sender.send(
          s,
          merge(s.ledger().globalConfig())
              .toInstruction(p, SetGlobalConfig.Accounts.derive(p, s.signer().publicKey())));
    }

    private SetGlobalConfig merge(Optional<GlobalConfig> current) {
      boolean complete =
          localAsn != null
              && remoteAsn != null
              && deviceTunnelBlock != null
              && userTunnelBlock != null
              && multicastgroupBlock != null;
      if (complete) {
        return new SetGlobalConfig(
            localAsn,
            remoteAsn,
            deviceTunnelBlock,
            userTunnelBlock,
            multicastgroupBlock,
            Optional.ofNullable(nextBgpCommunity),
            multicastPublisherBlock);
      }
      GlobalConfig c =
          current.orElseThrow(
              () ->
                  new CliException(
                      "Invalid SetGlobalConfigCommand; incomplete set command with no valid config"
                          + " to update"));
      return new SetGlobalConfig(
          localAsn != null ? localAsn : c.localAsn(),
          remoteAsn != null ? remoteAsn : c.remoteAsn(),
          deviceTunnelBlock != null ? deviceTunnelBlock : c.deviceTunnelBlock(),
          userTunnelBlock != null ? userTunnelBlock : c.userTunnelBlock(),
          multicastgroupBlock != null ? multicastgroupBlock : c.multicastgroupBlock(),
          Optional.ofNullable(nextBgpCommunity),
          multicastPublisherBlock);
    }
  }
}
