package doublezero.doublezerod.api;

import doublezero.doublezerod.chain.ProgramData;
import doublezero.doublezerod.latency.LatencyResult;
import doublezero.doublezerod.reconcile.ServiceView;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.Tenant;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/// The `/v2/status` enrichment of one service (reference `internal/manager/http.go`
/// `enrichStatuses`, §D.3): the current device and its exchange name (metro) from the onchain user
/// matched by dz_ip and user type (fallback: the device whose public IP is the tunnel destination),
/// the tenant code, and the lowest-latency device (reachable results of Activated devices; the
/// current device is kept unless another beats it by more than 5 ms on average).
final class StatusEnrichment {
  static final long TOLERANCE_NS = 5_000_000L;

  private StatusEnrichment() {}

  record Enriched(String currentDevice, String lowestLatencyDevice, String metro, String tenant) {
    static final Enriched NONE = new Enriched("", "", "", "");
  }

  static Enriched of(ProgramData data, ServiceView s, List<LatencyResult> results) {
    PublicKey deviceKey = null;
    User user = null;
    if (!s.request().dzIp().isUnspecified()) {
      for (User u : data.users().values()) {
        if (u.dzIp().equals(s.request().dzIp()) && u.userType() == s.request().userType()) {
          user = u;
          deviceKey = data.devices().containsKey(u.devicePk()) ? u.devicePk() : null;
          break;
        }
      }
    }
    if (deviceKey == null) {
      for (Map.Entry<PublicKey, Device> e : data.devices().entrySet()) {
        if (e.getValue().publicIp().equals(s.request().tunnelDst())) {
          deviceKey = e.getKey();
        }
      }
    }
    String current = "";
    String metro = "";
    if (deviceKey != null) {
      Device d = data.devices().get(deviceKey);
      current = d.code();
      Exchange x = data.exchanges().get(d.exchangePk());
      metro = x == null ? "" : x.name();
    }
    String tenant = "";
    if (user != null && !user.tenantPk().equals(PublicKey.DEFAULT)) {
      Tenant t = data.tenants().get(user.tenantPk());
      tenant = t == null ? "" : t.code();
    }
    return new Enriched(current, lowest(data, results, deviceKey), metro, tenant);
  }

  static String lowest(ProgramData data, List<LatencyResult> results, PublicKey current) {
    record Candidate(LatencyResult r, Device d) {}
    List<Candidate> candidates = new ArrayList<>();
    for (LatencyResult r : results) {
      Device d = data.devices().get(r.target().devicePk());
      if (r.reachable() && d != null && d.status() == DeviceStatus.ACTIVATED) {
        candidates.add(new Candidate(r, d));
      }
    }
    if (candidates.isEmpty()) {
      return "";
    }
    Candidate lowest = candidates.getFirst();
    for (Candidate c : candidates) {
      if (c.r().avgNanos() < lowest.r().avgNanos()) {
        lowest = c;
      }
    }
    if (current != null) {
      for (Candidate c : candidates) {
        if (c.r().target().devicePk().equals(current)) {
          return c.r().avgNanos() - lowest.r().avgNanos() > TOLERANCE_NS
              ? lowest.d().code()
              : c.d().code();
        }
      }
    }
    return lowest.d().code();
  }
}
