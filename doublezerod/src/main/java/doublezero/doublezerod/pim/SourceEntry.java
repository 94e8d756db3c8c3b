package doublezero.doublezerod.pim;

import doublezero.sdk.net.Ipv4Address;

/// An Encoded-Source address of a Join/Prune group (RFC 7761 §4.9.1): address, mask length and the
/// S (sparse), W (wildcard) and R (RPT) bits.
///
/// @param address the source (for (*,G): the rendezvous point)
/// @param maskLength 0..32
/// @param sparse the S bit (1 for PIM-SM)
/// @param wildcard the W bit (1 for (*,G))
/// @param rpt the R bit (1 when sent towards the RP)
public record SourceEntry(
    Ipv4Address address, int maskLength, boolean sparse, boolean wildcard, boolean rpt) {
  /// @param address source address
  /// @param maskLength 0..32
  /// @param sparse S bit
  /// @param wildcard W bit
  /// @param rpt R bit
  /// @throws IllegalArgumentException when the mask length is outside 0..32
  public SourceEntry {
    PimCodec.checkMask(maskLength);
  }

  /// @param rendezvousPoint the RP
  /// @return the RP as a (*,G) source: mask 32, S, W and R set (flags byte 0x07)
  public static SourceEntry rpTree(Ipv4Address rendezvousPoint) {
    return new SourceEntry(rendezvousPoint, 32, true, true, true);
  }

  int flags() {
    return (sparse ? 4 : 0) | (wildcard ? 2 : 0) | (rpt ? 1 : 0);
  }
}
