package doublezero.cli;

import picocli.CommandLine.IVersionProvider;

/// Prints the CLI version and the reference release it is compatible with.
public final class CliVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {CliMain.version()};
  }
}
