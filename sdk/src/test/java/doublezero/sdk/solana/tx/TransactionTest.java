package doublezero.sdk.solana.tx;

import static doublezero.sdk.solana.tx.TxFixtures.blockhash;
import static doublezero.sdk.solana.tx.TxFixtures.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.solana.key.Base58;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.Hex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TransactionTest {
  private static final Keypair PAYER = Keypair.fromSeed(Hex.bytes("01".repeat(32)));
  private static final Keypair OTHER = Keypair.fromSeed(Hex.bytes("02".repeat(32)));

  private static Message twoSigners() {
    Instruction ix =
        new Instruction(
            key(0xee),
            List.of(AccountMeta.readonlySigner(OTHER.publicKey()), AccountMeta.writable(key(0x10))),
            new byte[] {42});
    return Message.compile(List.of(ix), PAYER.publicKey(), blockhash(9));
  }

  @Test
  void signPlacesEachSignatureAtItsSignerIndex() {
    Message m = twoSigners();
    assertThat(m.signerKeys()).containsExactly(PAYER.publicKey(), OTHER.publicKey());
    Transaction t = Transaction.unsigned(m).sign(List.of(OTHER, PAYER));
    byte[] msg = m.serialize();
    assertThat(t.signatures()).hasSize(2);
    assertThat(t.signatures().get(0)).isEqualTo(PAYER.sign(msg));
    assertThat(t.signatures().get(1)).isEqualTo(OTHER.sign(msg));
    assertThat(t.signature()).isEqualTo(PAYER.sign(msg));
    assertThat(t.signatureBase58()).isEqualTo(Base58.encode(PAYER.sign(msg)));
    assertThat(t.verifySignatures()).isTrue();
  }

  @Test
  void missingOrForeignSignersAreNamed() {
    Transaction unsigned = Transaction.unsigned(twoSigners());
    assertThatThrownBy(() -> unsigned.sign(List.of(PAYER)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("missing signer")
        .hasMessageContaining(OTHER.publicKey().toBase58());
    Keypair stranger = Keypair.fromSeed(Hex.bytes("03".repeat(32)));
    assertThatThrownBy(() -> unsigned.sign(List.of(PAYER, OTHER, stranger)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(stranger.publicKey().toBase58())
        .hasMessageContaining("not a required signer");
  }

  @Test
  void partialSignaturesAccumulateAndVerifyOnlyWhenComplete() {
    Transaction unsigned = Transaction.unsigned(twoSigners());
    assertThat(unsigned.signatures()).allSatisfy(s -> assertThat(s).isEqualTo(new byte[64]));
    Transaction half = unsigned.partialSign(List.of(OTHER));
    assertThat(half.signatures().get(0)).isEqualTo(new byte[64]);
    assertThat(half.verifySignatures()).isFalse();
    Transaction full = half.partialSign(List.of(PAYER));
    assertThat(full.verifySignatures()).isTrue();
    assertThat(full).isEqualTo(unsigned.sign(List.of(PAYER, OTHER)));
  }

  @Test
  void tamperedMessageFailsVerification() {
    Transaction t = Transaction.unsigned(twoSigners()).sign(List.of(PAYER, OTHER));
    Message m = t.message();
    Message changed = new Message(m.header(), m.accountKeys(), blockhash(10), m.instructions());
    assertThat(Transaction.of(changed, t.signatures()).verifySignatures()).isFalse();
  }

  @Property(tries = 200)
  void randomTransactionsRoundTripAndVerify(@ForAll long seed) {
    Transaction t = randomSigned(new Random(seed));
    Transaction back = Transaction.deserialize(t.serialize());
    assertThat(back).isEqualTo(t);
    assertThat(back.verifySignatures()).isTrue();
  }

  @Property(tries = 40)
  void truncationAtEveryOffsetThrowsDecodeException(@ForAll long seed) {
    byte[] bytes = randomSigned(new Random(seed)).serialize();
    for (int len = 0; len < bytes.length; len++) {
      byte[] cut = Arrays.copyOf(bytes, len);
      assertThatThrownBy(() -> Transaction.deserialize(cut)).isInstanceOf(DecodeException.class);
    }
  }

  /// Random instructions whose signer accounts all come from a pool of keypairs, signed by the
  /// pool.
  private static Transaction randomSigned(Random rnd) {
    List<Keypair> pool = new ArrayList<>();
    int n = 1 + rnd.nextInt(4);
    for (int i = 0; i < n; i++) {
      byte[] seed = new byte[32];
      rnd.nextBytes(seed);
      pool.add(Keypair.fromSeed(seed));
    }
    List<Instruction> ixs = new ArrayList<>();
    int count = rnd.nextInt(4);
    for (int i = 0; i < count; i++) {
      List<AccountMeta> metas = new ArrayList<>();
      int accounts = rnd.nextInt(6);
      for (int j = 0; j < accounts; j++) {
        boolean fromPool = rnd.nextBoolean();
        PublicKey k = fromPool ? pool.get(rnd.nextInt(n)).publicKey() : TxFixtures.randomKey(rnd);
        metas.add(new AccountMeta(k, fromPool && rnd.nextBoolean(), rnd.nextBoolean()));
      }
      byte[] data = new byte[rnd.nextInt(50)];
      rnd.nextBytes(data);
      ixs.add(new Instruction(TxFixtures.randomKey(rnd), metas, data));
    }
    Message m = Message.compile(ixs, pool.getFirst().publicKey(), blockhash(rnd.nextInt(256)));
    return Transaction.unsigned(m)
        .sign(pool.stream().filter(k -> m.signerKeys().contains(k.publicKey())).toList());
  }

  @Test
  void deserializeRejectsSignatureCountMismatchTrailingBytesAndOversize() {
    byte[] good = Transaction.unsigned(twoSigners()).sign(List.of(PAYER, OTHER)).serialize();
    byte[] oneSig = new byte[good.length - 64];
    oneSig[0] = 1;
    System.arraycopy(good, 1 + 64, oneSig, 1, good.length - 65); // drop the first signature
    assertThatThrownBy(() -> Transaction.deserialize(oneSig))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("1 signatures but the message requires 2");
    byte[] trailing = Arrays.copyOf(good, good.length + 1);
    assertThatThrownBy(() -> Transaction.deserialize(trailing))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("trailing");
    assertThatThrownBy(() -> Transaction.deserialize(new byte[1233]))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("1232-byte packet limit");
  }

  @Test
  void serializeEnforcesThePacketLimit() {
    PublicKey to = key(0x20);
    Instruction big = new Instruction(key(0x30), List.of(AccountMeta.writable(to)), new byte[1000]);
    Transaction fits =
        Transaction.unsigned(Message.compile(List.of(big), PAYER.publicKey(), blockhash(1)))
            .sign(List.of(PAYER));
    int size = fits.serialize().length;
    assertThat(size).isLessThanOrEqualTo(Transaction.PACKET_DATA_SIZE);
    Instruction tooBig =
        new Instruction(
            key(0x30),
            List.of(AccountMeta.writable(to)),
            new byte[1000 + Transaction.PACKET_DATA_SIZE - size + 1]);
    Transaction t =
        Transaction.unsigned(Message.compile(List.of(tooBig), PAYER.publicKey(), blockhash(1)));
    assertThatThrownBy(t::serialize)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("transaction is 1233 bytes, above the 1232-byte packet limit");
  }
}
