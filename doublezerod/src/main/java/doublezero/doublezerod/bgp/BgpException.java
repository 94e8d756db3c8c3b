package doublezero.doublezerod.bgp;

import java.util.Locale;

/// An error that RFC 4271 (as revised by RFC 7606) answers with a NOTIFICATION and a session reset.
/// Thrown by [BgpCodec] for messages that cannot be parsed and by the session for FSM and OPEN
/// errors.
public final class BgpException extends RuntimeException {
  private final BgpError error;
  private final byte[] data;

  /// @param error the (code, subcode) to send
  /// @param data the NOTIFICATION data, possibly empty
  /// @param reason what was wrong, for the log
  public BgpException(BgpError error, byte[] data, String reason) {
    super(error.name().toLowerCase(Locale.ROOT) + ": " + reason);
    this.error = error;
    this.data = data.clone();
  }

  /// @return the error to send
  public BgpError error() {
    return error;
  }

  /// @return the NOTIFICATION this error is answered with
  public Notification notification() {
    return Notification.of(error, data);
  }
}
