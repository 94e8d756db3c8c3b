package doublezero.sdk.solana.tx;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.system.SystemProgram;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.p2p.solanaj.core.Account;
import org.p2p.solanaj.core.TransactionInstruction;

/// solanaj 1.27.3 as an independent oracle for whole signed transactions.
///
/// solanaj orders account keys differently from solana-sdk: it puts the fee payer first, then
/// stably sorts the other keys by (signer, writable) and keeps *insertion order* inside each group
/// (instruction accounts first, the program id appended after them), while solana-sdk's
/// `CompiledKeys` sorts each group by key bytes. The byte comparisons below therefore use
/// transactions whose insertion order equals the byte order inside every group;
/// [#orderingDiffersFromSolanajWhenInsertionOrderIsNotByteOrder] pins the known difference.
class SolanajOracleTest {
  private static org.p2p.solanaj.core.PublicKey theirs(PublicKey k) {
    return new org.p2p.solanaj.core.PublicKey(k.toBytes());
  }

  private static byte[] solanajBytes(Instruction ix, Blockhash blockhash, List<Keypair> signers) {
    List<org.p2p.solanaj.core.AccountMeta> metas =
        ix.accounts().stream()
            .map(
                a ->
                    new org.p2p.solanaj.core.AccountMeta(
                        theirs(a.publicKey()), a.isSigner(), a.isWritable()))
            .toList();
    org.p2p.solanaj.core.Transaction t = new org.p2p.solanaj.core.Transaction();
    t.addInstruction(new TransactionInstruction(theirs(ix.programId()), metas, ix.data()));
    t.setRecentBlockHash(blockhash.toBase58());
    t.sign(signers.stream().map(k -> new Account(k.secretKey())).toList());
    return t.serialize();
  }

  private static byte[] ourBytes(Instruction ix, Blockhash blockhash, List<Keypair> signers) {
    Message m = Message.compile(List.of(ix), signers.getFirst().publicKey(), blockhash);
    return Transaction.unsigned(m).sign(signers).serialize();
  }

  @Test
  void systemTransferEqualsSolanaj() {
    Keypair payer = Keypair.fromSeed(new byte[32]);
    PublicKey to = Keypair.fromSeed(filled(5)).publicKey();
    Blockhash bh = Blockhash.of(filled(0x42));
    Instruction ix = SystemProgram.transfer(payer.publicKey(), to, 1_000_000_007L);
    byte[] ours = ourBytes(ix, bh, List.of(payer));
    assertThat(ours).isEqualTo(solanajBytes(ix, bh, List.of(payer)));
    assertThat(Transaction.deserialize(ours).verifySignatures()).isTrue();
  }

  /// One instruction touching all four groups: payer (writable signer), a read-only signer, two
  /// writable non-signers and a read-only non-signer plus the program id, each group in ascending
  /// byte order.
  @Property(tries = 40)
  void customInstructionEqualsSolanajWhenGroupOrderIsUnambiguous(@ForAll long seed) {
    Random rnd = new Random(seed);
    Keypair payer = Keypair.fromSeed(bytes(rnd));
    Keypair cosigner = Keypair.fromSeed(bytes(rnd));
    List<PublicKey> writable = sorted(PublicKey.of(bytes(rnd)), PublicKey.of(bytes(rnd)));
    List<PublicKey> readonly =
        sorted(PublicKey.of(bytes(rnd)), PublicKey.of(bytes(rnd))); // [account, program]
    byte[] data = new byte[rnd.nextInt(100)];
    rnd.nextBytes(data);
    Instruction ix =
        new Instruction(
            readonly.get(1),
            List.of(
                AccountMeta.writableSigner(payer.publicKey()),
                AccountMeta.readonlySigner(cosigner.publicKey()),
                AccountMeta.writable(writable.get(0)),
                AccountMeta.writable(writable.get(1)),
                AccountMeta.readonly(readonly.get(0))),
            data);
    Blockhash bh = Blockhash.of(bytes(rnd));
    List<Keypair> signers = List.of(payer, cosigner);
    assertThat(ourBytes(ix, bh, signers)).isEqualTo(solanajBytes(ix, bh, signers));
  }

  @Test
  void orderingDiffersFromSolanajWhenInsertionOrderIsNotByteOrder() {
    Keypair payer = Keypair.fromSeed(filled(1));
    PublicKey high = TxFixtures.key(0xf0);
    PublicKey low = TxFixtures.key(0x01);
    Instruction ix =
        new Instruction(
            TxFixtures.key(0x80),
            List.of(AccountMeta.writable(high), AccountMeta.writable(low)),
            new byte[0]);
    Blockhash bh = Blockhash.of(filled(3));
    Transaction ours = Transaction.deserialize(ourBytes(ix, bh, List.of(payer)));
    Transaction solanaj = Transaction.deserialize(solanajBytes(ix, bh, List.of(payer)));
    assertThat(ours.message().accountKeys())
        .containsExactly(payer.publicKey(), low, high, TxFixtures.key(0x80));
    assertThat(solanaj.message().accountKeys())
        .containsExactly(payer.publicKey(), high, low, TxFixtures.key(0x80));
    // both are valid encodings of the same instruction
    assertThat(ours.message().decompile()).isEqualTo(solanaj.message().decompile());
    assertThat(solanaj.verifySignatures()).isTrue();
  }

  private static List<PublicKey> sorted(PublicKey a, PublicKey b) {
    List<PublicKey> l = new ArrayList<>(List.of(a, b));
    l.sort(Comparator.naturalOrder());
    return l;
  }

  private static byte[] bytes(Random rnd) {
    byte[] b = new byte[32];
    rnd.nextBytes(b);
    return b;
  }

  private static byte[] filled(int v) {
    byte[] b = new byte[32];
    java.util.Arrays.fill(b, (byte) v);
    return b;
  }
}
