package doublezero.cli.link;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.output.Display;
import doublezero.cli.output.Formats;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Link;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/// The link display records: `link list`'s `LinkDisplay` (reference
/// `smartcontract/cli/src/link/list.rs`) and `link get`'s (`link/get.rs`).
public final class LinkDisplays {
  /// The `link list` table headers, in order.
  public static final List<String> HEADERS =
      List.of(
          "account",
          "code",
          "contributor",
          "side_a_name",
          "side_a_iface_name",
          "side_z_name",
          "side_z_iface_name",
          "link_type",
          "bandwidth",
          "mtu",
          "delay_ms",
          "jitter_ms",
          "delay_override_ms",
          "tunnel_id",
          "tunnel_net",
          "status",
          "health",
          "owner");

  private LinkDisplays() {}

  /// @param l the ledger (contributor and device codes; the address when unknown)
  /// @param links the links to show
  /// @return their list records sorted by side A name, side Z name, code
  public static List<Display> list(LedgerView l, List<Keyed<Link>> links) {
    record Row(String a, String z, String code, Display d) {}
    return links.stream()
        .map(
            k -> {
              Link v = k.value();
              String a = l.nameOf(v.sideAPk(), Device.class, Device::code);
              String z = l.nameOf(v.sideZPk(), Device.class, Device::code);
              Display d =
                  new Display()
                      .key("account", k.key())
                      .text("code", v.code())
                      .text(
                          "contributor_code",
                          l.nameOf(v.contributorPk(), Contributor.class, Contributor::code))
                      .rename("contributor")
                      .key("side_a_pk", v.sideAPk())
                      .hidden()
                      .text("side_a_name", a)
                      .text("side_a_iface_name", v.sideAIfaceName())
                      .key("side_z_pk", v.sideZPk())
                      .hidden()
                      .text("side_z_name", z)
                      .text("side_z_iface_name", v.sideZIfaceName())
                      .variant("link_type", v.linkType())
                      .custom("bandwidth", Formats.bandwidth(v.bandwidth()), u64(v.bandwidth()))
                      .number("mtu", v.mtu())
                      .custom("delay_ns", millis(v.delayNs()), u64(v.delayNs()))
                      .rename("delay_ms")
                      .custom("jitter_ns", millis(v.jitterNs()), u64(v.jitterNs()))
                      .rename("jitter_ms")
                      .custom(
                          "delay_override_ns",
                          millis(v.delayOverrideNs()),
                          u64(v.delayOverrideNs()))
                      .rename("delay_override_ms")
                      .number("tunnel_id", v.tunnelId())
                      .text("tunnel_net", v.tunnelNet().toString())
                      .variant("desired_status", v.desiredStatus())
                      .hidden()
                      .variant("status", v.status())
                      .variant("health", v.linkHealth())
                      .key("owner", v.owner());
              return new Row(a, z, v.code(), d);
            })
        .sorted(Comparator.comparing(Row::a).thenComparing(Row::z).thenComparing(Row::code))
        .map(Row::d)
        .toList();
  }

  /// @param l the ledger (codes; empty when unknown)
  /// @param k the link
  /// @return the `link get` record: every value a string or number, statuses as `Display` strings
  public static Display get(LedgerView l, Keyed<Link> k) {
    Link v = k.value();
    return new Display()
        .key("account", k.key())
        .text("code", v.code())
        .key("contributor_pk", v.contributorPk())
        .hidden()
        .text(
            "contributor",
            l.get(v.contributorPk(), Contributor.class).map(Contributor::code).orElse(""))
        .key("side_a_pk", v.sideAPk())
        .hidden()
        .text("side_a", l.get(v.sideAPk(), Device.class).map(Device::code).orElse(""))
        .text("side_a_iface_name", v.sideAIfaceName())
        .key("side_z_pk", v.sideZPk())
        .hidden()
        .text("side_z", l.get(v.sideZPk(), Device.class).map(Device::code).orElse(""))
        .text("side_z_iface_name", v.sideZIfaceName())
        .text("tunnel_type", v.linkType().rustDisplay())
        .u64("bandwidth", v.bandwidth())
        .number("mtu", v.mtu())
        .text("delay", f32Millis(v.delayNs()))
        .text("jitter", f32Millis(v.jitterNs()))
        .text("delay_override", f32Millis(v.delayOverrideNs()))
        .number("tunnel_id", v.tunnelId())
        .text("tunnel_net", v.tunnelNet().toString())
        .text("desired_status", v.desiredStatus().rustDisplay())
        .text("status", v.status().rustDisplay())
        .text("health", v.linkHealth().rustDisplay())
        .key("owner", v.owner());
  }

  /// @param ns nanoseconds (u64)
  /// @return reference `util::display_as_ms`: `{:.2}ms` of the f32 quotient
  static String millis(long ns) {
    float ms = f32(ns) / 1_000_000f;
    return String.format(Locale.ROOT, "%.2fms", (double) ms);
  }

  /// @param ns nanoseconds (u64)
  /// @return `link get`'s `{}ms` of the f32 quotient (Rust f32 `Display`: shortest digits, no
  ///   exponent)
  static String f32Millis(long ns) {
    float ms = f32(ns) / 1_000_000f;
    if (ms == 0) {
      return "0ms";
    }
    return new BigDecimal(Float.toString(ms)).stripTrailingZeros().toPlainString() + "ms";
  }

  private static float f32(long unsigned) {
    return unsigned >= 0
        ? (float) unsigned
        : new BigInteger(Long.toUnsignedString(unsigned)).floatValue();
  }

  private static com.fasterxml.jackson.databind.JsonNode u64(long v) {
    return JsonNodeFactory.instance.numberNode(new BigInteger(Long.toUnsignedString(v)));
  }
}
