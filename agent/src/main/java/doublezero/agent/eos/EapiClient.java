package doublezero.agent.eos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import doublezero.agent.eos.api.EapiMgrServiceGrpc;
import doublezero.agent.eos.api.EapiResponse;
import doublezero.agent.eos.api.RunConfigCmdsRequest;
import doublezero.agent.eos.api.RunShowCmdRequest;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/// The switch's EOS SDK RPC eAPI service `eos.remote.EapiMgrService` over plaintext gRPC (reference
/// `controlplane/agent/pkg/arista/eapi.go`, §C.1): show commands answered as JSON, configuration
/// commands run in order. Every call has a deadline.
public final class EapiClient implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ManagedChannel channel;
  private final EapiMgrServiceGrpc.EapiMgrServiceBlockingStub stub;
  private final Duration timeout;

  /// @param hostPort e.g. `127.0.0.1:9543`
  /// @param timeout deadline of each call
  public EapiClient(String hostPort, Duration timeout) {
    this.channel = NettyChannelBuilder.forTarget(hostPort).usePlaintext().build();
    this.stub = EapiMgrServiceGrpc.newBlockingStub(channel);
    this.timeout = timeout;
  }

  /// @param command a show command
  /// @return the eAPI answer (success checked)
  /// @throws EosException when the call fails or eAPI reports failure
  public EapiResponse show(String command) {
    EapiResponse r;
    try {
      r =
          stub.withDeadlineAfter(timeout.toMillis(), TimeUnit.MILLISECONDS)
              .runShowCmd(RunShowCmdRequest.newBuilder().setCommand(command).build())
              .getResponse();
    } catch (StatusRuntimeException e) {
      throw new EosException("'" + command + "' failed: " + e.getStatus(), e);
    }
    if (!r.getSuccess()) {
      throw new EosException("'" + command + "' failed: " + r.getErrorMessage());
    }
    return r;
  }

  /// @param command a show command with JSON output
  /// @return its first response parsed
  /// @throws EosException when the call fails, eAPI reports failure or the output is not JSON
  public JsonNode showJson(String command) {
    EapiResponse r = show(command);
    if (r.getResponsesCount() == 0) {
      throw new EosException("'" + command + "' returned no response");
    }
    try {
      return JSON.readTree(r.getResponses(0));
    } catch (IOException e) {
      throw new EosException("'" + command + "' returned invalid JSON: " + e.getMessage(), e);
    }
  }

  /// @param commands configuration commands
  /// @throws EosException when the call fails or eAPI reports failure (commands after the failing
  ///   one did not run)
  public void config(List<String> commands) {
    EapiResponse r;
    try {
      r =
          stub.withDeadlineAfter(timeout.toMillis(), TimeUnit.MILLISECONDS)
              .runConfigCmds(RunConfigCmdsRequest.newBuilder().addAllCommands(commands).build())
              .getResponse();
    } catch (StatusRuntimeException e) {
      throw new EosException("config commands failed: " + e.getStatus(), e);
    }
    if (!r.getSuccess()) {
      String first = commands.isEmpty() ? "" : commands.getFirst();
      throw new EosException(
          "config commands starting '" + first + "' failed: " + r.getErrorMessage());
    }
  }

  @Override
  public void close() {
    channel.shutdownNow();
  }
}
