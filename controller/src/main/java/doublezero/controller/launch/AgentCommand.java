package doublezero.controller.launch;

import doublezero.controller.api.ConfigRequest;
import doublezero.controller.api.ConfigResponse;
import doublezero.controller.api.ControllerGrpc;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `doublezero-controller agent` (§B.2): a debug client that fetches one device's config (5 s
/// deadline, plaintext) and prints it.
@Command(
    name = "agent",
    mixinStandardHelpOptions = true,
    description = "Fetch and print one device's config")
final class AgentCommand implements Callable<Integer> {
  @Option(
      names = {"-device-pubkey", "--device-pubkey"},
      required = true,
      description = "device account pubkey")
  String devicePubkey;

  @Option(
      names = {"-controller-addr", "--controller-addr"},
      defaultValue = "localhost",
      description = "host")
  String addr;

  @Option(
      names = {"-controller-port", "--controller-port"},
      defaultValue = "443",
      description = "port")
  int port;

  @Option(
      names = {"-unknown-peers", "--unknown-peers"},
      split = ",",
      description = "BGP peers to report")
  List<String> peers = List.of();

  @Override
  public Integer call() throws InterruptedException {
    ManagedChannel ch = NettyChannelBuilder.forAddress(addr, port).usePlaintext().build();
    try {
      ConfigResponse r =
          ControllerGrpc.newBlockingStub(ch)
              .withDeadlineAfter(5, TimeUnit.SECONDS)
              .getConfig(
                  ConfigRequest.newBuilder().setPubkey(devicePubkey).addAllBgpPeers(peers).build());
      System.out.print(r.getConfig());
      return 0;
    } catch (StatusRuntimeException e) {
      System.err.println(
          "Error: " + e.getStatus().getCode() + ": " + e.getStatus().getDescription());
      return 1;
    } finally {
      ch.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
  }
}
