package doublezero.sdk.solana.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/// A failed call to a Solana node (JSON-RPC over HTTP or PubSub over WebSocket).
///
/// [#kind()] tells what failed. For [RpcErrorKind#JSON_RPC] the node's `code`, `message` and `data`
/// are kept as sent; a preflight failure of `sendTransaction` (code
/// [#SEND_TRANSACTION_PREFLIGHT_FAILURE], `data` = a simulation result) exposes the parsed
/// [TransactionError], program logs and units consumed. Error codes: Solana `rpc-client-api`
/// `custom_error.rs` and JSON-RPC 2.0 §5.1.
public sealed class RpcException extends RuntimeException permits ConfirmationException {
  /// `sendTransaction` preflight simulation failed; `data` holds `err`, `logs`, `unitsConsumed`.
  public static final int SEND_TRANSACTION_PREFLIGHT_FAILURE = -32002;

  /// A transaction signature failed verification.
  public static final int TRANSACTION_SIGNATURE_VERIFICATION_FAILURE = -32003;

  /// The node is unhealthy or behind (`getHealth`).
  public static final int NODE_UNHEALTHY = -32005;

  /// JSON-RPC 2.0: the method does not exist.
  public static final int METHOD_NOT_FOUND = -32601;

  /// JSON-RPC 2.0: invalid method parameters.
  public static final int INVALID_PARAMS = -32602;

  private final RpcErrorKind kind;
  private final String url;
  private final String method;
  private final int code;
  private final int httpStatus;
  private final transient JsonNode data;

  /// @param kind what failed
  /// @param url the node's URL (or null when unknown)
  /// @param method the JSON-RPC method (or null)
  /// @param code the JSON-RPC error code (0 unless kind is JSON_RPC)
  /// @param httpStatus the HTTP status (0 when no HTTP answer)
  /// @param message a readable message; the node's own message for JSON_RPC
  /// @param data the JSON-RPC `data` member (null or MissingNode when absent)
  /// @param cause the underlying exception, or null
  public RpcException(
      RpcErrorKind kind,
      String url,
      String method,
      int code,
      int httpStatus,
      String message,
      JsonNode data,
      Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.url = url;
    this.method = method;
    this.code = code;
    this.httpStatus = httpStatus;
    this.data = data == null ? MissingNode.getInstance() : data;
  }

  static RpcException malformed(String what) {
    return new RpcException(
        RpcErrorKind.MALFORMED_RESPONSE,
        null,
        null,
        0,
        0,
        "malformed response: " + what,
        null,
        null);
  }

  /// @return what failed
  public RpcErrorKind kind() {
    return kind;
  }

  /// @return the node's URL, or null when unknown
  public String url() {
    return url;
  }

  /// @return the JSON-RPC method called, or null
  public String method() {
    return method;
  }

  /// @return the JSON-RPC error code; 0 unless [#kind()] is [RpcErrorKind#JSON_RPC]
  public int code() {
    return code;
  }

  /// @return the HTTP status of the answer, 0 when there was none
  public int httpStatus() {
    return httpStatus;
  }

  /// @return the JSON-RPC `data` member, [MissingNode] when absent
  public JsonNode data() {
    return data;
  }

  /// @return whether this is a `sendTransaction` preflight failure (code -32002)
  public boolean isPreflightFailure() {
    return kind == RpcErrorKind.JSON_RPC && code == SEND_TRANSACTION_PREFLIGHT_FAILURE;
  }

  /// @return the transaction error in `data.err` (preflight failures), when present
  /// @throws RpcException (MALFORMED_RESPONSE) when `data.err` is not a Solana TransactionError
  public Optional<TransactionError> transactionError() {
    JsonNode err = data.path("err");
    return err.isMissingNode() || err.isNull()
        ? Optional.empty()
        : Optional.of(TransactionError.fromJson(err));
  }

  /// @param resolver maps custom error codes to program error names
  /// @param instructionProgramIds the program id of each instruction of the sent transaction, in
  ///   order
  /// @return the transaction error with custom program errors resolved, when present
  public Optional<TransactionError> transactionError(
      ProgramErrorResolver resolver, List<PublicKey> instructionProgramIds) {
    return transactionError().map(e -> e.resolve(resolver, instructionProgramIds));
  }

  /// @return the program logs in `data.logs` (preflight failures), empty when absent
  public List<String> logs() {
    List<String> logs = new ArrayList<>();
    data.path("logs").forEach(l -> logs.add(l.asText()));
    return List.copyOf(logs);
  }

  /// @return `data.unitsConsumed` (preflight failures), when present
  public OptionalLong unitsConsumed() {
    JsonNode n = data.path("unitsConsumed");
    return n.isIntegralNumber() ? OptionalLong.of(n.longValue()) : OptionalLong.empty();
  }
}
