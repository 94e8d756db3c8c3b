package doublezero.cli.config;

import doublezero.sdk.environment.Environment;
import java.net.URI;
import java.net.URISyntaxException;

/// URL and program-id shorthands (reference `smartcontract/sdk/rs/src/config.rs`
/// `convert_*_moniker`, `convert_url_to_ws`): `doublezero` is the default environment's ledger,
/// `localhost` is `http://localhost:8899`, `devnet`/`testnet`/`mainnet-beta` are the public Solana
/// clusters; program ids accept `devnet` and `testnet`.
public final class UrlMonikers {
  private UrlMonikers() {}

  /// @param url an RPC URL or moniker
  /// @return the URL
  public static String rpc(String url) {
    return switch (url) {
      case "doublezero" -> CliDefaults.ENVIRONMENT.ledgerRpcUrl();
      case "localhost" -> "http://localhost:8899";
      case "devnet", "testnet", "mainnet-beta" -> "https://api." + url + ".solana.com";
      default -> url;
    };
  }

  /// @param url a WebSocket URL or moniker
  /// @return the URL
  public static String ws(String url) {
    return switch (url) {
      case "doublezero" -> CliDefaults.ENVIRONMENT.ledgerWsUrl();
      case "localhost" -> "ws://localhost:8899";
      case "devnet", "testnet", "mainnet-beta" -> "wss://api." + url + ".solana.com";
      default -> url;
    };
  }

  /// @param id a program id or `devnet`/`testnet`
  /// @return the program id
  public static String program(String id) {
    return switch (id) {
      case "devnet" -> Environment.DEVNET.serviceabilityProgramId().toBase58();
      case "testnet" -> Environment.TESTNET.serviceabilityProgramId().toBase58();
      default -> id;
    };
  }

  /// The WebSocket URL computed from an RPC URL: the default ledger's own WS URL, else the same URL
  /// with scheme `wss` (for `https`) or `ws`, rendered like the Rust `url` crate (an empty path
  /// becomes `/`).
  ///
  /// @param rpcUrl the RPC URL
  /// @return the WebSocket URL
  /// @throws IllegalArgumentException when `rpcUrl` is not a URL
  public static String toWs(String rpcUrl) {
    if (rpcUrl.equals(CliDefaults.ENVIRONMENT.ledgerRpcUrl())) {
      return CliDefaults.ENVIRONMENT.ledgerWsUrl();
    }
    try {
      URI u = new URI(rpcUrl);
      if (u.getScheme() == null || u.getHost() == null) {
        throw new IllegalArgumentException("invalid URL " + rpcUrl);
      }
      String scheme = "https".equals(u.getScheme()) ? "wss" : "ws";
      String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
      return new URI(scheme, u.getRawAuthority(), null, null, null).toString()
          + path
          + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("invalid URL " + rpcUrl + ": " + e.getReason());
    }
  }
}
