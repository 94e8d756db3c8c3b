package doublezero.doublezerod.api;

import java.nio.charset.StandardCharsets;

/// One HTTP response of the API: status code, content type (null for none) and body bytes.
///
/// @param status HTTP status code
/// @param contentType `Content-Type`, or null to send none
/// @param body body bytes
public record ApiResponse(int status, String contentType, byte[] body) {
  static final String JSON = "application/json";
  static final String TEXT = "text/plain; charset=utf-8";

  static ApiResponse json(int status, String body) {
    return new ApiResponse(status, JSON, body.getBytes(StandardCharsets.UTF_8));
  }

  /// A body written with `w.Write` and no content type set: Go sniffs JSON text as `text/plain;
  /// charset=utf-8`.
  static ApiResponse raw(int status, String body) {
    return new ApiResponse(status, TEXT, body.getBytes(StandardCharsets.UTF_8));
  }

  /// Go's `http.Error`: plain text plus a newline.
  static ApiResponse text(int status, String message) {
    return new ApiResponse(status, TEXT, (message + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /// @return the body as UTF-8 text
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
