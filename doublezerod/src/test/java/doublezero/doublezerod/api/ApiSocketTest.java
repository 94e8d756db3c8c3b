package doublezero.doublezerod.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import doublezero.doublezerod.TestDaemon;
import doublezero.doublezerod.UnixHttp;
import doublezero.doublezerod.UnixHttp.Response;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.PublicKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The HTTP API over its Unix socket, byte for byte where the CLI parses it (reference
/// `internal/manager/http.go`, `cli-doublezerod.md` §D.3 and corrections H.2).
class ApiSocketTest {
  @TempDir Path dir;
  TestDaemon d;

  @BeforeEach
  void start() {
    d = new TestDaemon(dir).start();
  }

  @AfterEach
  void stop() {
    d.close();
  }

  @Test
  void configAndEmptyStatusAndSocketMode() throws Exception {
    Response r = UnixHttp.get(d.socket, "/config");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body())
        .isEqualTo(
            "{\"program_id\":\"7CTniUa88iJKUHTrCkB4TjAoG6TD7AMivhQeuqN2LPtX\","
                + "\"rpc_url\":\"http://localhost:8899\"}\n");
    r = UnixHttp.get(d.socket, "/status");
    assertThat(r.body())
        .isEqualTo("[{\"doublezero_status\": {\"session_status\": \"disconnected\"}}]");
    assertThat(r.headers()).containsIgnoringCase("content-type: application/json");
    r = UnixHttp.get(d.socket, "/v2/status");
    assertThat(r.body())
        .isEqualTo(
            "{\"reconciler_enabled\":false,\"client_ip\":\"64.86.249.80\","
                + "\"network\":\"localnet\",\"services\":[]}\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(d.socket)))
        .isEqualTo("rw-------");
  }

  @Test
  void enableProvisionsFromChainAndDisableTearsDown() throws Exception {
    PublicKey dev = d.chain.device(1, "ny5-dz01", "195.219.120.72", "195.219.120.72/29");
    d.chain.user(
        1,
        dev,
        UserType.IBRL,
        TestDaemon.CLIENT_IP,
        TestDaemon.CLIENT_IP,
        "169.254.0.0/31",
        UserStatus.ACTIVATED);
    Response r = UnixHttp.post(d.socket, "/enable", "");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("{\"status\":\"ok\"}\n");
    assertThat(Files.readString(d.stateDir.resolve("state.json")))
        .contains("\"reconciler_enabled\":true");
    await().atMost(Duration.ofSeconds(15)).until(() -> !d.tunnels.active().isEmpty());
    assertThat(d.tunnels.calls())
        .containsExactly(
            "up doublezero0 64.86.249.80->195.219.120.72 169.254.0.0/31 mtu=1476 ttl=64");
    assertThat(d.bgp.calls())
        .containsExactly(
            "addPeer 169.254.0.0 local=169.254.0.1 asn=65000/65342 src=64.86.249.80 install=MAIN");
    r = UnixHttp.get(d.socket, "/status");
    assertThat(r.body())
        .matches(
            "\\[\\{\"tunnel_name\":\"doublezero0\",\"tunnel_src\":\"64.86.249.80\","
                + "\"tunnel_dst\":\"195.219.120.72\",\"doublezero_ip\":\"64.86.249.80\",\"doublezero_status\":\\{\"session_status\":\"BGP"
                + " Session Up\",\"last_session_update\":\\d+},\"user_type\":\"IBRL\"}]\n");
    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                UnixHttp.get(d.socket, "/v2/status")
                    .body()
                    .contains("\"lowest_latency_device\":\"ny5-dz01\""));
    r = UnixHttp.get(d.socket, "/v2/status");
    assertThat(r.body())
        .contains(
            "\"reconciler_enabled\":true",
            "\"current_device\":\"ny5-dz01\"",
            "\"metro\":\"New York\"",
            "\"tenant\":\"\"");
    r = UnixHttp.get(d.socket, "/latency");
    assertThat(r.body())
        .startsWith("[{\"device_pk\":\"")
        .contains(
            "\"device_ip\":\"195.219.120.72\","
                + "\"device_code\":\"ny5-dz01\",\"min_latency_ns\":1000000,\"max_latency_ns\":3000000,"
                + "\"avg_latency_ns\":2000000,\"loss_percentage\":0,\"reachable\":true}");
    r = UnixHttp.post(d.socket, "/disable", "");
    assertThat(r.body()).isEqualTo("{\"status\":\"ok\"}\n");
    assertThat(d.tunnels.active()).isEmpty();
    assertThat(d.bgp.calls()).last().isEqualTo("deletePeer 169.254.0.0");
    assertThat(Files.readString(d.stateDir.resolve("state.json")))
        .contains("\"reconciler_enabled\":false");
  }

  @Test
  void userGoneTearsDownAndStaleChainKeepsTunnel() throws Exception {
    PublicKey dev = d.chain.device(1, "ny5-dz01", "195.219.120.72", "195.219.120.72/29");
    PublicKey u =
        d.chain.user(
            1,
            dev,
            UserType.IBRL_WITH_ALLOCATED_IP,
            TestDaemon.CLIENT_IP,
            "195.219.120.73",
            "169.254.0.2/31",
            UserStatus.ACTIVATED);
    UnixHttp.post(d.socket, "/enable", "");
    await().atMost(Duration.ofSeconds(15)).until(() -> !d.tunnels.active().isEmpty());
    assertThat(d.tunnels.calls().getFirst())
        .endsWith("169.254.0.2/31 dz=195.219.120.73 mtu=1476 ttl=64");
    d.chain.fail(new IllegalStateException("connection refused"));
    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                UnixHttp.get(d.socket, "/v2/status")
                    .body()
                    .contains("\"onchain_stale_age_seconds\""));
    assertThat(d.tunnels.active()).hasSize(1);
    d.chain.fail(null);
    d.chain.removeUser(u);
    await().atMost(Duration.ofSeconds(15)).until(() -> d.tunnels.active().isEmpty());
    assertThat(UnixHttp.get(d.socket, "/v2/status").body()).doesNotContain("stale");
  }

  @Test
  void badRequestsGetTheReferenceBodies() throws Exception {
    Response r = UnixHttp.post(d.socket, "/provision", "{not json");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body())
        .startsWith("{\"status\": \"error\", \"description\": \"malformed provision request: ");
    r =
        UnixHttp.post(
            d.socket,
            "/provision",
            "{\"user_type\":\"IBRL\",\"tunnel_src\":\"1.1.1.1\","
                + "\"tunnel_dst\":\"2.2.2.2\",\"tunnel_net\":\"10.1.1.0/31\",\"doublezero_ip\":\"10.0.0.0\","
                + "\"doublezero_prefixes\":[\"10.0.0.0/24\"]}");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("{\"status\": \"ok\"}");
    assertThat(d.bgp.calls())
        .containsExactly(
            "addPeer 10.1.1.0 local=10.1.1.1 asn=65000/65001 src=10.0.0.0 install=MAIN");
    r = UnixHttp.post(d.socket, "/remove", "{}");
    assertThat(r.body()).isEqualTo("{\"status\": \"ok\"}");
    assertThat(d.tunnels.active()).isEmpty();
    assertThat(UnixHttp.get(d.socket, "/nope").status()).isEqualTo(404);
    assertThat(UnixHttp.get(d.socket, "/nope").body()).isEqualTo("404 page not found\n");
    assertThat(UnixHttp.get(d.socket, "/enable").status()).isEqualTo(405);
    r = UnixHttp.post(d.socket, "/resolve-route", "{}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body()).isEqualTo("invalid request\n");
    r = UnixHttp.post(d.socket, "/resolve-route", "{\"dst\":\"8.8.8.8\"}");
    assertThat(r.body()).isEqualTo("{\"src\":\"64.86.249.80\"}\n");
  }

  @Test
  void anOversizedBodyIsAnsweredNeverReset() throws Exception {
    // the server drains the unread rest before closing: a close with unread bytes resets the
    // client, which then can lose the answer (CI once saw "Connection reset" here)
    for (int i = 0; i < 200; i++) {
      Response r = UnixHttp.post(d.socket, "/provision", "x".repeat(ApiServer.MAX_BODY + 10));
      assertThat(r.status()).isEqualTo(400);
      assertThat(r.body())
          .isEqualTo(
              "{\"status\": \"error\", \"description\": \"malformed provision request: "
                  + "http: request body too large\"}");
    }
  }

  @Test
  void closeUnlinksTheSocketAndTearsDown() throws Exception {
    PublicKey dev = d.chain.device(1, "ny5-dz01", "195.219.120.72", "195.219.120.72/29");
    d.chain.user(
        1,
        dev,
        UserType.IBRL,
        TestDaemon.CLIENT_IP,
        TestDaemon.CLIENT_IP,
        "169.254.0.0/31",
        UserStatus.ACTIVATED);
    UnixHttp.post(d.socket, "/enable", "");
    await().atMost(Duration.ofSeconds(15)).until(() -> !d.tunnels.active().isEmpty());
    d.close();
    assertThat(d.socket).doesNotExist();
    assertThat(d.tunnels.active()).isEmpty();
    assertThat(d.bgp.calls()).contains("deletePeer 169.254.0.0");
    // restart: enabled flag persisted, tunnel rebuilt from chain
    d = d.restarted().start();
    await().atMost(Duration.ofSeconds(15)).until(() -> !d.tunnels.active().isEmpty());
    assertThat(UnixHttp.get(d.socket, "/v2/status").body())
        .contains("\"reconciler_enabled\":true", "\"session_status\":\"BGP Session Up\"");
  }
}
