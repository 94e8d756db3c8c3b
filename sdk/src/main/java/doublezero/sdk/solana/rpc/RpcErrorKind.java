package doublezero.sdk.solana.rpc;

/// What went wrong in a call to a Solana node; see [RpcException#kind()].
public enum RpcErrorKind {
  /// The node answered with a JSON-RPC error object (`code`, `message`, `data`). Never retried.
  JSON_RPC,
  /// The node answered with an HTTP status other than 2xx and no JSON-RPC error body.
  HTTP,
  /// No answer: connection refused, reset, timed out, or the calling thread was interrupted.
  TRANSPORT,
  /// The node answered, but the body is not the JSON shape the method documents.
  MALFORMED_RESPONSE,
  /// A transaction did not reach the requested commitment; see [ConfirmationException].
  CONFIRMATION
}
