package doublezero.doublezerod.bgp;

/// A session's reported status and when it last changed (the `doublezero_status` object of
/// `/status`).
///
/// @param status the status
/// @param lastSessionUpdate Unix seconds of the last change
public record SessionState(SessionStatus status, long lastSessionUpdate) {}
