package doublezero.controller.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Puts the iBGP/MSDP peer blocks of an e2e agent-config fixture (`e2e/fixtures/**/*.tmpl`) into a
/// given peer order.
///
/// The reference controller renders its peers in the order `getProgramAccounts` returned the
/// devices (it never sorts them, §B.4), and its e2e fixtures spell that order out (ty2, ld4, la2,
/// sg1, ams, frk, pit): the order a solana-test-validator produced for the e2e program id and
/// creation order (reference `e2e/main_test.go:210` creates a dummy la2-dz01 first "to maintain
/// same ordering of devices as before"). Another ledger returns the same accounts in another order,
/// so the test computes the expected text for the order its ledger actually returned.
///
/// A peer block is a run of template lines that name one peer through `{{index .PeerIpv4 "code"}}`
/// or `{{index .PeerVpnv4 "code"}}`, plus the lines right after it that name no peer and are
/// indented deeper than its first line (MSDP's `mesh-group`, `local-interface`, `description`).
/// Consecutive blocks whose first lines are the same apart from the peer form a section (the
/// ipv4-neighbour block, the vpnv4 one, each address family's `activate` lines, MSDP); each
/// section's blocks are sorted by the peer's position in the given order. Everything else stays
/// where it is.
final class PeerOrder {
  private static final Pattern PEER =
      Pattern.compile("\\{\\{index \\.(Peer(?:Ipv4|Vpnv4)) \"([^\"]+)\"}}");

  private PeerOrder() {}

  private record Block(String peer, String shape, int indent, List<String> lines) {}

  /// @param template the fixture's template text
  /// @param order peer codes in the order the ledger returned their devices
  /// @return the template with each section's peer blocks in that order
  /// @throws IllegalArgumentException when the template names a peer missing from `order`
  static String reorder(String template, List<String> order) {
    String[] lines = template.split("\n", -1);
    StringBuilder out = new StringBuilder();
    List<Block> section = new ArrayList<>();
    for (String line : lines) {
      Matcher m = PEER.matcher(line);
      Block last = section.isEmpty() ? null : section.getLast();
      if (m.find()) {
        String peer = m.group(2);
        if (!order.contains(peer)) {
          throw new IllegalArgumentException("peer " + peer + " is not in " + order);
        }
        String shape = shape(line);
        if (last != null && last.peer.equals(peer) && sameBlock(last, line)) {
          last.lines.add(line);
          continue;
        }
        if (last != null && !last.shape.equals(shape)) {
          flush(section, order, out);
        }
        section.add(new Block(peer, shape, indent(line), new ArrayList<>(List.of(line))));
      } else if (last != null && !line.isBlank() && indent(line) > last.indent) {
        last.lines.add(line);
      } else {
        flush(section, order, out);
        out.append(line).append('\n');
      }
    }
    flush(section, order, out);
    return out.substring(0, out.length() - 1);
  }

  /// A line naming the block's peer continues it unless it starts a new block of the same shape
  /// (the ipv4 address family lists each peer once per shape).
  private static boolean sameBlock(Block last, String line) {
    return !shape(line).equals(last.shape);
  }

  /// The line with its peer codes blanked out (the kind of loopback it names stays).
  private static String shape(String line) {
    return PEER.matcher(line).replaceAll("{{index .$1 PEER}}");
  }

  private static void flush(List<Block> section, List<String> order, StringBuilder out) {
    section.sort(Comparator.comparingInt(b -> order.indexOf(b.peer)));
    for (Block b : section) {
      for (String l : b.lines) {
        out.append(l).append('\n');
      }
    }
    section.clear();
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
