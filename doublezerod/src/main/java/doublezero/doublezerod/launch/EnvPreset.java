package doublezero.doublezerod.launch;

import doublezero.sdk.environment.Environment;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Map;
import java.util.Optional;

/// `-env` with its overrides (reference `cmd/doublezerod/main.go`, `config/env.go`, §D.1): the
/// preset gives the network moniker, ledger RPC URL and program id; `-solana-rpc-endpoint` and
/// `-program-id` override them; `DZ_LEDGER_RPC_URL` overrides the preset URL. An empty env needs
/// both overrides.
///
/// @param network moniker
/// @param rpcUrl ledger RPC URL
/// @param programId serviceability program id
public record EnvPreset(String network, String rpcUrl, PublicKey programId) {
  /// @param env `mainnet-beta`/`mainnet`, `testnet`, `devnet`, `localnet` (or empty)
  /// @param rpc `-solana-rpc-endpoint`, empty when not given
  /// @param programId `-program-id`, empty when not given
  /// @param vars environment variables
  /// @return the resolved preset
  /// @throws IllegalArgumentException for an unknown env, a bad program id, or nothing to go on
  public static EnvPreset resolve(
      String env, Optional<String> rpc, Optional<String> programId, Map<String, String> vars) {
    if (env.isEmpty()) {
      if (rpc.isEmpty() || programId.isEmpty()) {
        throw new IllegalArgumentException(
            "Either env or program-id and rpc-endpoint must be provided");
      }
      return new EnvPreset("", rpc.get(), key(programId.get()));
    }
    Environment e;
    try {
      e =
          switch (env) {
            case "mainnet-beta", "mainnet" -> Environment.MAINNET_BETA;
            case "testnet" -> Environment.TESTNET;
            case "devnet" -> Environment.DEVNET;
            case "localnet" -> Environment.LOCAL;
            default -> throw new IllegalArgumentException();
          };
    } catch (IllegalArgumentException ex) {
      throw new IllegalArgumentException(
          "invalid environment "
              + env
              + ", must be one of: mainnet-beta, mainnet, testnet, devnet, localnet");
    }
    String url = rpc.orElse(vars.getOrDefault("DZ_LEDGER_RPC_URL", e.ledgerRpcUrl()));
    return new EnvPreset(
        e.goName(), url, programId.map(EnvPreset::key).orElse(e.serviceabilityProgramId()));
  }

  private static PublicKey key(String text) {
    try {
      return PublicKey.fromBase58(text);
    } catch (IllegalArgumentException ex) {
      throw new IllegalArgumentException("invalid program-id " + text + ": " + ex.getMessage());
    }
  }
}
