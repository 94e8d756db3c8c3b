package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.net.NetworkV4;
import java.util.Objects;

/// A unit of a resource extension: an IP block or an id (Rust `IdOrIp`, `SVC/resource.rs`): tag 0
/// `Ip(NetworkV4)`, tag 1 `Id(u16)` (`serviceability-instructions.md` §2).
public sealed interface IdOrIp permits IdOrIp.Ip, IdOrIp.Id {
  /// @param w writes the tag, then the payload
  void encode(BorshWriter w);

  /// @param r a reader at the tag
  /// @param field field name for errors
  /// @return the value
  /// @throws DecodeException for an unknown tag or a short payload
  static IdOrIp decode(BorshReader r, String field) {
    int at = r.offset();
    int tag = r.u8(field);
    BorshReader p = r.strict();
    return switch (tag) {
      case 0 -> new Ip(p.networkV4(field + ".ip"));
      case 1 -> new Id(p.u16(field + ".id"));
      default -> throw new DecodeException(r.type(), field, at, "unknown IdOrIp tag " + tag);
    };
  }

  /// Tag 0: an address block.
  ///
  /// @param net the block
  record Ip(NetworkV4 net) implements IdOrIp {
    /// @throws NullPointerException for a null network
    public Ip {
      Objects.requireNonNull(net, "net");
    }

    @Override
    public void encode(BorshWriter w) {
      w.u8(0).networkV4(net);
    }

    /// @return the Rust `Display`: the network as `a.b.c.d/n`
    @Override
    public String toString() {
      return net.toString();
    }
  }

  /// Tag 1: an id.
  ///
  /// @param id the id, a u16
  record Id(int id) implements IdOrIp {
    /// @throws IllegalArgumentException when the id is not a u16
    public Id {
      Args.u16(id, "id");
    }

    @Override
    public void encode(BorshWriter w) {
      w.u8(1).u16(id);
    }

    /// @return the Rust `Display`: the number
    @Override
    public String toString() {
      return Integer.toString(id);
    }
  }
}
