package doublezero.controller.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.controller.api.ConfigRequest;
import doublezero.controller.api.ControllerGrpc;
import doublezero.controller.state.E2eScenarios;
import io.grpc.ChannelCredentials;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.TlsChannelCredentials;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The controller's TLS listeners (§B.2, reference `cmd/controller/main.go`): with `-tls-cert` and
/// `-tls-key` alone the main listener speaks TLS; with `-tls-listen-port` the main listener stays
/// plaintext and a second one speaks TLS. A client that trusts the self-signed certificate gets the
/// configuration; a plaintext client on a TLS port, and a client trusting another certificate, get
/// UNAVAILABLE.
class TlsListenerTest {
  @TempDir static Path dir;
  static SelfSignedCertificate cert;
  static SelfSignedCertificate other;

  @BeforeAll
  static void certificates() throws Exception {
    cert = SelfSignedCertificate.create(dir, "controller");
    other = SelfSignedCertificate.create(dir, "other");
  }

  static String getConfig(int port, ChannelCredentials creds) throws InterruptedException {
    ManagedChannel ch =
        NettyChannelBuilder.forAddress("127.0.0.1", port, creds)
            .overrideAuthority("localhost")
            .build();
    try {
      return ControllerGrpc.newBlockingStub(ch)
          .withDeadlineAfter(5, TimeUnit.SECONDS)
          .getConfig(ConfigRequest.newBuilder().setPubkey(E2eScenarios.DEVICE).build())
          .getConfig();
    } finally {
      ch.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
  }

  static ChannelCredentials trusting(SelfSignedCertificate c) throws Exception {
    return TlsChannelCredentials.newBuilder().trustManager(c.cert().toFile()).build();
  }

  static void unavailable(int port, ChannelCredentials creds) {
    assertThatThrownBy(() -> getConfig(port, creds))
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE));
  }

  @Test
  void certAndKeyMakeTheMainListenerTls() throws Exception {
    try (FakeLedger ledger = new FakeLedger();
        ControllerDaemon c =
            TestControllers.start(
                ledger, TestControllers.SCENARIO, 65342, cert.cert(), cert.key(), null)) {
      assertThat(getConfig(c.port(), trusting(cert))).isEqualTo(TestControllers.expected());
      unavailable(c.port(), InsecureChannelCredentials.create());
      unavailable(c.port(), trusting(other));
    }
  }

  @Test
  void tlsListenPortAddsATlsListenerBesideThePlaintextOne() throws Exception {
    int tlsPort;
    try (ServerSocket s = new ServerSocket(0)) {
      tlsPort = s.getLocalPort();
    }
    try (FakeLedger ledger = new FakeLedger();
        ControllerDaemon c =
            TestControllers.start(
                ledger,
                TestControllers.SCENARIO,
                65342,
                cert.cert(),
                cert.key(),
                new InetSocketAddress("127.0.0.1", tlsPort))) {
      String expected = TestControllers.expected();
      assertThat(getConfig(tlsPort, trusting(cert))).isEqualTo(expected);
      assertThat(FullPipelineTest.getConfig(c.port(), E2eScenarios.DEVICE, List.of()))
          .as("the main listener stays plaintext")
          .isEqualTo(expected);
      unavailable(tlsPort, InsecureChannelCredentials.create());
      unavailable(c.port(), trusting(cert));
    }
  }
}
