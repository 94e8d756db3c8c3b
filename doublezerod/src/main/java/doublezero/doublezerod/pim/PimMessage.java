package doublezero.doublezerod.pim;

import doublezero.sdk.net.Ipv4Address;
import java.util.List;

/// The PIM-SM version 2 messages a multicast subscriber sends and understands (RFC 7761 §4.9):
/// Hello (type 0) and Join/Prune (type 3), IPv4 only (address family 1, native encoding 0). The
/// wire form is [PimCodec]'s.
public sealed interface PimMessage {
  /// Hello (RFC 7761 §4.9.2): options in wire order. The reference daemon sends Holdtime,
  /// Generation ID, DR Priority in that order (`reference/cli-doublezerod.md` §G.4); see
  /// [#standard].
  ///
  /// @param options the options, in the order they are (or were) on the wire
  record Hello(List<HelloOption> options) implements PimMessage {
    /// @param options the options
    public Hello {
      options = List.copyOf(options);
    }

    /// @param holdtimeSeconds the Holdtime option's value, seconds (0..65535; the reference sends
    ///   105)
    /// @param generationId the Generation ID option's value (unsigned 32 bits)
    /// @param drPriority the DR Priority option's value (unsigned 32 bits; the reference sends 1)
    /// @return a Hello with the three options in the reference's order
    public static Hello standard(int holdtimeSeconds, long generationId, long drPriority) {
      return new Hello(
          List.of(
              new HelloOption.Holdtime(holdtimeSeconds),
              new HelloOption.GenerationId(generationId),
              new HelloOption.DrPriority(drPriority)));
    }
  }

  /// Join/Prune (RFC 7761 §4.9.5).
  ///
  /// @param upstreamNeighbor the upstream neighbour (the device's overlay address)
  /// @param holdtimeSeconds how long the receiver keeps the state, seconds (0..65535; the reference
  ///   sends 120, and 5 in its final Prune)
  /// @param groups one entry per multicast group
  record JoinPrune(Ipv4Address upstreamNeighbor, int holdtimeSeconds, List<GroupEntry> groups)
      implements PimMessage {
    /// @param upstreamNeighbor the upstream neighbour
    /// @param holdtimeSeconds seconds
    /// @param groups group entries (at most 255)
    /// @throws IllegalArgumentException when the holdtime is outside 0..65535 or there are more
    ///   than 255 groups
    public JoinPrune {
      PimCodec.checkU16("holdtime", holdtimeSeconds);
      if (groups.size() > 255) {
        throw new IllegalArgumentException("at most 255 groups, got " + groups.size());
      }
      groups = List.copyOf(groups);
    }
  }
}
