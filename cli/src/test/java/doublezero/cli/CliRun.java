package doublezero.cli;

import doublezero.cli.session.CliEnv;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/// Runs the CLI in-process with a temporary home directory and injected environment variables.
public final class CliRun {
  private final Path home;
  private final Map<String, String> vars = new HashMap<>();

  public CliRun(Path home) {
    this.home = home;
  }

  public CliRun var(String k, String v) {
    vars.put(k, v);
    return this;
  }

  public Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = DoubleZeroCli.run(new PrintWriter(out), new PrintWriter(err), CliEnv.of(vars, home), args);
    return new Result(code, out.toString(), err.toString());
  }

  public Path home() {
    return home;
  }

  public record Result(int code, String out, String err) {}
}
