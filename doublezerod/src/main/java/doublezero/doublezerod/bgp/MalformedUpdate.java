package doublezero.doublezerod.bgp;

import doublezero.sdk.net.NetworkV4;
import java.util.List;

/// An UPDATE with an error that RFC 7606 §2 handles by "treat-as-withdraw": every prefix it carried
/// (NLRI, MP_REACH_NLRI and withdrawn ones) is withdrawn and the session stays up.
///
/// @param withdrawn every IPv4 unicast prefix the UPDATE carried, to be removed
/// @param error the error that RFC 4271 would have sent in a NOTIFICATION
/// @param reason what was wrong, for the log
public record MalformedUpdate(List<NetworkV4> withdrawn, BgpError error, String reason)
    implements BgpMessage {
  /// Copies the list.
  public MalformedUpdate {
    withdrawn = List.copyOf(withdrawn);
  }
}
