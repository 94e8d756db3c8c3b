package doublezero.controller.service;

import doublezero.controller.api.ConfigRequest;
import doublezero.controller.api.ConfigResponse;
import doublezero.controller.api.ControllerGrpc;
import doublezero.controller.metrics.ControllerMetrics;
import doublezero.controller.state.StateCache;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.util.Objects;
import java.util.function.Supplier;

/// `controller.Controller/GetConfig` over gRPC (reference `server.go::GetConfig`, §B.3): maps
/// [ConfigError] kinds to NOT_FOUND, FAILED_PRECONDITION, INTERNAL and ABORTED with the reference's
/// messages.
public final class GrpcControllerService extends ControllerGrpc.ControllerImplBase {
  private final ConfigService service;
  private final Supplier<StateCache> cache;
  private final ControllerMetrics metrics;

  /// @param service the GetConfig processing
  /// @param cache the current state (may supply null before the first refresh)
  /// @param metrics response size and duration
  public GrpcControllerService(
      ConfigService service, Supplier<StateCache> cache, ControllerMetrics metrics) {
    this.service = Objects.requireNonNull(service, "service");
    this.cache = Objects.requireNonNull(cache, "cache");
    this.metrics = Objects.requireNonNull(metrics, "metrics");
  }

  @Override
  public void getConfig(ConfigRequest req, StreamObserver<ConfigResponse> out) {
    long start = System.nanoTime();
    ConfigQuery q =
        new ConfigQuery(
            req.getPubkey(),
            req.getBgpPeersList(),
            req.getAgentVersion(),
            req.getAgentCommit(),
            req.getAgentDate());
    String config;
    try {
      config = service.config(cache.get(), q);
    } catch (ConfigError e) {
      Status s =
          switch (e.kind()) {
            case NOT_FOUND -> Status.NOT_FOUND;
            case FAILED_PRECONDITION -> Status.FAILED_PRECONDITION;
            case INTERNAL -> Status.INTERNAL;
            case ABORTED -> Status.ABORTED;
          };
      out.onError(s.withDescription(e.getMessage()).asRuntimeException());
      return;
    }
    ConfigResponse resp = ConfigResponse.newBuilder().setConfig(config).build();
    metrics.response(resp.getSerializedSize(), (System.nanoTime() - start) / 1e9);
    out.onNext(resp);
    out.onCompleted();
  }
}
