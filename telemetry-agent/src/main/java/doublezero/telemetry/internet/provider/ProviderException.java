package doublezero.telemetry.internet.provider;

import java.util.Locale;

/// A provider's API could not be used this time. Nothing read in the failed call is kept: the
/// provider's state file is not advanced, so the same results are asked for again next cycle.
public final class ProviderException extends RuntimeException {
  /// What went wrong (the `kind` label of `provider_errors_total`).
  public enum Kind {
    /// No answer: connection refused, reset or timed out.
    UNREACHABLE,
    /// HTTP 429: the provider asks us to slow down.
    RATE_LIMITED,
    /// Any other unexpected HTTP status.
    HTTP_STATUS,
    /// The body is not the JSON the API documents.
    MALFORMED;

    /// @return the metric label (`unreachable`, `rate_limited`, `http_status`, `malformed`)
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Kind kind;

  /// @param kind the kind
  /// @param message what failed, naming the request
  /// @param cause the underlying error, or null
  public ProviderException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  /// @return the kind
  public Kind kind() {
    return kind;
  }
}
