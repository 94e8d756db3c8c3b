package doublezero.cli.deviceinterface;

import doublezero.cli.args.WireEnumArgs;
import doublezero.sdk.serviceability.state.InterfaceCyoa;
import doublezero.sdk.serviceability.state.InterfaceDia;
import doublezero.sdk.serviceability.state.LoopbackType;
import doublezero.sdk.serviceability.state.RoutingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/// The clap `ValueEnum` flags of the interface commands (reference
/// `smartcontract/cli/src/device/interface/ types.rs`): kebab-case names, matched exactly.
final class InterfaceChoices {
  private static final Map<String, LoopbackType> LOOPBACK =
      ordered(
          "vpnv4",
          LoopbackType.VPNV4,
          "ipv4",
          LoopbackType.IPV4,
          "pim-rp-addr",
          LoopbackType.PIM_RP_ADDR);
  private static final Map<String, InterfaceCyoa> CYOA =
      ordered(
          "gre-over-dia",
          InterfaceCyoa.GRE_OVER_DIA,
          "gre-over-fabric",
          InterfaceCyoa.GRE_OVER_FABRIC,
          "gre-over-private-peering",
          InterfaceCyoa.GRE_OVER_PRIVATE_PEERING,
          "gre-over-public-peering",
          InterfaceCyoa.GRE_OVER_PUBLIC_PEERING,
          "gre-over-cable",
          InterfaceCyoa.GRE_OVER_CABLE);
  private static final Map<String, InterfaceDia> DIA =
      ordered("none", InterfaceDia.NONE, "dia", InterfaceDia.DIA);
  private static final Map<String, RoutingMode> ROUTING =
      ordered("static", RoutingMode.STATIC, "bgp", RoutingMode.BGP);

  private InterfaceChoices() {}

  @SuppressWarnings("unchecked")
  private static <E> Map<String, E> ordered(Object... pairs) {
    Map<String, E> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], (E) pairs[i + 1]);
    }
    return m;
  }

  /// @param text `--loopback-type` or null
  /// @return the loopback type
  /// @throws IllegalArgumentException for another value
  static Optional<LoopbackType> loopback(String text) {
    return Optional.ofNullable(text).map(t -> WireEnumArgs.choice("--loopback-type", t, LOOPBACK));
  }

  /// @param text `--interface-cyoa` or null
  /// @return the CYOA mode
  /// @throws IllegalArgumentException for another value
  static Optional<InterfaceCyoa> cyoa(String text) {
    return Optional.ofNullable(text).map(t -> WireEnumArgs.choice("--interface-cyoa", t, CYOA));
  }

  /// @param text `--interface-dia` or null
  /// @return the DIA mode
  /// @throws IllegalArgumentException for another value
  static Optional<InterfaceDia> dia(String text) {
    return Optional.ofNullable(text).map(t -> WireEnumArgs.choice("--interface-dia", t, DIA));
  }

  /// @param text `--routing-mode` or null
  /// @return the routing mode
  /// @throws IllegalArgumentException for another value
  static Optional<RoutingMode> routing(String text) {
    return Optional.ofNullable(text).map(t -> WireEnumArgs.choice("--routing-mode", t, ROUTING));
  }
}
