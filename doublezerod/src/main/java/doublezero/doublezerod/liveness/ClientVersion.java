package doublezero.doublezerod.liveness;

/// The sender's build version carried in bytes 21..24 of a route-liveness control packet (reference
/// `client/doublezerod/internal/liveness/version.go`).
///
/// @param major semver major, 0..255
/// @param minor semver minor, 0..255
/// @param patch semver patch, 0..255
/// @param channel release channel byte: 0 stable, 1 alpha, 2 beta, 3 rc, 4 dev, 5 other (other
///   values kept as is)
public record ClientVersion(int major, int minor, int patch, int channel) {
  /// Version 0.0.0 on the stable channel.
  public static final ClientVersion NONE = new ClientVersion(0, 0, 0, 0);

  private static final String[] SUFFIXES = {"", "-alpha", "-beta", "-rc", "-dev", "-other"};

  /// @throws IllegalArgumentException when a component is outside 0..255
  public ClientVersion {
    for (int v : new int[] {major, minor, patch, channel}) {
      if (v < 0 || v > 255) {
        throw new IllegalArgumentException("client version component out of range 0..255: " + v);
      }
    }
  }

  /// @return `major.minor.patch` plus the channel suffix, e.g. `1.2.3-dev`; unknown channels as
  ///   `-unknown(N)`
  @Override
  public String toString() {
    String suffix = channel < SUFFIXES.length ? SUFFIXES[channel] : "-unknown(" + channel + ")";
    return major + "." + minor + "." + patch + suffix;
  }
}
