package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.fields.FieldValue;
import doublezero.sdk.fields.HasFields;
import doublezero.sdk.net.NetworkV4;

/// One element of `Device.interfaces`: a versioned enum (Rust `Interface`,
/// `SVC/state/interface.rs`, reference `serviceability-state.md` §4.7.2): tag 0 = [InterfaceV1],
/// tag 1 = [InterfaceV2] (the current version), then the body. Decoded strictly (the program reads
/// the whole Vec with derived Borsh).
public sealed interface Interface extends HasFields permits InterfaceV1, InterfaceV2 {

  /// @return the tag byte: 0 for V1, 1 for V2
  int version();

  /// @return the Rust variant name, `V1` or `V2`
  default String variantName() {
    return "V" + (version() + 1);
  }

  /// @return the interface status
  InterfaceStatus status();

  /// @return the interface name, e.g. `Ethernet1` (lookups ignore case)
  String name();

  /// @return loopback or physical
  InterfaceType interfaceType();

  /// @return the loopback's purpose
  LoopbackType loopbackType();

  /// @return VLAN id (u16; the program accepts ≤ 4094)
  int vlanId();

  /// @return the interface address (host bits kept)
  NetworkV4 ipNet();

  /// @return segment-routing node index (u16)
  int nodeSegmentIdx();

  /// @return whether users terminate tunnels on this interface
  boolean userTunnelEndpoint();

  /// @return this interface in the current version, as the program upgrades it (V1 → V2 with
  ///   cyoa/dia None, bandwidth 0, cir 0, mtu 1500, routing Static)
  InterfaceV2 toCurrentVersion();

  /// @param w writes the tag and body
  void encode(BorshWriter w);

  /// @return a `Tagged` value `V1`/`V2` holding the body's fields
  default FieldValue toFieldValue() {
    return new FieldValue.Tagged(variantName(), version(), fields());
  }

  /// @param r a reader at the tag (read strictly)
  /// @param field field name for errors, e.g. `interfaces[1]`
  /// @return the element
  /// @throws DecodeException for an unknown tag, an unknown enum byte, a bad bool or a short body
  static Interface decode(BorshReader r, String field) {
    BorshReader s = r.strict();
    int at = s.offset();
    int tag = s.u8(field);
    return switch (tag) {
      case 0 -> InterfaceV1.decodeBody(s, field);
      case 1 -> InterfaceV2.decodeBody(s, field);
      default ->
          throw new DecodeException(s.type(), field, at, "unknown Interface version tag " + tag);
    };
  }
}
