package doublezero.geoprobe.flags;

import picocli.CommandLine.Option;

/// `-h`/`--help`/`-help` and `-V`/`--version`/`-version` (the reference's Go tools spell them with
/// one dash), mixed into the geoprobe commands instead of picocli's standard help options.
public final class StandardFlags {
  @Option(
      names = {"-h", "--help", "-help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  @Option(
      names = {"-V", "--version", "-version"},
      versionHelp = true,
      description = "Print version information and exit.")
  boolean version;
}
