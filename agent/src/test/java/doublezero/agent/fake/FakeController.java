package doublezero.agent.fake;

import doublezero.agent.controller.api.ConfigRequest;
import doublezero.agent.controller.api.ConfigResponse;
import doublezero.agent.controller.api.ControllerGrpc;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/// A controller serving a settable configuration on a localhost port that can be stopped and
/// started again.
public final class FakeController extends ControllerGrpc.ControllerImplBase
    implements AutoCloseable {
  public volatile String config = "";
  public final List<ConfigRequest> requests = new CopyOnWriteArrayList<>();
  private final int port;
  private Server server;

  public FakeController() throws IOException {
    server =
        NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
            .addService(this)
            .build()
            .start();
    port = server.getPort();
  }

  public String target() {
    return "127.0.0.1:" + port;
  }

  public void stop() throws InterruptedException {
    server.shutdownNow().awaitTermination();
  }

  public void restart() throws IOException {
    server =
        NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", port))
            .addService(this)
            .build()
            .start();
  }

  @Override
  public void getConfig(ConfigRequest req, StreamObserver<ConfigResponse> out) {
    requests.add(req);
    out.onNext(ConfigResponse.newBuilder().setConfig(config).build());
    out.onCompleted();
  }

  @Override
  public void close() {
    server.shutdownNow();
  }
}
