package doublezero.cli;

import doublezero.cli.config.CliEnv;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
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
    return run(CliEnv.of(vars, home), args);
  }

  /// Runs with `stdin` as standard input, taken for a terminal (read as answers to prompts, never
  /// as a piped keypair).
  public Result withStdin(String stdin, String... args) {
    return run(
        new CliEnv(
            Map.copyOf(vars),
            home,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            true,
            false),
        args);
  }

  private static Result run(CliEnv env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = DoubleZeroCli.run(new PrintWriter(out), new PrintWriter(err), env, args);
    return new Result(code, out.toString(), err.toString());
  }

  public Path home() {
    return home;
  }

  public record Result(int code, String out, String err) {}
}
