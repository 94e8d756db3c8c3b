package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Objects;

/// Which resource extension an instruction addresses (Rust `ResourceType`, `SVC/resource.rs`). Its
/// tag is the declaration index 0..8 (this enum does not use explicit discriminants,
/// `serviceability-instructions.md` §0.1); the two per-device kinds carry the device key and a
/// `usize` index encoded as u64.
public sealed interface ResourceType
    permits ResourceType.Global, ResourceType.DzPrefixBlock, ResourceType.TunnelIds {

  /// @return the tag byte, 0..8
  int tag();

  /// @param w writes the tag, then the payload
  void encode(BorshWriter w);

  /// @param r a reader at the tag
  /// @param field field name for errors
  /// @return the value
  /// @throws DecodeException for a tag above 8 or a short payload
  static ResourceType decode(BorshReader r, String field) {
    int at = r.offset();
    int tag = r.u8(field);
    BorshReader p = r.strict();
    return switch (tag) {
      case 4 -> new DzPrefixBlock(p.publicKey(field + ".device"), p.u64(field + ".index"));
      case 5 -> new TunnelIds(p.publicKey(field + ".device"), p.u64(field + ".index"));
      default -> {
        Global g = Global.fromTag(tag);
        if (g == null) {
          throw new DecodeException(r.type(), field, at, "unknown ResourceType tag " + tag);
        }
        yield g;
      }
    };
  }

  /// The seven singleton resources, created by SetGlobalConfig.
  enum Global implements ResourceType {
    /// 0: link tunnel /31s and loopback /32s.
    DEVICE_TUNNEL_BLOCK(0, "DeviceTunnelBlock"),
    /// 1: user tunnel /31s.
    USER_TUNNEL_BLOCK(1, "UserTunnelBlock"),
    /// 2: multicast group addresses.
    MULTICAST_GROUP_BLOCK(2, "MulticastGroupBlock"),
    /// 3: multicast publisher dz_ips.
    MULTICAST_PUBLISHER_BLOCK(3, "MulticastPublisherBlock"),
    /// 6: link tunnel ids.
    LINK_IDS(6, "LinkIds"),
    /// 7: segment-routing ids.
    SEGMENT_ROUTING_IDS(7, "SegmentRoutingIds"),
    /// 8: tenant VRF ids.
    VRF_IDS(8, "VrfIds");

    private final int tag;
    private final String variantName;

    Global(int tag, String variantName) {
      this.tag = tag;
      this.variantName = variantName;
    }

    @Override
    public int tag() {
      return tag;
    }

    @Override
    public void encode(BorshWriter w) {
      w.u8(tag);
    }

    /// @param tag a tag byte
    /// @return the singleton kind, or null
    static Global fromTag(int tag) {
      for (Global g : values()) {
        if (g.tag == tag) {
          return g;
        }
      }
      return null;
    }

    /// @return the Rust `Display`, the variant name
    @Override
    public String toString() {
      return variantName;
    }
  }

  /// Tag 4: the IP block carved from `device.dz_prefixes[index]`.
  ///
  /// @param device the device
  /// @param index position in `dz_prefixes` (u64)
  record DzPrefixBlock(PublicKey device, long index) implements ResourceType {
    /// @throws NullPointerException for a null device
    public DzPrefixBlock {
      Objects.requireNonNull(device, "device");
    }

    @Override
    public int tag() {
      return 4;
    }

    @Override
    public void encode(BorshWriter w) {
      w.u8(4).publicKey(device).u64(index);
    }

    /// @return the Rust `Display`: `DzPrefixBlock(<device>, <index>)`
    @Override
    public String toString() {
      return "DzPrefixBlock(" + device.toBase58() + ", " + Long.toUnsignedString(index) + ")";
    }
  }

  /// Tag 5: a device's user tunnel ids (index is 0 in the reference flows).
  ///
  /// @param device the device
  /// @param index the index (u64)
  record TunnelIds(PublicKey device, long index) implements ResourceType {
    /// @throws NullPointerException for a null device
    public TunnelIds {
      Objects.requireNonNull(device, "device");
    }

    @Override
    public int tag() {
      return 5;
    }

    @Override
    public void encode(BorshWriter w) {
      w.u8(5).publicKey(device).u64(index);
    }

    /// @return the Rust `Display`: `TunnelIds(<device>, <index>)`
    @Override
    public String toString() {
      return "TunnelIds(" + device.toBase58() + ", " + Long.toUnsignedString(index) + ")";
    }
  }
}
