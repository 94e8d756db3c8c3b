package doublezero.agent.eos;

/// Reads the changes a configuration session would make (`show session-config named <session>
/// diffs`; empty when nothing would change).
public interface SessionDiff {
  /// @param session the session name
  /// @return the diff text, empty for none
  /// @throws EosException when it cannot be read
  String diff(String session);
}
