package doublezero.localnet.rpc;

/// A JSON-RPC error to send back: `{"code": code, "message": message[, "data": data]}`.
public final class RpcException extends RuntimeException {
  /// -32700 Parse error.
  public static final int PARSE_ERROR = -32700;

  /// -32600 Invalid request.
  public static final int INVALID_REQUEST = -32600;

  /// -32601 Method not found.
  public static final int METHOD_NOT_FOUND = -32601;

  /// -32602 Invalid params.
  public static final int INVALID_PARAMS = -32602;

  /// -32603 Internal error.
  public static final int INTERNAL_ERROR = -32603;

  /// -32002 Transaction simulation failed (preflight).
  public static final int SEND_TRANSACTION_PREFLIGHT_FAILURE = -32002;

  /// -32003 Transaction signature verification failure.
  public static final int TRANSACTION_SIGNATURE_VERIFICATION_FAILURE = -32003;

  /// -32016 Minimum context slot has not been reached.
  public static final int MIN_CONTEXT_SLOT_NOT_REACHED = -32016;

  private final int code;
  private final transient Object data;

  /// @param code JSON-RPC error code
  /// @param message error message
  /// @param data optional `data` member, or null
  public RpcException(int code, String message, Object data) {
    super(message, null, false, false);
    this.code = code;
    this.data = data;
  }

  /// An "Invalid params" error with Solana's wording `Invalid params: <detail>`.
  public static RpcException invalidParams(String detail) {
    return new RpcException(INVALID_PARAMS, "Invalid params: " + detail, null);
  }

  /// An error with code -32602 and exactly `message` (Solana uses bare messages for some param
  /// failures).
  public static RpcException invalidParamsRaw(String message) {
    return new RpcException(INVALID_PARAMS, message, null);
  }

  /// The code.
  public int code() {
    return code;
  }

  /// The `data` member, or null.
  public Object data() {
    return data;
  }
}
