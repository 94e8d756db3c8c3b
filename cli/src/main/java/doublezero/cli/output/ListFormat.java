package doublezero.cli.output;

import picocli.CommandLine.Option;

/// The `--json` / `--json-compact` flags of every list command (if both are given, `--json` wins).
public final class ListFormat {
  @Option(names = "--json", description = "Output as pretty JSON.")
  boolean json;

  @Option(names = "--json-compact", description = "Output as compact JSON.")
  boolean jsonCompact;

  /// @return whether `--json` was given
  public boolean json() {
    return json;
  }

  /// @return whether `--json-compact` was given
  public boolean jsonCompact() {
    return jsonCompact;
  }
}
