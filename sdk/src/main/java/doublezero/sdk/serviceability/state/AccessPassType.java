package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.fields.Field;
import doublezero.sdk.fields.FieldValue;
import doublezero.sdk.fields.FieldsBuilder;
import doublezero.sdk.fields.HasFields;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import java.util.Objects;

/// The kind of an [AccessPass], an enum with payload (Rust `AccessPassType`,
/// `SVC/state/accesspass.rs`, reference `serviceability-state.md` §4.11): one tag byte =
/// declaration index ([AccessPassTypeTag]), then the payload. Numbered as the Rust program (3 =
/// `Others` with two strings), not as the SDK strings (§10).
public sealed interface AccessPassType extends HasFields
    permits AccessPassType.Prepaid,
        AccessPassType.SolanaValidator,
        AccessPassType.SolanaRpc,
        AccessPassType.Others {

  /// The Rust default, `Prepaid`.
  Prepaid PREPAID = new Prepaid();

  /// @return the tag byte's variant
  AccessPassTypeTag tag();

  /// @return the Rust `Display`, e.g. `solana_validator: <base58>` or `others: <name> (<key>)`
  String rustDisplay();

  /// @param w writes the tag byte and the payload
  void encode(BorshWriter w);

  /// @return this value for a field list: a `Tagged` value named after the variant, holding the
  ///   payload fields
  default FieldValue toFieldValue() {
    return new FieldValue.Tagged(tag().variantName(), tag().wireValue(), fields());
  }

  /// Reads the tag and payload. In a lenient reader an absent tag (data ends here) gives `Prepaid`;
  /// a payload that is cut short throws.
  ///
  /// @param r the reader, positioned at the tag
  /// @param field the field name for errors, e.g. `accesspass_type`
  /// @return the value
  /// @throws doublezero.sdk.borsh.DecodeException for an unknown tag or a short payload
  static AccessPassType decode(BorshReader r, String field) {
    AccessPassTypeTag tag = r.enumU8(field, AccessPassTypeTag::fromWire, null);
    if (tag == null) {
      return PREPAID;
    }
    BorshReader p = r.strict();
    return switch (tag) {
      case PREPAID -> PREPAID;
      case SOLANA_VALIDATOR -> new SolanaValidator(p.publicKey(field + ".node_id"));
      case SOLANA_RPC -> new SolanaRpc(p.publicKey(field + ".node_id"));
      case OTHERS -> new Others(p.string(field + ".type_name"), p.string(field + ".key"));
    };
  }

  /// Tag 0: a prepaid pass, no payload.
  record Prepaid() implements AccessPassType {
    @Override
    public AccessPassTypeTag tag() {
      return AccessPassTypeTag.PREPAID;
    }

    @Override
    public String rustDisplay() {
      return "prepaid";
    }

    @Override
    public void encode(BorshWriter w) {
      w.u8(tag().wireValue());
    }

    @Override
    public List<Field> fields() {
      return List.of();
    }
  }

  /// Tag 1: a pass for a Solana validator.
  ///
  /// @param nodeId the validator's node identity
  record SolanaValidator(PublicKey nodeId) implements AccessPassType {
    /// @param nodeId not null
    public SolanaValidator {
      Objects.requireNonNull(nodeId, "nodeId");
    }

    @Override
    public AccessPassTypeTag tag() {
      return AccessPassTypeTag.SOLANA_VALIDATOR;
    }

    @Override
    public String rustDisplay() {
      return "solana_validator: " + nodeId.toBase58();
    }

    @Override
    public void encode(BorshWriter w) {
      w.u8(tag().wireValue()).publicKey(nodeId);
    }

    @Override
    public List<Field> fields() {
      return new FieldsBuilder().key("node_id", nodeId).build();
    }
  }

  /// Tag 2: a pass for a Solana RPC node (Rust `SolanaRPC`).
  ///
  /// @param nodeId the RPC node's identity
  record SolanaRpc(PublicKey nodeId) implements AccessPassType {
    /// @param nodeId not null
    public SolanaRpc {
      Objects.requireNonNull(nodeId, "nodeId");
    }

    @Override
    public AccessPassTypeTag tag() {
      return AccessPassTypeTag.SOLANA_RPC;
    }

    @Override
    public String rustDisplay() {
      return "solana_rpc: " + nodeId.toBase58();
    }

    @Override
    public void encode(BorshWriter w) {
      w.u8(tag().wireValue()).publicKey(nodeId);
    }

    @Override
    public List<Field> fields() {
      return new FieldsBuilder().key("node_id", nodeId).build();
    }
  }

  /// Tag 3: any other kind, named by the caller.
  ///
  /// @param typeName the kind's name (what Rust's `to_discriminant_string` returns)
  /// @param key a free-form key
  record Others(String typeName, String key) implements AccessPassType {
    /// @param typeName not null
    /// @param key not null
    public Others {
      Objects.requireNonNull(typeName, "typeName");
      Objects.requireNonNull(key, "key");
    }

    @Override
    public AccessPassTypeTag tag() {
      return AccessPassTypeTag.OTHERS;
    }

    @Override
    public String rustDisplay() {
      return "others: " + typeName + " (" + key + ")";
    }

    @Override
    public void encode(BorshWriter w) {
      w.u8(tag().wireValue()).string(typeName).string(key);
    }

    @Override
    public List<Field> fields() {
      return new FieldsBuilder().text("type_name", typeName).text("key", key).build();
    }
  }
}
