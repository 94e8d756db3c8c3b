package doublezero.sdk.solana.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.testkit.Hex;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.p2p.solanaj.core.TransactionInstruction;

class SystemProgramTest {
  private static final PublicKey A = key(0xaa);
  private static final PublicKey B = key(0xbb);
  private static final PublicKey C = key(0xcc);

  private static PublicKey key(int fill) {
    byte[] b = new byte[32];
    Arrays.fill(b, (byte) fill);
    return PublicKey.of(b);
  }

  @Test
  void programIdIsAllOnes() {
    assertThat(SystemProgram.PROGRAM_ID.toBase58()).isEqualTo("11111111111111111111111111111111");
  }

  /// Layouts written out from the bincode rules: u32 LE variant, u64 LE numbers, raw 32-byte keys,
  /// u64 LE length + bytes for a String.
  @Test
  void goldenInstructionData() {
    assertThat(Hex.of(new CreateAccount(1_000_000_000L, 165, C).encode()))
        .isEqualTo("00000000" + "00ca9a3b00000000" + "a500000000000000" + "cc".repeat(32));
    assertThat(Hex.of(new Assign(C).encode())).isEqualTo("01000000" + "cc".repeat(32));
    assertThat(Hex.of(new Transfer(-1L).encode())).isEqualTo("02000000" + "ff".repeat(8));
    assertThat(Hex.of(new CreateAccountWithSeed(B, "seed", 5, 10, C).encode()))
        .isEqualTo(
            "03000000"
                + "bb".repeat(32)
                + "0400000000000000"
                + "73656564"
                + "0500000000000000"
                + "0a00000000000000"
                + "cc".repeat(32));
    assertThat(Hex.of(new Allocate(1024).encode())).isEqualTo("08000000" + "0004000000000000");
    assertThat(Hex.of(new AllocateWithSeed(B, "s", 16, C).encode()))
        .isEqualTo(
            "09000000"
                + "bb".repeat(32)
                + "0100000000000000"
                + "73"
                + "1000000000000000"
                + "cc".repeat(32));
    assertThat(Hex.of(new AssignWithSeed(B, "s", C).encode()))
        .isEqualTo("0a000000" + "bb".repeat(32) + "0100000000000000" + "73" + "cc".repeat(32));
    assertThat(Hex.of(new TransferWithSeed(7, "s", C).encode()))
        .isEqualTo("0b000000" + "0700000000000000" + "0100000000000000" + "73" + "cc".repeat(32));
  }

  @Test
  void accountListsFollowTheReferenceBuilders() {
    assertThat(SystemProgram.createAccount(A, B, 1, 2, C).accounts())
        .containsExactly(AccountMeta.writableSigner(A), AccountMeta.writableSigner(B));
    assertThat(SystemProgram.assign(A, C).accounts())
        .containsExactly(AccountMeta.writableSigner(A));
    assertThat(SystemProgram.transfer(A, B, 3).accounts())
        .containsExactly(AccountMeta.writableSigner(A), AccountMeta.writable(B));
    assertThat(SystemProgram.createAccountWithSeed(A, B, C, "s", 1, 2, key(0xdd)).accounts())
        .containsExactly(
            AccountMeta.writableSigner(A), AccountMeta.writable(B), AccountMeta.readonlySigner(C));
    assertThat(SystemProgram.allocate(A, 9).accounts())
        .containsExactly(AccountMeta.writableSigner(A));
    assertThat(SystemProgram.allocate(A, 9).programId()).isEqualTo(SystemProgram.PROGRAM_ID);
  }

  @Property(tries = 100)
  void transferCreateAccountAndAssignEqualSolanaj(
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long lamports,
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long space) {
    // solanaj rejects values above Long.MAX_VALUE (it takes signed longs); ours are u64 (see
    // goldenInstructionData)
    var from = new org.p2p.solanaj.core.PublicKey(A.toBytes());
    var to = new org.p2p.solanaj.core.PublicKey(B.toBytes());
    var owner = new org.p2p.solanaj.core.PublicKey(C.toBytes());
    assertSame(
        SystemProgram.transfer(A, B, lamports),
        org.p2p.solanaj.programs.SystemProgram.transfer(from, to, lamports));
    assertSame(
        SystemProgram.createAccount(A, B, lamports, space, C),
        org.p2p.solanaj.programs.SystemProgram.createAccount(from, to, lamports, space, owner));
    assertSame(
        SystemProgram.assign(A, C), org.p2p.solanaj.programs.SystemProgram.assign(from, owner));
  }

  private static void assertSame(Instruction ours, TransactionInstruction theirs) {
    assertThat(ours.data()).isEqualTo(theirs.getData());
    assertThat(ours.programId().toBytes()).isEqualTo(theirs.getProgramId().toByteArray());
    assertThat(ours.accounts()).hasSameSizeAs(theirs.getKeys());
    for (int i = 0; i < ours.accounts().size(); i++) {
      AccountMeta o = ours.accounts().get(i);
      var t = theirs.getKeys().get(i);
      assertThat(o.publicKey().toBytes()).isEqualTo(t.getPublicKey().toByteArray());
      assertThat(o.isSigner()).isEqualTo(t.isSigner());
      assertThat(o.isWritable()).isEqualTo(t.isWritable());
    }
  }

  @Property(tries = 300)
  void decodeInvertsEncode(@ForAll("instructions") SystemInstruction ix) {
    byte[] data = ix.encode();
    assertThat(SystemInstruction.decode(data)).isEqualTo(ix);
    assertThat(data[0]).isEqualTo((byte) ix.discriminant());
    for (int len = 0; len < data.length; len++) {
      byte[] cut = Arrays.copyOf(data, len);
      assertThatThrownBy(() -> SystemInstruction.decode(cut)).isInstanceOf(DecodeException.class);
    }
    byte[] longer = Arrays.copyOf(data, data.length + 1);
    assertThatThrownBy(() -> SystemInstruction.decode(longer))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("trailing");
    assertThat(SystemInstruction.decode(longer, true))
        .as("the runtime ignores trailing bytes")
        .isEqualTo(ix);
  }

  @Provide
  Arbitrary<SystemInstruction> instructions() {
    Arbitrary<PublicKey> keys =
        Arbitraries.bytes().array(byte[].class).ofSize(32).map(PublicKey::of);
    Arbitrary<Long> u64 = Arbitraries.longs();
    Arbitrary<String> seeds = Arbitraries.strings().ofMaxLength(40);
    return Arbitraries.oneOf(
        List.of(
            Combinators.combine(u64, u64, keys).as(CreateAccount::new),
            keys.map(Assign::new),
            u64.map(Transfer::new),
            Combinators.combine(keys, seeds, u64, u64, keys).as(CreateAccountWithSeed::new),
            u64.map(Allocate::new),
            Combinators.combine(keys, seeds, u64, keys).as(AllocateWithSeed::new),
            Combinators.combine(keys, seeds, keys).as(AssignWithSeed::new),
            Combinators.combine(u64, seeds, keys).as(TransferWithSeed::new)));
  }

  @Test
  void decodeRejectsUnmodelledUnknownAndMalformedData() {
    assertThatThrownBy(() -> SystemInstruction.decode(Hex.bytes("04000000")))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("AdvanceNonceAccount");
    assertThatThrownBy(() -> SystemInstruction.decode(Hex.bytes("0c000000")))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("UpgradeNonceAccount");
    assertThatThrownBy(() -> SystemInstruction.decode(Hex.bytes("0d000000")))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("unknown discriminant 13");
    assertThatThrownBy(() -> SystemInstruction.decode(Hex.bytes("ffffffff")))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("unknown discriminant 4294967295");
    String seedHead = "03000000" + "bb".repeat(32);
    assertThatThrownBy(
            () ->
                SystemInstruction.decode(
                    Hex.bytes(seedHead + "ffffffffffffffff" + "00".repeat(48))))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("SystemInstruction.seed at offset 36");
    assertThatThrownBy(
            () ->
                SystemInstruction.decode(
                    Hex.bytes(seedHead + "0100000000000000" + "ff" + "00".repeat(48))))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("invalid UTF-8");
  }
}
