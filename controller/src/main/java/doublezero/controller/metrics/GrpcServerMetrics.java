package doublezero.controller.metrics;

import io.grpc.ForwardingServerCall.SimpleForwardingServerCall;
import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Locale;

/// The grpc-ecosystem server series the reference controller exports beside its own (§B.9;
/// go-grpc-prometheus `server_metrics.go`): `grpc_server_started_total`,
/// `grpc_server_handled_total` (with `grpc_code` spelled as Go's `codes.Code.String()`, e.g. `OK`,
/// `NotFound`, `FailedPrecondition`), `grpc_server_msg_received_total` and
/// `grpc_server_msg_sent_total`, each by `grpc_type` (`unary`, `client_stream`, `server_stream`,
/// `bidi_stream`), `grpc_service` and `grpc_method`, and the handling-time histogram
/// `grpc_server_handling_seconds` (same three labels, seconds from the call's start to its close,
/// buckets 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5 as the reference sets them with
/// `grpcprom.WithServerHandlingTimeHistogram`,
/// `controlplane/controller/internal/controller/metrics.go:88-92`). A gRPC server interceptor:
/// install it on the service.
public final class GrpcServerMetrics implements ServerInterceptor {
  private final Counter started;
  private final Counter handled;
  private final Counter received;
  private final Counter sent;
  private final Histogram handling;

  /// @param registry the registry the series are registered in (the controller's `/metrics`)
  public GrpcServerMetrics(PrometheusRegistry registry) {
    started =
        counter(
            registry, "grpc_server_started_total", "Total number of RPCs started on the server.");
    handled =
        Counter.builder()
            .name("grpc_server_handled_total")
            .help("Total number of RPCs completed on the server, regardless of success or failure.")
            .labelNames("grpc_type", "grpc_service", "grpc_method", "grpc_code")
            .register(registry);
    received =
        counter(
            registry,
            "grpc_server_msg_received_total",
            "Total number of RPC stream messages received on the server.");
    sent =
        counter(
            registry,
            "grpc_server_msg_sent_total",
            "Total number of gRPC stream messages sent by the server.");
    handling =
        Histogram.builder()
            .name("grpc_server_handling_seconds")
            .help(
                "Histogram of response latency (seconds) of gRPC that had been application-level"
                    + " handled by the server.")
            .labelNames("grpc_type", "grpc_service", "grpc_method")
            .classicUpperBounds(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5)
            .register(registry);
  }

  private static Counter counter(PrometheusRegistry registry, String name, String help) {
    return Counter.builder()
        .name(name)
        .help(help)
        .labelNames("grpc_type", "grpc_service", "grpc_method")
        .register(registry);
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    MethodDescriptor<Q, R> m = call.getMethodDescriptor();
    String type = type(m.getType());
    String service = m.getServiceName();
    String method = m.getBareMethodName();
    long start = System.nanoTime();
    started.labelValues(type, service, method).inc();
    ServerCall<Q, R> counted =
        new SimpleForwardingServerCall<>(call) {
          @Override
          public void sendMessage(R message) {
            sent.labelValues(type, service, method).inc();
            super.sendMessage(message);
          }

          @Override
          public void close(Status status, Metadata trailers) {
            handled.labelValues(type, service, method, goCode(status.getCode())).inc();
            handling.labelValues(type, service, method).observe((System.nanoTime() - start) / 1e9);
            super.close(status, trailers);
          }
        };
    return new SimpleForwardingServerCallListener<>(next.startCall(counted, headers)) {
      @Override
      public void onMessage(Q message) {
        received.labelValues(type, service, method).inc();
        super.onMessage(message);
      }
    };
  }

  /// @return go-grpc-prometheus's `grpc_type` label for a method type
  static String type(MethodDescriptor.MethodType t) {
    return switch (t) {
      case UNARY -> "unary";
      case CLIENT_STREAMING -> "client_stream";
      case SERVER_STREAMING -> "server_stream";
      case BIDI_STREAMING -> "bidi_stream";
      case UNKNOWN -> "unknown";
    };
  }

  /// @return the status code as Go's `codes.Code.String()` prints it (`NOT_FOUND` -> `NotFound`,
  ///   `CANCELLED` -> `Canceled`)
  static String goCode(Status.Code c) {
    return switch (c) {
      case OK -> "OK";
      case CANCELLED -> "Canceled";
      default -> {
        StringBuilder sb = new StringBuilder();
        for (String part : c.name().split("_")) {
          sb.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        yield sb.toString();
      }
    };
  }
}
