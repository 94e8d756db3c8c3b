package doublezero.controller.service;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.controller.render.GoFixture;
import doublezero.controller.render.RenderFixtures;
import doublezero.controller.state.E2eScenarios;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/// Controllers on loopback ports reading a [FakeLedger] that holds a `TestEndToEnd` scenario (by
/// default the first, `e2e.tmpl` for [E2eScenarios#DEVICE]).
final class TestControllers {
  static final E2eScenarios.Scenario SCENARIO = E2eScenarios.all().getFirst();

  private TestControllers() {}

  /// A plaintext controller on [#SCENARIO]; see [#start(FakeLedger, E2eScenarios.Scenario, long,
  /// Path, Path, InetSocketAddress)].
  static ControllerDaemon start(FakeLedger ledger, long localAsn) throws InterruptedException {
    return start(ledger, SCENARIO, localAsn, null, null, null);
  }

  /// Starts a controller and waits for its first (background) refresh; later refreshes run only
  /// when the test calls [StateRefresher#refreshOnce()].
  ///
  /// @param ledger set to answer with the scenario's accounts
  /// @param scenario the accounts
  /// @param localAsn 0 for none (GetConfig then fails with INTERNAL)
  /// @param cert PEM certificate, null for plaintext
  /// @param key PEM key, null for plaintext
  /// @param tlsListen the extra TLS listener, null for none (cert and key then make the main one
  ///   TLS)
  static ControllerDaemon start(
      FakeLedger ledger,
      E2eScenarios.Scenario scenario,
      long localAsn,
      Path cert,
      Path key,
      InetSocketAddress tlsListen)
      throws InterruptedException {
    ledger.accounts(scenario.accounts());
    ControllerDaemon c =
        ControllerDaemon.start(
            new ControllerConfig(
                ledger.url(),
                LedgerAccounts.PROGRAM,
                localAsn,
                false,
                new InetSocketAddress("127.0.0.1", 0),
                cert,
                key,
                tlsListen,
                null,
                Duration.ofHours(1)),
            "test");
    for (int i = 0; i < 200 && c.refresher().current() == null; i++) {
      Thread.sleep(50);
    }
    if (c.refresher().current() == null) {
      c.close();
    }
    assertThat(c.refresher().current()).as("first refresh").isNotNull();
    return c;
  }

  /// @return `e2e.tmpl` rendered with StartTunnel 500 and EndTunnel 627
  static String expected() {
    return expected(SCENARIO);
  }

  /// @param scenario which
  /// @return its fixture rendered with StartTunnel 500 and EndTunnel 627
  static String expected(E2eScenarios.Scenario scenario) {
    return GoFixture.render(
        RenderFixtures.DIR + scenario.fixture(), Map.of("StartTunnel", 500, "EndTunnel", 627));
  }
}
