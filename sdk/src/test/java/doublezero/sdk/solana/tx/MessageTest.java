package doublezero.sdk.solana.tx;

import static doublezero.sdk.solana.tx.TxFixtures.blockhash;
import static doublezero.sdk.solana.tx.TxFixtures.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.Hex;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class MessageTest {
  private static final PublicKey PAYER = key(0x50);

  @Test
  void compileFollowsCompiledKeysOrdering() {
    PublicKey p1 = key(0x90);
    PublicKey p2 = key(0x05);
    Instruction ix1 =
        new Instruction(
            p1,
            List.of(
                AccountMeta.readonly(key(0x30)),
                AccountMeta.writableSigner(key(0x70)),
                AccountMeta.writableSigner(key(0x20)),
                AccountMeta.readonlySigner(key(0x60)),
                AccountMeta.writable(key(0x80)),
                AccountMeta.writable(key(0x10))),
            new byte[] {1});
    Instruction ix2 =
        new Instruction(
            p2,
            List.of(AccountMeta.writable(key(0x30)), AccountMeta.readonly(PAYER)),
            new byte[] {2, 3});
    Message m = Message.compile(List.of(ix1, ix2), PAYER, blockhash(7));
    assertThat(m.accountKeys())
        .containsExactly(
            PAYER, key(0x20), key(0x70), // writable signers: payer first, then by key bytes
            key(0x60), // read-only signers
            key(0x10), key(0x30),
            key(0x80), // writable non-signers (0x30 was merged to writable by ix2)
            p2, p1); // read-only non-signers: program ids, by key bytes
    assertThat(m.header()).isEqualTo(new MessageHeader(4, 1, 2));
    assertThat(m.instructions())
        .containsExactly(
            new CompiledInstruction(8, List.of(5, 2, 1, 3, 6, 4), new byte[] {1}),
            new CompiledInstruction(7, List.of(5, 0), new byte[] {2, 3}));
    assertThat(m.signerKeys()).containsExactly(PAYER, key(0x20), key(0x70), key(0x60));
  }

  @Test
  void flagsMergeAcrossInstructionsAndProgramIdsCanBeAccounts() {
    PublicKey program = key(0x40);
    PublicKey a = key(0x33);
    Instruction ix1 = new Instruction(program, List.of(AccountMeta.readonlySigner(a)), new byte[0]);
    Instruction ix2 =
        new Instruction(
            key(0x41),
            List.of(AccountMeta.writable(a), AccountMeta.writable(program)),
            new byte[0]);
    Message m = Message.compile(List.of(ix1, ix2), PAYER, blockhash(1));
    assertThat(m.accountKeys()).containsExactly(PAYER, a, program, key(0x41));
    assertThat(m.header()).isEqualTo(new MessageHeader(2, 0, 1));
    assertThat(m.isWritable(1)).isTrue();
    assertThat(m.isWritable(2)).isTrue();
    assertThat(m.isWritable(3)).isFalse();
  }

  @Test
  void payerIsFirstWritableSignerEvenWhenListedReadOnlyAndIsNotDuplicated() {
    Instruction ix =
        new Instruction(
            key(0x99),
            List.of(AccountMeta.readonly(key(0x01)), AccountMeta.readonly(PAYER)),
            new byte[0]);
    Message m = Message.compile(List.of(ix), PAYER, blockhash(1));
    assertThat(m.accountKeys()).containsExactly(PAYER, key(0x01), key(0x99));
    assertThat(m.header()).isEqualTo(new MessageHeader(1, 0, 2));
    assertThat(m.decompile().getFirst().accounts())
        .containsExactly(AccountMeta.readonly(key(0x01)), AccountMeta.writableSigner(PAYER));
  }

  @Test
  void compileRejectsPayerAsProgramAndTooManyKeys() {
    assertThatThrownBy(
            () ->
                Message.compile(
                    List.of(new Instruction(PAYER, List.of(), new byte[0])), PAYER, blockhash(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fee payer");
    List<AccountMeta> many = new ArrayList<>();
    for (int i = 0; i < 256; i++) {
      many.add(AccountMeta.readonly(key(i, 0x22)));
    }
    assertThatThrownBy(
            () ->
                Message.compile(
                    List.of(new Instruction(key(1, 0x33), many, new byte[0])), PAYER, blockhash(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("account index overflow");
  }

  /// A system transfer message spelled out byte by byte from the legacy wire format.
  @Test
  void goldenTransferMessage() {
    PublicKey to = key(0x02, 0x02);
    PublicKey payer = key(0x01, 0x01);
    byte[] data = Hex.bytes("02000000 e803000000000000");
    Message m =
        Message.compile(
            List.of(
                new Instruction(
                    PublicKey.DEFAULT,
                    List.of(AccountMeta.writableSigner(payer), AccountMeta.writable(to)),
                    data)),
            payer,
            blockhash(0xab));
    String expected =
        "010001"
            + "03"
            + "01".repeat(32)
            + "02".repeat(32)
            + "00".repeat(32)
            + "ab".repeat(32)
            + "01"
            + "02"
            + "02"
            + "0001"
            + "0c"
            + "02000000e803000000000000";
    assertThat(Hex.of(m.serialize())).isEqualTo(expected);
    assertThat(Message.deserialize(Hex.bytes(expected))).isEqualTo(m);
  }

  @Property(tries = 300)
  void compiledMessagesRoundTripAndKeepTheGroupingInvariants(@ForAll long seed) {
    Random rnd = new Random(seed);
    PublicKey payer = TxFixtures.randomKey(rnd);
    List<Instruction> ixs = TxFixtures.randomInstructions(rnd, payer);
    Message m = Message.compile(ixs, payer, blockhash(rnd.nextInt(256)));
    assertThat(Message.deserialize(m.serialize())).isEqualTo(m);
    assertThat(m.accountKeys().getFirst()).isEqualTo(payer);
    int[] groups =
        m.accountKeys().stream().mapToInt(k -> group(m, m.accountKeys().indexOf(k))).toArray();
    for (int i = 1; i < groups.length; i++) {
      assertThat(groups[i]).isGreaterThanOrEqualTo(groups[i - 1]);
      if (i > 1 && groups[i] == groups[i - 1]) {
        assertThat(m.accountKeys().get(i - 1)).isLessThan(m.accountKeys().get(i));
      }
    }
    List<Instruction> back = m.decompile();
    for (int i = 0; i < ixs.size(); i++) {
      assertThat(back.get(i).programId()).isEqualTo(ixs.get(i).programId());
      assertThat(back.get(i).data()).isEqualTo(ixs.get(i).data());
      for (int j = 0; j < ixs.get(i).accounts().size(); j++) {
        AccountMeta want = ixs.get(i).accounts().get(j);
        AccountMeta got = back.get(i).accounts().get(j);
        assertThat(got.publicKey()).isEqualTo(want.publicKey());
        assertThat(got.isSigner() || !want.isSigner()).isTrue();
        assertThat(got.isWritable() || !want.isWritable()).isTrue();
      }
    }
  }

  private static int group(Message m, int i) {
    return (m.isSigner(i) ? 0 : 2) + (m.isWritable(i) ? 0 : 1);
  }

  @Property(tries = 100)
  void truncationAnywhereThrowsDecodeException(@ForAll long seed) {
    Random rnd = new Random(seed);
    PublicKey payer = TxFixtures.randomKey(rnd);
    byte[] bytes =
        Message.compile(TxFixtures.randomInstructions(rnd, payer), payer, blockhash(3)).serialize();
    for (int len = 0; len < bytes.length; len++) {
      byte[] cut = java.util.Arrays.copyOf(bytes, len);
      assertThatThrownBy(() -> Message.deserialize(cut)).isInstanceOf(DecodeException.class);
    }
  }

  @Test
  void deserializeRejectsSanitizeViolationsWithOffsets() {
    String keys = "03" + "01".repeat(32) + "02".repeat(32) + "00".repeat(32) + "ab".repeat(32);
    String ix = "01" + "02" + "02" + "0001" + "00";
    assertThat(Message.deserialize(Hex.bytes("010001" + keys + ix)).instructions()).hasSize(1);
    expectDecodeError(
        "810001" + keys + ix, "header.num_required_signatures at offset 0", "versioned message");
    expectDecodeError("030001" + keys + ix, "header at offset 0", "3 signers + 1 read-only");
    expectDecodeError(
        "010101" + keys + ix, "header at offset 0", "fee payer must be a writable signer");
    expectDecodeError(
        "010001" + keys + "01" + "00" + "00" + "00",
        "instructions[0].program_id_index at offset 133",
        "fee payer");
    expectDecodeError(
        "010001" + keys + "01" + "03" + "00" + "00",
        "instructions[0].program_id_index at offset 133",
        "out of range");
    expectDecodeError(
        "010001" + keys + "01" + "02" + "02" + "0003" + "00",
        "instructions[0].accounts[1] at offset 136",
        "account index 3 out of range for 3");
    expectDecodeError(
        "010001"
            + "03"
            + "01".repeat(32)
            + "02".repeat(32)
            + "01".repeat(32)
            + "ab".repeat(32)
            + ix,
        "account_keys[2] at offset 68",
        "duplicate account key");
    expectDecodeError("010001" + keys + ix + "00", "<end>", "trailing");
    expectDecodeError(
        "010001" + keys + "01" + "02" + "8000" + "00",
        "instructions[0].accounts at offset 134",
        "non-canonical");
  }

  private static void expectDecodeError(String hex, String where, String reason) {
    assertThatThrownBy(() -> Message.deserialize(Hex.bytes(hex)))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("Message." + where)
        .hasMessageContaining(reason);
  }

  @Test
  void constructorEnforcesTheSameRules() {
    List<PublicKey> keys = List.of(key(1), key(2), key(3));
    assertThatThrownBy(() -> new Message(new MessageHeader(1, 1, 0), keys, blockhash(0), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("writable signer");
    assertThatThrownBy(
            () ->
                new Message(
                    new MessageHeader(1, 0, 0), List.of(key(1), key(1)), blockhash(0), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate");
    assertThatThrownBy(
            () ->
                new Message(
                    new MessageHeader(1, 0, 0),
                    keys,
                    blockhash(0),
                    List.of(new CompiledInstruction(1, List.of(3), new byte[0]))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("account index 3 out of range");
  }
}
