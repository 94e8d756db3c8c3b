package doublezero.geoprobe.flags;

/// The targets' `--log-format` (reference `cmd/geoprobe-target{,-sender}/main.go` at v0.12.0:
/// `text` or `json`). Our targets print `key=value` text lines only; `json` is refused with one
/// line naming the difference (docs/compatibility.md, "Geoprobe").
public final class LogFormat {
  private LogFormat() {}

  /// @param value the flag value
  /// @throws IllegalArgumentException unless the value is `text`
  public static void requireText(String value) {
    if (value.equals("json")) {
      throw new IllegalArgumentException(
          "--log-format json is not supported by this implementation (text only; see"
              + " docs/compatibility.md)");
    }
    if (!value.equals("text")) {
      throw new IllegalArgumentException("--log-format must be text or json, got '" + value + "'");
    }
  }
}
