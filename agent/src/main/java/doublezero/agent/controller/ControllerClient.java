package doublezero.agent.controller;

import doublezero.agent.controller.api.BgpPeers;
import doublezero.agent.controller.api.ConfigRequest;
import doublezero.agent.controller.api.ControllerGrpc;
import io.grpc.ConnectivityState;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/// The agent's side of `controller.Controller/GetConfig` (reference
/// `controlplane/agent/internal/agent/dzclient.go`, §C.3): plaintext gRPC, one deadline per call.
public final class ControllerClient implements AutoCloseable {
  private final ManagedChannel channel;
  private final ControllerGrpc.ControllerBlockingStub stub;
  private final Duration timeout;
  private final String version;
  private final String commit;
  private final String date;

  /// @param hostPort controller `host:port`
  /// @param timeout deadline of a GetConfig
  /// @param version agent version sent in each request
  /// @param commit agent commit
  /// @param date agent build date
  public ControllerClient(
      String hostPort, Duration timeout, String version, String commit, String date) {
    this.channel = NettyChannelBuilder.forTarget(hostPort).usePlaintext().build();
    this.stub = ControllerGrpc.newBlockingStub(channel);
    this.timeout = timeout;
    this.version = version;
    this.commit = commit;
    this.date = date;
  }

  /// @param pubkey the device's account
  /// @param peersByVrf BGP neighbour addresses on the switch by VRF (each list sorted, unique)
  /// @param version agent version
  /// @param commit agent commit
  /// @param date agent date
  /// @return the request: `bgp_peers` is every VRF's list concatenated and sorted (duplicates kept,
  ///   as the reference)
  public static ConfigRequest request(
      String pubkey,
      Map<String, List<String>> peersByVrf,
      String version,
      String commit,
      String date) {
    List<String> all = new ArrayList<>();
    ConfigRequest.Builder b = ConfigRequest.newBuilder().setPubkey(pubkey);
    new TreeMap<>(peersByVrf)
        .forEach(
            (vrf, peers) -> {
              b.putBgpPeersByVrf(vrf, BgpPeers.newBuilder().addAllPeers(peers).build());
              all.addAll(peers);
            });
    all.sort(null);
    return b.addAllBgpPeers(all)
        .setAgentVersion(version)
        .setAgentCommit(commit)
        .setAgentDate(date)
        .build();
  }

  /// @param pubkey the device's account
  /// @param peersByVrf neighbours by VRF
  /// @return the configuration text (may be empty)
  /// @throws StatusRuntimeException when the controller cannot be reached or refuses
  public String getConfig(String pubkey, Map<String, List<String>> peersByVrf) {
    // gRPC backs off reconnecting for up to two minutes; a poll should reach a controller that came
    // back at once.
    if (channel.getState(false) == ConnectivityState.TRANSIENT_FAILURE) {
      channel.resetConnectBackoff();
    }
    return stub.withDeadlineAfter(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .getConfig(request(pubkey, peersByVrf, version, commit, date))
        .getConfig();
  }

  @Override
  public void close() {
    channel.shutdownNow();
  }
}
