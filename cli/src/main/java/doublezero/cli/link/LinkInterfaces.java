package doublezero.cli.link;

import doublezero.cli.error.CliException;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.InterfaceCyoa;
import doublezero.sdk.serviceability.state.InterfaceDia;
import doublezero.sdk.serviceability.state.InterfaceStatus;
import doublezero.sdk.serviceability.state.InterfaceType;
import doublezero.sdk.serviceability.state.InterfaceV2;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/// The link ends' interface rules of `link create wan|dzx` and `link accept` (reference
/// `smartcontract/cli/src/link/{wan_create,dzx_create,accept}.rs`): the interface must exist on the
/// device, be physical, `unlinked`, carry no CYOA/DIA assignment and have MTU 2048. Project
/// addition: [#pick] chooses the one eligible interface when the flag is omitted.
final class LinkInterfaces {
  /// The MTU a link interface must have.
  static final int LINK_MTU = 2048;

  private LinkInterfaces() {}

  /// @param d the device
  /// @param name an interface name (compared ignoring case)
  /// @param side `A` or `Z`
  /// @return the interface in its current version
  /// @throws CliException `Interface '<name>' not found on side <side> device`
  static InterfaceV2 find(Device d, String name, String side) {
    return d.interfaces().stream()
        .map(i -> i.toCurrentVersion())
        .filter(i -> i.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(
            () ->
                new CliException("Interface '" + name + "' not found on side " + side + " device"));
  }

  /// Physical and `unlinked` (the `link accept` rule).
  ///
  /// @param i the interface
  /// @param name the name as given
  /// @param side `A` or `Z`
  /// @throws CliException with the reference's message
  static void checkPhysicalUnlinked(InterfaceV2 i, String name, String side) {
    if (i.interfaceType() != InterfaceType.PHYSICAL) {
      throw new CliException(
          "Interface '" + name + "' on side " + side + " device must be a physical interface");
    }
    if (i.status() != InterfaceStatus.UNLINKED) {
      throw new CliException(
          "Interface '" + name + "' on side " + side + " device must be unlinked");
    }
  }

  /// The full rule of `link create`.
  ///
  /// @param i the interface
  /// @param name the name as given
  /// @param side `A` or `Z`
  /// @param linkType `WAN` or `DZX`, for the MTU message
  /// @throws CliException with the reference's message
  static void checkUsable(InterfaceV2 i, String name, String side, String linkType) {
    checkPhysicalUnlinked(i, name, side);
    if (i.interfaceCyoa() != InterfaceCyoa.NONE || i.interfaceDia() != InterfaceDia.NONE) {
      throw new CliException(
          "Interface '"
              + name
              + "' on side "
              + side
              + " device has a CYOA or DIA assignment and cannot be used for links");
    }
    if (i.mtu() != LINK_MTU) {
      throw new CliException(
          "Interface '"
              + name
              + "' on side "
              + side
              + " device has MTU "
              + i.mtu()
              + " but "
              + linkType
              + " link interfaces must have MTU 2048");
    }
  }

  /// @param i an interface
  /// @return whether `link create` accepts it
  static boolean eligible(InterfaceV2 i) {
    return i.interfaceType() == InterfaceType.PHYSICAL
        && i.status() == InterfaceStatus.UNLINKED
        && i.interfaceCyoa() == InterfaceCyoa.NONE
        && i.interfaceDia() == InterfaceDia.NONE
        && i.mtu() == LINK_MTU;
  }

  /// Project addition: the interface to use when `--side-a-interface`/`--side-z-interface` is
  /// omitted.
  ///
  /// @param d the device
  /// @param flag the omitted flag, for the message
  /// @return the name of the device's only eligible interface
  /// @throws CliException naming the device and listing the candidates when there are none or
  ///   several
  static String pick(Device d, String flag) {
    List<InterfaceV2> all = d.interfaces().stream().map(i -> i.toCurrentVersion()).toList();
    List<String> eligible =
        all.stream().filter(LinkInterfaces::eligible).map(InterfaceV2::name).toList();
    if (eligible.size() == 1) {
      return eligible.getFirst();
    }
    if (eligible.isEmpty()) {
      String have =
          all.isEmpty()
              ? "none"
              : all.stream()
                  .map(
                      i ->
                          i.name()
                              + " ("
                              + i.interfaceType().rustDisplay()
                              + ", "
                              + i.status().rustDisplay()
                              + ", mtu "
                              + i.mtu()
                              + ")")
                  .collect(Collectors.joining(", "));
      throw new CliException(
          "Device '"
              + d.code()
              + "' has no interface eligible for a link (physical, unlinked, "
              + "no CYOA/DIA, MTU 2048); its interfaces: "
              + have
              + ". Create one with `doublezero device interface "
              + "create "
              + d.code()
              + " <NAME> --bandwidth <BW>` and wait for it to be unlinked, or pass "
              + flag);
    }
    throw new CliException(
        "Device '"
            + d.code()
            + "' has "
            + eligible.size()
            + " interfaces eligible for a link: "
            + String.join(", ", eligible)
            + "; choose one with "
            + flag);
  }
}
