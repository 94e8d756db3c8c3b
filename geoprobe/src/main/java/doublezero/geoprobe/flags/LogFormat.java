package doublezero.geoprobe.flags;

import picocli.CommandLine.Option;

/// The targets' `--log-format` (reference `cmd/geoprobe-target{,-sender}/main.go` at v0.12.0:
/// `text` or `json`), mixed into both target commands. Our targets print `key=value` text lines
/// only; `json` is refused with one line naming the difference (docs/compatibility.md, "Geoprobe").
public final class LogFormat {
  @Option(
      names = {"--log-format", "-log-format"},
      defaultValue = "text",
      paramLabel = "<logFormat>",
      description = "output format: text (json is the reference's, not supported here)")
  String value;

  /// @return the flag's value (`text` unless given)
  public String value() {
    return value;
  }

  /// @throws IllegalArgumentException unless the value is `text`
  public void requireText() {
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
