package doublezero.controller.service;

import java.util.Objects;

/// Why GetConfig refused, with the reference's gRPC status and message (reference
/// `server.go::GetConfig`, §B.3).
public final class ConfigError extends RuntimeException {
  /// The gRPC status a refusal maps to.
  public enum Kind {
    /// unknown device pubkey
    NOT_FOUND,
    /// the device has pathologies
    FAILED_PRECONDITION,
    /// no device local ASN configured
    INTERNAL,
    /// the template failed
    ABORTED
  }

  private final Kind kind;

  /// @param kind the status
  /// @param message the reference's message text
  public ConfigError(Kind kind, String message) {
    super(message);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /// @return the status
  public Kind kind() {
    return kind;
  }
}
