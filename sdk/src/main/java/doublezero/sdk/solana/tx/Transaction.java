package doublezero.sdk.solana.tx;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.solana.key.Base58;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/// A legacy Solana transaction (solana-transaction `Transaction`): one 64-byte Ed25519 signature
/// per required signer, in the order of the message's signer keys, followed by the message.
///
/// Wire format: compact-u16 signature count, the signatures, the serialized [Message]. A serialized
/// transaction must fit one packet: [#PACKET_DATA_SIZE] = 1232 bytes (IPv6 minimum MTU 1280 − 40 −
/// 8, solana-packet). Immutable: [#sign] and [#partialSign] return new instances. Unsigned slots
/// hold 64 zero bytes, as in the reference `Transaction::new_unsigned`.
public final class Transaction {
  /// Largest serialized transaction in bytes (solana-packet `PACKET_DATA_SIZE`).
  public static final int PACKET_DATA_SIZE = 1232;

  private static final String TYPE = "Transaction";

  private final byte[][] signatures;
  private final Message message;

  private Transaction(byte[][] signatures, Message message) {
    this.signatures = signatures;
    this.message = message;
  }

  /// @param message the message
  /// @return a transaction whose signatures are all zero (one per required signer)
  public static Transaction unsigned(Message message) {
    return new Transaction(
        new byte[message.header().numRequiredSignatures()][Keypair.SIGNATURE_BYTES], message);
  }

  /// @param message the message
  /// @param signatures one 64-byte signature per required signer, in signer order (copied)
  /// @return the transaction (signatures are not verified; see [#verifySignatures])
  /// @throws IllegalArgumentException when the count differs from `numRequiredSignatures` or a
  ///   signature is not 64 bytes
  public static Transaction of(Message message, List<byte[]> signatures) {
    if (signatures.size() != message.header().numRequiredSignatures()) {
      throw new IllegalArgumentException(
          "message needs "
              + message.header().numRequiredSignatures()
              + " signatures, got "
              + signatures.size());
    }
    byte[][] sigs = new byte[signatures.size()][];
    for (int i = 0; i < sigs.length; i++) {
      if (signatures.get(i).length != Keypair.SIGNATURE_BYTES) {
        throw new IllegalArgumentException(
            "signature " + i + " needs 64 bytes, got " + signatures.get(i).length);
      }
      sigs[i] = signatures.get(i).clone();
    }
    return new Transaction(sigs, message);
  }

  /// Signs with every required signer (reference `Transaction::try_sign`).
  ///
  /// @param keypairs the signers, in any order (at least every required signer)
  /// @return a transaction carrying each keypair's signature at its key's signer index
  /// @throws IllegalArgumentException naming the key when a required signer has no keypair, or when
  ///   a keypair is not a required signer of the message
  public Transaction sign(List<Keypair> keypairs) {
    for (PublicKey signer : message.signerKeys()) {
      if (keypairs.stream().noneMatch(k -> k.publicKey().equals(signer))) {
        throw new IllegalArgumentException(
            "missing signer: no keypair for required signer " + signer);
      }
    }
    return partialSign(keypairs);
  }

  /// Signs with some of the required signers and keeps the other signatures as they are (reference
  /// `Transaction::try_partial_sign`).
  ///
  /// @param keypairs signers of this message
  /// @return a transaction with those signatures replaced
  /// @throws IllegalArgumentException naming the key when a keypair is not a required signer of the
  ///   message
  public Transaction partialSign(List<Keypair> keypairs) {
    List<PublicKey> signers = message.signerKeys();
    byte[] bytes = message.serialize();
    byte[][] sigs = signatures.clone();
    for (Keypair k : keypairs) {
      int index = signers.indexOf(k.publicKey());
      if (index < 0) {
        throw new IllegalArgumentException(
            "keypair " + k.publicKey() + " is not a required signer of this message");
      }
      sigs[index] = k.sign(bytes);
    }
    return new Transaction(sigs, message);
  }

  /// @return whether every signature is a valid Ed25519 signature of the message by the key at its
  ///   index
  public boolean verifySignatures() {
    byte[] bytes = message.serialize();
    List<PublicKey> signers = message.signerKeys();
    for (int i = 0; i < signatures.length; i++) {
      if (!Keypair.verify(signers.get(i), bytes, signatures[i])) {
        return false;
      }
    }
    return true;
  }

  /// @return the message
  public Message message() {
    return message;
  }

  /// @return copies of the signatures, in signer order
  public List<byte[]> signatures() {
    return Arrays.stream(signatures).map(byte[]::clone).toList();
  }

  /// @return a copy of the first signature (the fee payer's), which identifies the transaction
  public byte[] signature() {
    return signatures[0].clone();
  }

  /// @return the first signature in base58: the transaction id RPC methods and explorers use
  public String signatureBase58() {
    return Base58.encode(signatures[0]);
  }

  /// @return the wire bytes
  /// @throws IllegalArgumentException naming the size when it exceeds [#PACKET_DATA_SIZE]
  public byte[] serialize() {
    BorshWriter w = new BorshWriter(PACKET_DATA_SIZE);
    CompactU16.write(w, signatures.length);
    for (byte[] s : signatures) {
      w.bytes(s);
    }
    message.write(w);
    if (w.size() > PACKET_DATA_SIZE) {
      throw new IllegalArgumentException(
          "transaction is "
              + w.size()
              + " bytes, above the "
              + PACKET_DATA_SIZE
              + "-byte packet limit");
    }
    return w.toByteArray();
  }

  /// Decodes a legacy transaction, strictly.
  ///
  /// @param data exactly one serialized transaction
  /// @return the transaction (signatures are not verified)
  /// @throws DecodeException naming field and offset when the input exceeds 1232 bytes, ends early,
  ///   has trailing bytes, the signature count differs from the header's `num_required_signatures`,
  ///   or the message is malformed (see [Message#deserialize])
  public static Transaction deserialize(byte[] data) {
    if (data.length > PACKET_DATA_SIZE) {
      throw new DecodeException(
          TYPE,
          "<packet>",
          PACKET_DATA_SIZE,
          data.length + " bytes exceed the " + PACKET_DATA_SIZE + "-byte packet limit");
    }
    BorshReader r = BorshReader.strict(data, TYPE);
    int count = CompactU16.read(r, "signatures");
    List<byte[]> sigs =
        new ArrayList<>(Math.min(count, r.remaining() / Keypair.SIGNATURE_BYTES + 1));
    for (int i = 0; i < count; i++) {
      sigs.add(r.bytes("signatures[" + i + "]", Keypair.SIGNATURE_BYTES));
    }
    int messageAt = r.offset();
    Message message = Message.read(r);
    r.expectEnd();
    if (count != message.header().numRequiredSignatures()) {
      throw new DecodeException(
          TYPE,
          "signatures",
          messageAt,
          count
              + " signatures but the message requires "
              + message.header().numRequiredSignatures());
    }
    return of(message, sigs);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Transaction t
        && message.equals(t.message)
        && Arrays.deepEquals(signatures, t.signatures);
  }

  @Override
  public int hashCode() {
    return 31 * message.hashCode() + Arrays.deepHashCode(signatures);
  }

  @Override
  public String toString() {
    return "Transaction[signature="
        + signatureBase58()
        + ", signatures="
        + signatures.length
        + ", message="
        + message
        + "]";
  }
}
