package doublezero.cli.daemon;

import com.fasterxml.jackson.databind.JsonNode;

/// One daemon service as `/status` and `/v2/status` report it (reference `servicecontroller.rs`
/// `StatusResponse`): absent or null fields are null.
///
/// @param sessionStatus `session_status`, e.g. `BGP Session Up`
/// @param lastSessionUpdate `last_session_update`, Unix seconds, null when absent
/// @param tunnelName `tunnel_name`
/// @param tunnelSrc `tunnel_src`
/// @param tunnelDst `tunnel_dst`
/// @param doublezeroIp `doublezero_ip`
/// @param userType `user_type`, e.g. `IBRL`
public record DaemonStatus(
    String sessionStatus,
    Long lastSessionUpdate,
    String tunnelName,
    String tunnelSrc,
    String tunnelDst,
    String doublezeroIp,
    String userType) {

  static DaemonStatus of(JsonNode n) {
    JsonNode st = n.path("doublezero_status");
    JsonNode last = st.get("last_session_update");
    return new DaemonStatus(
        st.path("session_status").asText(""),
        last == null || last.isNull() ? null : last.asLong(),
        text(n, "tunnel_name"),
        text(n, "tunnel_src"),
        text(n, "tunnel_dst"),
        text(n, "doublezero_ip"),
        text(n, "user_type"));
  }

  static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
