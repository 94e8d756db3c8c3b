package doublezero.sdk.environment;

import doublezero.sdk.solana.key.PublicKey;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/// A DoubleZero deployment: its program IDs, the internet-latency collector key, the ledger's RPC
/// and WebSocket URLs and the device local ASN. Values from `reference/serviceability-state.md`
/// §1.1 (Rust `config/src/constants.rs` + `env.rs`, Go `config/env.go` for the ASN).
///
/// Environment-variable overrides (`DZ_LEDGER_RPC_URL`, `DZ_LEDGER_WS_RPC_URL`) are not applied
/// here: this type holds the built-in values only; a caller that honours the overrides does so
/// itself.
public enum Environment {
  /// `mainnet-beta` (short `m`, Go alias `mainnet`).
  MAINNET_BETA(
      "mainnet-beta",
      "m",
      List.of("mainnet"),
      "ser2VaTMAcYTaauMrTSfSrxBaUDq7BLNs2xfUugTAGv",
      "tE1exJ5VMyoC9ByZeSmgtNzJCFF74G9JAv338sJiqkC",
      "8H7nS6eZiuf7rGQtz3PPz2q9m4eJRL37PPM678KHnspG",
      "8xHn4r7oQuqNZ5cLYwL5YZcDy1JjDQcpVkyoA8Dw5uXH",
      "https://doublezero-mainnet-beta.rpcpool.com/db336024-e7a8-46b1-80e5-352dd77060ab",
      "wss://doublezero-mainnet-beta.rpcpool.com/db336024-e7a8-46b1-80e5-352dd77060ab",
      209321),
  /// `testnet` (short `t`).
  TESTNET(
      "testnet",
      "t",
      List.of(),
      "DZtnuQ839pSaDMFG5q1ad2V95G82S5EC4RrB3Ndw2Heb",
      "3KogTMmVxc5eUHtjZnwm136H5P8tvPwVu4ufbGPvM7p1",
      "3AG2BCA7gAm47Q6xZzPQcUUYvnBjxAvPKnPz919cxHF4",
      "HWGQSTmXWMB85NY2vFLhM1nGpXA8f4VCARRyeGNbqDF1",
      Urls.SHARED_RPC,
      Urls.SHARED_WS,
      65342),
  /// `devnet` (short `d`); the Rust default. Shares the testnet ledger URLs.
  DEVNET(
      "devnet",
      "d",
      List.of(),
      "GYhQDKuESrasNZGyhMJhGYFtbzNijYhcrN9poSqCQVah",
      "C9xqH76NSm11pBS6maNnY163tWHT8Govww47uyEmSnoG",
      "EXUUFfAjjuXnaBtsAMLsJX18ynnNHPwtkmk33bLVVoCm",
      "3fXen9LP5JUAkaaDJtyLo1ohPiJ2LdzVqAnmhtGgAmwJ",
      Urls.SHARED_RPC,
      Urls.SHARED_WS,
      21682),
  /// `local` (short `l`, Go name `localnet`): a ledger on `localhost:8899`.
  LOCAL(
      "local",
      "l",
      List.of("localnet"),
      "7CTniUa88iJKUHTrCkB4TjAoG6TD7AMivhQeuqN2LPtX",
      "C9xqH76NSm11pBS6maNnY163tWHT8Govww47uyEmSnoG",
      "36WA9nUCsJaAQL5h44WYoLezDpocy8Q71NZbtrUN8DyC",
      "3fXen9LP5JUAkaaDJtyLo1ohPiJ2LdzVqAnmhtGgAmwJ",
      "http://localhost:8899",
      "ws://localhost:8899",
      21682);

  /// The Rust default environment (`#[default] Devnet`, `config/src/env.rs`).
  public static final Environment DEFAULT = DEVNET;

  private final String displayName;
  private final String shortName;
  private final List<String> aliases;
  private final PublicKey serviceabilityProgramId;
  private final PublicKey telemetryProgramId;
  private final PublicKey geolocationProgramId;
  private final PublicKey internetLatencyCollector;
  private final String ledgerRpcUrl;
  private final String ledgerWsUrl;
  private final long deviceLocalAsn;

  Environment(
      String displayName,
      String shortName,
      List<String> aliases,
      String serviceability,
      String telemetry,
      String geolocation,
      String collector,
      String rpc,
      String ws,
      long asn) {
    this.displayName = displayName;
    this.shortName = shortName;
    this.aliases = aliases;
    this.serviceabilityProgramId = PublicKey.fromBase58(serviceability);
    this.telemetryProgramId = PublicKey.fromBase58(telemetry);
    this.geolocationProgramId = PublicKey.fromBase58(geolocation);
    this.internetLatencyCollector = PublicKey.fromBase58(collector);
    this.ledgerRpcUrl = rpc;
    this.ledgerWsUrl = ws;
    this.deviceLocalAsn = asn;
  }

  /// Parses an environment name as the Rust `FromStr` does, plus Go's `mainnet` and `localnet`.
  /// Matching is exact (case-sensitive), as in the reference.
  ///
  /// @param name `mainnet-beta`, `m`, `mainnet`, `testnet`, `t`, `devnet`, `d`, `local`, `l` or
  ///   `localnet`
  /// @return the environment
  /// @throws IllegalArgumentException listing the valid names when `name` is none of them
  public static Environment parse(String name) {
    for (Environment e : values()) {
      if (e.displayName.equals(name) || e.shortName.equals(name) || e.aliases.contains(name)) {
        return e;
      }
    }
    throw new IllegalArgumentException(
        "Invalid environment " + name + ", must be one of: " + validNames());
  }

  /// @return every accepted name, comma-separated, in declaration order (for messages)
  public static String validNames() {
    return Arrays.stream(values())
        .flatMap(e -> Stream.concat(Stream.of(e.displayName, e.shortName), e.aliases.stream()))
        .collect(Collectors.joining(", "));
  }

  /// Rust `Environment::from_program_id`: the environment whose serviceability program ID this is.
  ///
  /// @param serviceabilityProgramId a serviceability program ID
  /// @return the environment, or empty when the ID belongs to none
  public static Optional<Environment> fromProgramId(PublicKey serviceabilityProgramId) {
    return Arrays.stream(values())
        .filter(e -> e.serviceabilityProgramId.equals(serviceabilityProgramId))
        .findFirst();
  }

  /// @return the Rust display name: `mainnet-beta`, `testnet`, `devnet` or `local`
  public String displayName() {
    return displayName;
  }

  /// @return the one-letter short name `m`, `t`, `d` or `l`
  public String shortName() {
    return shortName;
  }

  /// @return the name Go's `config/env.go` uses (`localnet` for [#LOCAL])
  public String goName() {
    return this == LOCAL ? "localnet" : displayName;
  }

  /// @return the serviceability program ID
  public PublicKey serviceabilityProgramId() {
    return serviceabilityProgramId;
  }

  /// @return the telemetry program ID
  public PublicKey telemetryProgramId() {
    return telemetryProgramId;
  }

  /// @return the geolocation program ID
  public PublicKey geolocationProgramId() {
    return geolocationProgramId;
  }

  /// @return the internet-latency collector's public key (the oracle agent that writes internet
  ///   samples)
  public PublicKey internetLatencyCollector() {
    return internetLatencyCollector;
  }

  /// @return the DoubleZero ledger JSON-RPC URL
  public String ledgerRpcUrl() {
    return ledgerRpcUrl;
  }

  /// @return the DoubleZero ledger PubSub WebSocket URL
  public String ledgerWsUrl() {
    return ledgerWsUrl;
  }

  /// @return the device local BGP ASN (Go `config/env.go`)
  public long deviceLocalAsn() {
    return deviceLocalAsn;
  }

  /// @return the display name, as Rust `Display` renders it
  @Override
  public String toString() {
    return displayName;
  }

  private static final class Urls {
    static final String SHARED_RPC =
        "https://doublezerolocalnet.rpcpool.com/8a4fd3f4-0977-449f-88c7-63d4b0f10f16";
    static final String SHARED_WS =
        "wss://doublezerolocalnet.rpcpool.com/8a4fd3f4-0977-449f-88c7-63d4b0f10f16/whirligig";
  }
}
