package doublezero.cli.exchange;

import doublezero.cli.ledger.Keyed;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.output.Display;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Comparator;
import java.util.List;

/// The `exchange list` row and `exchange get` record (reference
/// `smartcontract/cli/src/exchange/{list,get}.rs`).
public final class ExchangeDisplays {
  /// `exchange list` columns, in order.
  public static final List<String> LIST_HEADERS =
      List.of(
          "account",
          "code",
          "name",
          "device1",
          "device2",
          "lat",
          "lng",
          "bgp_community",
          "status",
          "owner");

  /// `exchange list` order: by code.
  public static final Comparator<Keyed<Exchange>> ORDER =
      Comparator.comparing(k -> k.value().code());

  private ExchangeDisplays() {}

  /// @param ledger the snapshot (device codes)
  /// @param device a device slot
  /// @return `(none)` for the default key, else the device's code, else the key in base58
  static String deviceName(LedgerView ledger, PublicKey device) {
    if (device.equals(PublicKey.DEFAULT)) {
      return "(none)";
    }
    return ledger.nameOf(device, Device.class, Device::code);
  }

  /// @param ledger the snapshot
  /// @param k an exchange
  /// @return its list row (status: Display in the table, serde variant in JSON)
  public static Display row(LedgerView ledger, Keyed<Exchange> k) {
    Exchange e = k.value();
    return new Display()
        .key("account", k.key())
        .text("code", e.code())
        .text("name", e.name())
        .text("device1", deviceName(ledger, e.device1Pk()))
        .text("device2", deviceName(ledger, e.device2Pk()))
        .decimal("lat", e.lat())
        .decimal("lng", e.lng())
        .number("bgp_community", e.bgpCommunity())
        .variant("status", e.status())
        .key("owner", e.owner());
  }

  /// @param ledger the snapshot
  /// @param k an exchange
  /// @return its `get` record (`device1_pk`/`device2_pk` JSON-only, status lowercase)
  public static Display detail(LedgerView ledger, Keyed<Exchange> k) {
    Exchange e = k.value();
    return new Display()
        .key("account", k.key())
        .text("code", e.code())
        .text("name", e.name())
        .key("device1_pk", e.device1Pk())
        .hidden()
        .text("device1", deviceName(ledger, e.device1Pk()))
        .key("device2_pk", e.device2Pk())
        .hidden()
        .text("device2", deviceName(ledger, e.device2Pk()))
        .decimal("lat", e.lat())
        .decimal("lng", e.lng())
        .number("bgp_community", e.bgpCommunity())
        .number("reference_count", e.referenceCount())
        .text("status", e.status().rustDisplay())
        .key("owner", e.owner());
  }
}
