package doublezero.doublezerod.pim;

import doublezero.sdk.net.Ipv4Address;
import java.util.List;

/// One group of a Join/Prune message (RFC 7761 §4.9.5): an Encoded-Group address (flags zero: not
/// bidirectional, no admin scope zone) and its joined and pruned sources.
///
/// @param group the multicast group address
/// @param maskLength the group mask length, 0..32 (the reference uses 32)
/// @param joins the joined sources
/// @param prunes the pruned sources
public record GroupEntry(
    Ipv4Address group, int maskLength, List<SourceEntry> joins, List<SourceEntry> prunes) {
  /// @param group group address
  /// @param maskLength 0..32
  /// @param joins joined sources (at most 65535)
  /// @param prunes pruned sources (at most 65535)
  /// @throws IllegalArgumentException when the mask length is outside 0..32 or a list is too long
  public GroupEntry {
    PimCodec.checkMask(maskLength);
    PimCodec.checkU16("number of joined sources", joins.size());
    PimCodec.checkU16("number of pruned sources", prunes.size());
    joins = List.copyOf(joins);
    prunes = List.copyOf(prunes);
  }

  /// @param group a group
  /// @param rendezvousPoint the RP address
  /// @return the (*,G) join the reference sends: one source = the RP, flags S|W|R, mask 32
  public static GroupEntry starGJoin(Ipv4Address group, Ipv4Address rendezvousPoint) {
    return new GroupEntry(group, 32, List.of(SourceEntry.rpTree(rendezvousPoint)), List.of());
  }

  /// @param group a group
  /// @param rendezvousPoint the RP address
  /// @return the (*,G) prune: one pruned source = the RP, flags S|W|R, mask 32
  public static GroupEntry starGPrune(Ipv4Address group, Ipv4Address rendezvousPoint) {
    return new GroupEntry(group, 32, List.of(), List.of(SourceEntry.rpTree(rendezvousPoint)));
  }
}
