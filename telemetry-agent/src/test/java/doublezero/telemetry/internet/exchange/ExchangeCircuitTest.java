package doublezero.telemetry.internet.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.telemetry.journal.JournalCodec;
import doublezero.telemetry.journal.JournalRecord;
import doublezero.telemetry.journal.Sample;
import doublezero.telemetry.journal.SampleJournal;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExchangeCircuitTest {
  static final ExchangeCircuit C = new ExchangeCircuit("ripeatlas", key(0x12), key(0x13));
  @TempDir Path dir;

  static PublicKey key(int b) {
    byte[] k = new byte[32];
    k[0] = (byte) b;
    return PublicKey.of(k);
  }

  @Test
  void codecRoundTripsAndRefusesBadLengths() {
    byte[] bytes = ExchangeCircuit.CODEC.encode(C);
    assertThat(bytes).hasSize(64 + 9);
    assertThat(Arrays.copyOfRange(bytes, 64, bytes.length)).isEqualTo("ripeatlas".getBytes());
    assertThat(ExchangeCircuit.CODEC.decode(bytes)).isEqualTo(C);
    assertThatThrownBy(() -> ExchangeCircuit.CODEC.decode(Arrays.copyOf(bytes, 64)))
        .isInstanceOf(DecodeException.class);
    assertThatThrownBy(() -> new ExchangeCircuit("x".repeat(33), key(1), key(2)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void journalFramesCarryTheCircuitAndRefuseEveryTruncation() {
    JournalCodec<ExchangeCircuit> codec = new JournalCodec<>(ExchangeCircuit.CODEC);
    JournalRecord<ExchangeCircuit> r =
        new JournalRecord.Taken<>(C, new Sample(7, -1, 1_700_000_000_000_000L, 82_125));
    byte[] frame = codec.encode(r);
    assertThat(frame).hasSize(JournalCodec.HEADER + 73 + 28);
    assertThat(codec.decode(frame, 0, frame.length).record()).isEqualTo(r);
    for (int n = 0; n < frame.length; n++) {
      int len = n;
      assertThatThrownBy(() -> codec.decode(frame, 0, len)).isInstanceOf(DecodeException.class);
    }
  }

  @Test
  void aJournalOfExchangeCircuitsSurvivesReopening() {
    try (SampleJournal<ExchangeCircuit> j = SampleJournal.open(dir, 10, ExchangeCircuit.CODEC)) {
      j.append(C, Sample.UNKNOWN_EPOCH, 1_000_000, 82_125);
      j.append(C, Sample.UNKNOWN_EPOCH, 2_000_000, 81_750);
      j.mark(new JournalRecord.Mark<>(C, 0, 1, 1));
    }
    try (SampleJournal<ExchangeCircuit> j = SampleJournal.open(dir, 10, ExchangeCircuit.CODEC)) {
      assertThat(j.circuits()).containsExactly(C);
      assertThat(j.pending(C)).extracting(Sample::value).containsExactly(81_750L);
    }
  }
}
