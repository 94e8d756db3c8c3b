package doublezero.cli;

import picocli.CommandLine.IVersionProvider;

/// Prints the CLI version and the reference release it is compatible with.
public final class CliVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = DoubleZeroCli.class.getPackage().getImplementationVersion();
    return new String[] {"doublezero " + (v == null ? "dev" : v) + " (compatible with DoubleZero v0.12.0)"};
  }
}
