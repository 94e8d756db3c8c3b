package doublezero.agent.eos;

import doublezero.agent.eos.api.EapiResponse;
import java.util.Objects;

/// Reads a session diff through eAPI itself (`run_show_cmd`, text in the first response or
/// `raw_response`), for switches where the agent does not run on the box and for the fake switch in
/// tests (`--diff-source eapi`; not in the reference).
public final class EapiSessionDiff implements SessionDiff {
  private final EapiClient eapi;

  /// @param eapi the switch
  public EapiSessionDiff(EapiClient eapi) {
    this.eapi = Objects.requireNonNull(eapi, "eapi");
  }

  @Override
  public String diff(String session) {
    EapiResponse r = eapi.show("show session-config named " + session + " diffs");
    return r.getResponsesCount() > 0 ? r.getResponses(0) : r.getRawResponse();
  }
}
