package doublezero.controller.render;

/// The template could not be evaluated (the reference answers such a GetConfig with `ABORTED`).
public final class RenderException extends RuntimeException {
  /// @param message what failed
  /// @param cause the template engine's error
  public RenderException(String message, Throwable cause) {
    super(message, cause);
  }
}
