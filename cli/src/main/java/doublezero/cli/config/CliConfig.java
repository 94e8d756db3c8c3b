package doublezero.cli.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import java.util.Optional;

/// The CLI config file, `config.yml` (reference `smartcontract/sdk/rs/src/config.rs`
/// `ClientConfig`): keys in the reference order; `null` options mean "computed" (WebSocket URL from
/// the RPC URL, program id from the default environment).
///
/// @param jsonRpcUrl ledger JSON-RPC URL (required key)
/// @param websocketUrl ledger PubSub URL, or null to compute it from `jsonRpcUrl`
/// @param keypairPath signer keypair file (default `~/.config/doublezero/id.json`)
/// @param programId serviceability program id, or null for the default environment's
/// @param tenant default tenant code or pubkey (filters `user list`), or null
/// @param addressLabels labels, kept as read (unused by the CLI)
/// @param geoProgramId geolocation program id, or null
/// @param timeout seconds to wait for each ledger answer, or null for the default (this CLI's own
///   key, written only when set; the reference CLI ignores it)
@JsonPropertyOrder({
  "json_rpc_url",
  "websocket_url",
  "keypair_path",
  "program_id",
  "tenant",
  "address_labels",
  "geo_program_id",
  "timeout"
})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CliConfig(
    @JsonProperty("json_rpc_url") String jsonRpcUrl,
    @JsonProperty("websocket_url") String websocketUrl,
    @JsonProperty("keypair_path") String keypairPath,
    @JsonProperty("program_id") String programId,
    @JsonProperty("tenant") String tenant,
    @JsonProperty("address_labels") Map<String, String> addressLabels,
    @JsonProperty("geo_program_id") String geoProgramId,
    @JsonProperty("timeout") @JsonInclude(JsonInclude.Include.NON_NULL) Long timeout) {

  /// Missing `address_labels` becomes an empty map.
  public CliConfig {
    addressLabels = addressLabels == null ? Map.of() : Map.copyOf(addressLabels);
  }

  /// @return the WebSocket URL when set
  public Optional<String> websocket() {
    return Optional.ofNullable(websocketUrl);
  }

  /// @return the program id when set
  public Optional<String> program() {
    return Optional.ofNullable(programId);
  }

  /// @return the default tenant when set
  public Optional<String> tenantOpt() {
    return Optional.ofNullable(tenant);
  }

  /// @param url new RPC URL (resets the WebSocket URL to computed, as `config set --url` does)
  /// @return the changed config
  public CliConfig withRpcUrl(String url) {
    return new CliConfig(
        url, null, keypairPath, programId, tenant, addressLabels, geoProgramId, timeout);
  }

  /// @param ws new WebSocket URL
  /// @return the changed config
  public CliConfig withWebsocketUrl(String ws) {
    return new CliConfig(
        jsonRpcUrl, ws, keypairPath, programId, tenant, addressLabels, geoProgramId, timeout);
  }

  /// @param path new keypair path
  /// @return the changed config
  public CliConfig withKeypairPath(String path) {
    return new CliConfig(
        jsonRpcUrl, websocketUrl, path, programId, tenant, addressLabels, geoProgramId, timeout);
  }

  /// @param id new program id
  /// @return the changed config
  public CliConfig withProgramId(String id) {
    return new CliConfig(
        jsonRpcUrl, websocketUrl, keypairPath, id, tenant, addressLabels, geoProgramId, timeout);
  }

  /// @param t new default tenant, or null to clear it
  /// @return the changed config
  public CliConfig withTenant(String t) {
    return new CliConfig(
        jsonRpcUrl, websocketUrl, keypairPath, programId, t, addressLabels, geoProgramId, timeout);
  }

  /// @return the configured timeout in seconds, when set
  public Optional<Long> timeoutSeconds() {
    return Optional.ofNullable(timeout);
  }

  /// @param seconds new timeout in seconds
  /// @return the changed config
  public CliConfig withTimeout(long seconds) {
    return new CliConfig(
        jsonRpcUrl,
        websocketUrl,
        keypairPath,
        programId,
        tenant,
        addressLabels,
        geoProgramId,
        seconds);
  }

  /// @param id new geolocation program id
  /// @return the changed config
  public CliConfig withGeoProgramId(String id) {
    return new CliConfig(
        jsonRpcUrl, websocketUrl, keypairPath, programId, tenant, addressLabels, id, timeout);
  }
}
