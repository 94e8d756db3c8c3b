package doublezero.sdk.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.sdk.solana.key.PublicKey;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/// Every value of `reference/serviceability-state.md` §1.1, transcribed here independently of the
/// main code.
class EnvironmentTest {
  private static final String SHARED_RPC =
      "https://doublezerolocalnet.rpcpool.com/8a4fd3f4-0977-449f-88c7-63d4b0f10f16";
  private static final String SHARED_WS =
      "wss://doublezerolocalnet.rpcpool.com/8a4fd3f4-0977-449f-88c7-63d4b0f10f16/whirligig";

  static Stream<Arguments> table() {
    return Stream.of(
        Arguments.of(
            Environment.MAINNET_BETA,
            "mainnet-beta",
            "m",
            "ser2VaTMAcYTaauMrTSfSrxBaUDq7BLNs2xfUugTAGv",
            "tE1exJ5VMyoC9ByZeSmgtNzJCFF74G9JAv338sJiqkC",
            "8H7nS6eZiuf7rGQtz3PPz2q9m4eJRL37PPM678KHnspG",
            "8xHn4r7oQuqNZ5cLYwL5YZcDy1JjDQcpVkyoA8Dw5uXH",
            "https://doublezero-mainnet-beta.rpcpool.com/db336024-e7a8-46b1-80e5-352dd77060ab",
            "wss://doublezero-mainnet-beta.rpcpool.com/db336024-e7a8-46b1-80e5-352dd77060ab",
            209321L),
        Arguments.of(
            Environment.TESTNET,
            "testnet",
            "t",
            "DZtnuQ839pSaDMFG5q1ad2V95G82S5EC4RrB3Ndw2Heb",
            "3KogTMmVxc5eUHtjZnwm136H5P8tvPwVu4ufbGPvM7p1",
            "3AG2BCA7gAm47Q6xZzPQcUUYvnBjxAvPKnPz919cxHF4",
            "HWGQSTmXWMB85NY2vFLhM1nGpXA8f4VCARRyeGNbqDF1",
            SHARED_RPC,
            SHARED_WS,
            65342L),
        Arguments.of(
            Environment.DEVNET,
            "devnet",
            "d",
            "GYhQDKuESrasNZGyhMJhGYFtbzNijYhcrN9poSqCQVah",
            "C9xqH76NSm11pBS6maNnY163tWHT8Govww47uyEmSnoG",
            "EXUUFfAjjuXnaBtsAMLsJX18ynnNHPwtkmk33bLVVoCm",
            "3fXen9LP5JUAkaaDJtyLo1ohPiJ2LdzVqAnmhtGgAmwJ",
            SHARED_RPC,
            SHARED_WS,
            21682L),
        Arguments.of(
            Environment.LOCAL,
            "local",
            "l",
            "7CTniUa88iJKUHTrCkB4TjAoG6TD7AMivhQeuqN2LPtX",
            "C9xqH76NSm11pBS6maNnY163tWHT8Govww47uyEmSnoG",
            "36WA9nUCsJaAQL5h44WYoLezDpocy8Q71NZbtrUN8DyC",
            "3fXen9LP5JUAkaaDJtyLo1ohPiJ2LdzVqAnmhtGgAmwJ",
            "http://localhost:8899",
            "ws://localhost:8899",
            21682L));
  }

  @ParameterizedTest
  @MethodSource("table")
  void valuesMatchTheReferenceTable(
      Environment env,
      String name,
      String shortName,
      String serviceability,
      String telemetry,
      String geolocation,
      String collector,
      String rpc,
      String ws,
      long asn) {
    assertThat(env.displayName()).isEqualTo(name);
    assertThat(env.toString()).isEqualTo(name);
    assertThat(env.shortName()).isEqualTo(shortName);
    assertThat(env.serviceabilityProgramId().toBase58()).isEqualTo(serviceability);
    assertThat(env.telemetryProgramId().toBase58()).isEqualTo(telemetry);
    assertThat(env.geolocationProgramId().toBase58()).isEqualTo(geolocation);
    assertThat(env.internetLatencyCollector().toBase58()).isEqualTo(collector);
    assertThat(env.ledgerRpcUrl()).isEqualTo(rpc);
    assertThat(env.ledgerWsUrl()).isEqualTo(ws);
    assertThat(env.deviceLocalAsn()).isEqualTo(asn);
    assertThat(Environment.parse(name)).isSameAs(env);
    assertThat(Environment.parse(shortName)).isSameAs(env);
    assertThat(Environment.fromProgramId(PublicKey.fromBase58(serviceability))).contains(env);
  }

  @Test
  void goAliasesAreAccepted() {
    assertThat(Environment.parse("mainnet")).isSameAs(Environment.MAINNET_BETA);
    assertThat(Environment.parse("localnet")).isSameAs(Environment.LOCAL);
    assertThat(Environment.LOCAL.goName()).isEqualTo("localnet");
    assertThat(Environment.DEVNET.goName()).isEqualTo("devnet");
  }

  @Test
  void defaultIsDevnet() {
    assertThat(Environment.DEFAULT).isSameAs(Environment.DEVNET);
  }

  @Test
  void unknownNamesListTheValidOnes() {
    for (String bad : new String[] {"", "Mainnet-Beta", "prod", "DEVNET", " devnet"}) {
      assertThatThrownBy(() -> Environment.parse(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Invalid environment " + bad)
          .hasMessageContaining("mainnet-beta")
          .hasMessageContaining("testnet")
          .hasMessageContaining("devnet")
          .hasMessageContaining("local");
    }
  }

  @Test
  void foreignProgramIdMatchesNoEnvironment() {
    assertThat(Environment.fromProgramId(PublicKey.DEFAULT)).isEmpty();
    // a telemetry ID is not a serviceability ID
    assertThat(Environment.fromProgramId(Environment.MAINNET_BETA.telemetryProgramId())).isEmpty();
  }
}
