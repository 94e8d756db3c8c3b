package doublezero.controller.service;

import io.grpc.Server;
import io.grpc.ServerCredentials;
import io.grpc.ServerServiceDefinition;
import io.grpc.TlsServerCredentials;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/// The gRPC listeners of the controller (reference `cmd/controller/main.go`, §B.2): one plaintext
/// or TLS server on the listen address, and optionally a second, TLS one on the TLS port.
public final class ControllerServer implements AutoCloseable {
  private final List<Server> servers = new ArrayList<>();

  private ControllerServer() {}

  /// @param service the gRPC service
  /// @param main the main listener
  /// @param mainTls TLS credentials for the main listener, null for plaintext
  /// @param tls an extra TLS listener, null for none
  /// @param tlsCred its credentials
  /// @return the started servers
  /// @throws UncheckedIOException when a port cannot be bound (nothing is left running)
  public static ControllerServer start(
      ServerServiceDefinition service,
      InetSocketAddress main,
      ServerCredentials mainTls,
      InetSocketAddress tls,
      ServerCredentials tlsCred) {
    ControllerServer s = new ControllerServer();
    try {
      s.add(service, main, mainTls);
      if (tls != null) {
        s.add(service, tls, tlsCred);
      }
    } catch (IOException e) {
      s.close();
      throw new UncheckedIOException("cannot listen: " + e.getMessage(), e);
    }
    return s;
  }

  /// @param cert PEM certificate chain
  /// @param key PEM private key
  /// @return TLS server credentials
  /// @throws UncheckedIOException when a file cannot be read
  public static ServerCredentials tls(File cert, File key) {
    try {
      return TlsServerCredentials.create(cert, key);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read TLS certificate/key: " + e.getMessage(), e);
    }
  }

  private void add(ServerServiceDefinition service, InetSocketAddress addr, ServerCredentials cred)
      throws IOException {
    NettyServerBuilder b =
        cred == null
            ? NettyServerBuilder.forAddress(addr)
            : NettyServerBuilder.forAddress(addr, cred);
    servers.add(b.addService(service).build().start());
  }

  /// @param index 0 for the main listener, 1 for the TLS one
  /// @return its bound port
  public int port(int index) {
    return servers.get(index).getPort();
  }

  @Override
  public void close() {
    for (Server s : servers) {
      s.shutdown();
    }
    for (Server s : servers) {
      try {
        if (!s.awaitTermination(5, TimeUnit.SECONDS)) {
          s.shutdownNow();
        }
      } catch (InterruptedException e) {
        s.shutdownNow();
        Thread.currentThread().interrupt();
      }
    }
  }
}
