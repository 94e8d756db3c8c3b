package doublezero.sdk.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.sdk.telemetry.instruction.InitializeDeviceLatencySamples;
import doublezero.sdk.telemetry.instruction.InitializeDeviceLatencySamplesAccounts;
import doublezero.sdk.telemetry.instruction.InitializeInternetLatencySamples;
import doublezero.sdk.telemetry.instruction.InitializeInternetLatencySamplesAccounts;
import doublezero.sdk.telemetry.instruction.TelemetryInstruction;
import doublezero.sdk.telemetry.instruction.WriteDeviceLatencySamples;
import doublezero.sdk.telemetry.instruction.WriteDeviceLatencySamplesAccounts;
import doublezero.sdk.telemetry.instruction.WriteInternetLatencySamples;
import doublezero.sdk.telemetry.instruction.WriteInternetLatencySamplesAccounts;
import doublezero.sdk.telemetry.pda.TelemetryPda;
import doublezero.sdk.telemetry.state.RttSamples;
import doublezero.testkit.Hex;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/// Telemetry instruction data (hand-written from `reference/telemetry-geolocation.md` §A.6) and
/// account lists.
class TelemetryInstructionTest {
  private static final PublicKey SYSTEM = PublicKey.fromBase58("11111111111111111111111111111111");

  private static final InitializeDeviceLatencySamples INIT_DEVICE =
      new InitializeDeviceLatencySamples(100, 1000);
  private static final WriteDeviceLatencySamples WRITE_DEVICE =
      new WriteDeviceLatencySamples(1000, RttSamples.of(1, 2));
  private static final InitializeInternetLatencySamples INIT_INTERNET =
      new InitializeInternetLatencySamples("ripeatlas", 19800, 600_000_000);
  private static final WriteInternetLatencySamples WRITE_INTERNET =
      new WriteInternetLatencySamples(1_700_000_000_000_000L, RttSamples.of(0xFFFF_FFFFL));

  /// instruction → its bytes, written by hand from the layout.
  private static final Map<TelemetryInstruction, String> GOLDEN =
      Map.of(
          INIT_DEVICE, "00 6400000000000000 e803000000000000",
          WRITE_DEVICE, "01 e803000000000000 02000000 01000000 02000000",
          INIT_INTERNET, "02 09000000 726970656174 6c6173 584d000000000000 0046c32300000000",
          WRITE_INTERNET, "03 00401e18240a0600 01000000 ffffffff");

  @Test
  void goldenBytes() {
    GOLDEN.forEach(
        (ix, hex) -> {
          byte[] bytes = Hex.bytes(hex);
          assertThat(ix.encode()).as(ix.toString()).isEqualTo(bytes);
          assertThat(TelemetryInstruction.decode(bytes)).isEqualTo(ix);
        });
    assertThat(INIT_DEVICE.encode()).hasSize(17);
  }

  @Test
  void missingTrailingArgumentsTakeDefaults() {
    assertThat(TelemetryInstruction.decode(Hex.bytes("00")))
        .isEqualTo(new InitializeDeviceLatencySamples(0, 0));
    assertThat(TelemetryInstruction.decode(Hex.bytes("00 6400000000000000")))
        .isEqualTo(new InitializeDeviceLatencySamples(100, 0));
    assertThat(TelemetryInstruction.decode(Hex.bytes("01 e803000000000000")))
        .isEqualTo(new WriteDeviceLatencySamples(1000, RttSamples.EMPTY));
    assertThat(TelemetryInstruction.decode(Hex.bytes("02")))
        .isEqualTo(new InitializeInternetLatencySamples("", 0, 0));
    assertThat(TelemetryInstruction.decode(Hex.bytes("03")))
        .isEqualTo(new WriteInternetLatencySamples(0, RttSamples.EMPTY));
  }

  @Test
  void trailingBytesAreIgnored() {
    byte[] extra = Arrays.copyOf(INIT_DEVICE.encode(), 20);
    assertThat(TelemetryInstruction.decode(extra)).isEqualTo(INIT_DEVICE);
  }

  @Test
  void everyPrefixEitherThrowsOrGivesTheDocumentedDefaults() {
    for (TelemetryInstruction ix : GOLDEN.keySet()) {
      byte[] full = ix.encode();
      for (int len = 0; len < full.length; len++) {
        byte[] prefix = Arrays.copyOf(full, len);
        TelemetryInstruction decoded;
        try {
          decoded = TelemetryInstruction.decode(prefix);
        } catch (DecodeException expected) {
          continue;
        }
        assertThat(decoded).as("%s cut at %d", ix, len).isEqualTo(defaultsAt(ix, len));
      }
    }
  }

  /// What the incremental decoder must give for `ix` cut at a field boundary `len`.
  private static TelemetryInstruction defaultsAt(TelemetryInstruction ix, int len) {
    return switch (ix) {
      case InitializeDeviceLatencySamples i ->
          switch (len) {
            case 1 -> new InitializeDeviceLatencySamples(0, 0);
            case 9 -> new InitializeDeviceLatencySamples(i.epoch(), 0);
            default -> throw new AssertionError("decoded at non-boundary " + len);
          };
      case WriteDeviceLatencySamples w ->
          switch (len) {
            case 1 -> new WriteDeviceLatencySamples(0, RttSamples.EMPTY);
            case 9 ->
                new WriteDeviceLatencySamples(w.startTimestampMicroseconds(), RttSamples.EMPTY);
            default -> throw new AssertionError("decoded at non-boundary " + len);
          };
      case InitializeInternetLatencySamples i ->
          switch (len) {
            case 1 -> new InitializeInternetLatencySamples("", 0, 0);
            case 14 -> new InitializeInternetLatencySamples(i.dataProviderName(), 0, 0);
            case 22 -> new InitializeInternetLatencySamples(i.dataProviderName(), i.epoch(), 0);
            default -> throw new AssertionError("decoded at non-boundary " + len);
          };
      case WriteInternetLatencySamples w ->
          switch (len) {
            case 1 -> new WriteInternetLatencySamples(0, RttSamples.EMPTY);
            case 9 ->
                new WriteInternetLatencySamples(w.startTimestampMicroseconds(), RttSamples.EMPTY);
            default -> throw new AssertionError("decoded at non-boundary " + len);
          };
    };
  }

  @Test
  void emptyDataAndUnknownIndexAreRejected() {
    assertThatThrownBy(() -> TelemetryInstruction.decode(new byte[0]))
        .isInstanceOf(DecodeException.class);
    for (int tag : new int[] {4, 5, 0x7F, 0xFF}) {
      assertThatThrownBy(() -> TelemetryInstruction.decode(new byte[] {(byte) tag}))
          .isInstanceOf(DecodeException.class)
          .hasMessageContaining("unknown instruction index " + tag);
    }
  }

  @Test
  void partialSampleVectorIsRejected() {
    assertThatThrownBy(
            () -> TelemetryInstruction.decode(Hex.bytes("01 e803000000000000 02000000 01000000")))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("samples");
    assertThatThrownBy(() -> TelemetryInstruction.decode(Hex.bytes("01 e803000000000000 0200")))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("samples");
  }

  @Test
  void accountLists() {
    PublicKey program = PublicKey.fromBase58("tE1exJ5VMyoC9ByZeSmgtNzJCFF74G9JAv338sJiqkC");
    PublicKey agent = key(9), origin = key(1), target = key(2), link = key(3);
    InitializeDeviceLatencySamplesAccounts init =
        InitializeDeviceLatencySamplesAccounts.derive(program, agent, origin, target, link, 42);
    PublicKey pda = TelemetryPda.deviceLatencySamples(program, origin, target, link, 42).address();
    assertThat(init.metas())
        .containsExactly(
            new AccountMeta(pda, false, true),
            new AccountMeta(agent, true, true),
            new AccountMeta(origin, false, false),
            new AccountMeta(target, false, false),
            new AccountMeta(link, false, false),
            new AccountMeta(SYSTEM, false, false));
    Instruction built = INIT_DEVICE.toInstruction(program, init);
    assertThat(built.programId()).isEqualTo(program);
    assertThat(built.data()).isEqualTo(INIT_DEVICE.encode());

    assertThat(new WriteDeviceLatencySamplesAccounts(pda, agent).metas())
        .containsExactly(
            new AccountMeta(pda, false, true),
            new AccountMeta(agent, true, false),
            new AccountMeta(SYSTEM, false, false));

    InitializeInternetLatencySamplesAccounts inet =
        InitializeInternetLatencySamplesAccounts.derive(
            program, agent, "ripeatlas", origin, target, 42);
    PublicKey ipda =
        TelemetryPda.internetLatencySamples(program, agent, "ripeatlas", origin, target, 42)
            .address();
    assertThat(inet.metas())
        .containsExactly(
            new AccountMeta(ipda, false, true),
            new AccountMeta(agent, true, true),
            new AccountMeta(origin, false, false),
            new AccountMeta(target, false, false),
            new AccountMeta(SYSTEM, false, false));
    assertThat(new WriteInternetLatencySamplesAccounts(ipda, agent).metas())
        .containsExactly(
            new AccountMeta(ipda, false, true),
            new AccountMeta(agent, true, false),
            new AccountMeta(SYSTEM, false, false));
    assertThat(
            WRITE_INTERNET
                .toInstruction(program, new WriteInternetLatencySamplesAccounts(ipda, agent))
                .accounts())
        .hasSize(3);
  }

  @Test
  void fieldNames() {
    assertThat(INIT_INTERNET.fields())
        .extracting(f -> f.name())
        .containsExactly("data_provider_name", "epoch", "sampling_interval_microseconds");
    assertThat(WRITE_DEVICE.fields())
        .extracting(f -> f.name())
        .containsExactly("start_timestamp_microseconds", "samples");
  }

  private static PublicKey key(int first) {
    byte[] b = new byte[32];
    b[0] = (byte) first;
    return PublicKey.of(b);
  }

  @Property
  void everyInstructionRoundTrips(@ForAll("instructions") TelemetryInstruction ix) {
    byte[] bytes = ix.encode();
    assertThat(bytes[0] & 0xFF).isEqualTo(ix.tag().index());
    assertThat(TelemetryInstruction.decode(bytes)).isEqualTo(ix);
  }

  @Provide
  Arbitrary<TelemetryInstruction> instructions() {
    Arbitrary<Long> u64 = TelemetryArbitraries.u64();
    return Arbitraries.oneOf(
        List.of(
            Combinators.combine(u64, u64).as(InitializeDeviceLatencySamples::new),
            Combinators.combine(u64, TelemetryArbitraries.samples(300))
                .as(WriteDeviceLatencySamples::new),
            Combinators.combine(Arbitraries.strings().ofMaxLength(40), u64, u64)
                .as(InitializeInternetLatencySamples::new),
            Combinators.combine(u64, TelemetryArbitraries.samples(300))
                .as(WriteInternetLatencySamples::new)));
  }
}
