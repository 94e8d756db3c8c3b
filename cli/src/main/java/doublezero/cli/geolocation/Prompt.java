package doublezero.cli.geolocation;

import doublezero.cli.session.Session;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/// The reference's `[y/N]` confirmation (`smartcontract/cli/src/geolocation/probe/delete.rs`,
/// `programconfig/init.rs`): the question on stderr, one line read from stdin, anything but `y`
/// (any case) prints `Aborted.` and declines.
final class Prompt {
  private Prompt() {}

  /// @param s the invocation
  /// @param question the question, ending in `[y/N]: `
  /// @return whether the answer was `y`
  static boolean confirm(Session s, String question) {
    s.err().print(question);
    s.err().flush();
    String answer;
    try {
      answer =
          new BufferedReader(new InputStreamReader(s.env().stdin(), StandardCharsets.UTF_8))
              .readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (answer == null || !answer.trim().equalsIgnoreCase("y")) {
      s.out().println("Aborted.");
      s.out().flush();
      return false;
    }
    return true;
  }
}
