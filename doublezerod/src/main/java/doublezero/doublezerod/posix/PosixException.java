package doublezero.doublezerod.posix;

/// A libc call failed: the call's name, `errno` and its text.
public final class PosixException extends RuntimeException {
  private final int errno;

  /// @param call the call, e.g. `socket`
  /// @param errno the error number
  /// @param text `strerror(errno)`
  public PosixException(String call, int errno, String text) {
    super(call + ": " + text + " (errno " + errno + ")");
    this.errno = errno;
  }

  /// @return the error number
  public int errno() {
    return errno;
  }
}
