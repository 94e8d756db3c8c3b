package doublezero.cli.telemetry.data;

import doublezero.cli.ledger.Keyed;
import doublezero.cli.ledger.LedgerView;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/// The circuits of the serviceability state, as the reference lists them (reference
/// `controlplane/telemetry/pkg/circuits/{device,internet}.go`): two per link (one per direction),
/// one per unordered exchange pair; both sorted by code.
public final class Circuits {
  private Circuits() {}

  /// Device circuits: for each link whose two devices and contributor exist, `A → Z` and `Z → A`.
  ///
  /// @param ledger the serviceability accounts
  /// @return the circuits sorted by code
  public static List<DeviceCircuit> devices(LedgerView ledger) {
    Map<PublicKey, Device> devices = byKey(ledger.all(Device.class));
    Map<PublicKey, Contributor> contributors = byKey(ledger.all(Contributor.class));
    List<DeviceCircuit> out = new ArrayList<>();
    for (Keyed<Link> k : ledger.all(Link.class)) {
      Link l = k.value();
      Device a = devices.get(l.sideAPk());
      Device z = devices.get(l.sideZPk());
      Contributor c = contributors.get(l.contributorPk());
      if (a == null || z == null || c == null) {
        continue;
      }
      out.add(device(a, l.sideAPk(), z, l.sideZPk(), k.key(), l, c));
      out.add(device(z, l.sideZPk(), a, l.sideAPk(), k.key(), l, c));
    }
    out.sort(Comparator.comparing(DeviceCircuit::code));
    return out;
  }

  /// Internet circuits: every pair of distinct exchange codes once, origin the smaller code.
  ///
  /// @param ledger the serviceability accounts
  /// @return the circuits sorted by code
  public static List<InternetCircuit> internet(LedgerView ledger) {
    List<Keyed<Exchange>> xs = new ArrayList<>(ledger.all(Exchange.class));
    xs.sort(Comparator.comparing(k -> k.value().code()));
    List<InternetCircuit> out = new ArrayList<>();
    for (int i = 0; i < xs.size(); i++) {
      for (int j = i + 1; j < xs.size(); j++) {
        Keyed<Exchange> o = xs.get(i);
        Keyed<Exchange> t = xs.get(j);
        if (o.value().code().equals(t.value().code())) {
          continue;
        }
        out.add(new InternetCircuit(o.value().code() + " → " + t.value().code(), o.key(), t.key()));
      }
    }
    out.sort(Comparator.comparing(InternetCircuit::code));
    return out;
  }

  /// @param origin origin device code
  /// @param target target device code
  /// @param link the link key
  /// @return `origin → target (last 7 characters of the link key)`
  public static String deviceCode(String origin, String target, PublicKey link) {
    String s = link.toBase58();
    return origin + " → " + target + " (" + s.substring(Math.max(0, s.length() - 7)) + ")";
  }

  private static DeviceCircuit device(
      Device origin,
      PublicKey originPk,
      Device target,
      PublicKey targetPk,
      PublicKey linkPk,
      Link l,
      Contributor c) {
    return new DeviceCircuit(
        deviceCode(origin.code(), target.code(), linkPk),
        originPk,
        targetPk,
        linkPk,
        l.linkType().toString(),
        c.code(),
        l.delayNs() / 1000.0,
        l.jitterNs() / 1000.0);
  }

  private static <T> Map<PublicKey, T> byKey(List<Keyed<T>> all) {
    return all.stream().collect(Collectors.toMap(Keyed::key, Keyed::value, (x, y) -> x));
  }
}
