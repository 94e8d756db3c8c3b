package doublezero.cli;

/// The process entry point of `bin/doublezero`. `--version` (or `-V`) alone is answered here, from
/// the jar manifest, without loading picocli or building any of the command model: it is how people
/// check an installation, and the JVM's start-up is then nearly all it costs. Everything else goes
/// to [DoubleZeroCli#main].
public final class CliMain {
  private CliMain() {}

  /// @param args command-line arguments
  public static void main(String[] args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      System.out.println(version());
      return;
    }
    DoubleZeroCli.main(args);
  }

  /// @return `doublezero <version> (compatible with DoubleZero v0.12.0)`: the jar manifest's
  ///   `Implementation-Version`, or `dev` when run from classes
  public static String version() {
    String v = CliMain.class.getPackage().getImplementationVersion();
    return "doublezero " + (v == null ? "dev" : v) + " (compatible with DoubleZero v0.12.0)";
  }
}
