package doublezero.telemetry.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.solana.key.PublicKey;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleJournalTest {
  static final Circuit C = new Circuit(key(1), key(2), key(3));
  static final Circuit D = new Circuit(key(1), key(4), key(5));
  @TempDir Path dir;

  static PublicKey key(int b) {
    byte[] k = new byte[32];
    k[31] = (byte) b;
    return PublicKey.of(k);
  }

  @Test
  void replaysSamplesAndMarksAfterARestart() {
    try (SampleJournal<Circuit> j = SampleJournal.open(dir, 100)) {
      for (int i = 1; i <= 5; i++) {
        j.append(C, 9, 1000L * i, i);
      }
      j.append(D, Sample.UNKNOWN_EPOCH, 7, 0);
      j.mark(new JournalRecord.Mark<>(C, 9, 3, 3));
    }
    try (SampleJournal<Circuit> j = SampleJournal.open(dir, 100)) {
      assertThat(j.truncatedBytes()).isZero();
      assertThat(j.pending(C)).extracting(Sample::sequence).containsExactly(4L, 5L);
      assertThat(j.pending(D)).containsExactly(new Sample(1, Sample.UNKNOWN_EPOCH, 7, 0));
      assertThat(j.mark(C, 9)).contains(new JournalRecord.Mark<>(C, 9, 3, 3));
      assertThat(j.append(C, 9, 6000, 6).orElseThrow().sequence()).isEqualTo(6);
    }
  }

  /// An interrupt of the writing thread (the agent's shutdown used to interrupt its submission
  /// cycle) closed the journal's `FileChannel`: the final cycle's marks and every later write
  /// failed. The journal now writes through `java.io`, which interrupts do not close.
  @Test
  void anInterruptedThreadStillWritesAndTheJournalStaysUsable() {
    try (SampleJournal<Circuit> j = SampleJournal.open(dir, 100)) {
      Thread.currentThread().interrupt();
      try {
        j.append(C, 9, 1000, 1);
        j.flush();
        j.append(C, 9, 2000, 2);
        j.mark(new JournalRecord.Mark<>(C, 9, 1, 1));
        j.force();
        j.compact();
        assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is kept").isTrue();
      } finally {
        Thread.interrupted();
      }
      j.append(C, 9, 3000, 3);
    }
    try (SampleJournal<Circuit> j = SampleJournal.open(dir, 100)) {
      assertThat(j.mark(C, 9)).contains(new JournalRecord.Mark<>(C, 9, 1, 1));
      assertThat(j.pending(C)).extracting(Sample::sequence).containsExactly(2L, 3L);
    }
  }

  /// A circuit whose samples had all landed and whose marks were all retired used to be forgotten:
  /// its next sample was numbered 1 again, below the consumed sequence of the marks still in the
  /// file, so after a restart it counted as consumed and was never submitted (seen end to end at an
  /// epoch boundary).
  @Test
  void aRetiredCircuitKeepsItsNumberingAndItsNextSampleSurvivesARestart() {
    try (SampleJournal<Circuit> j = SampleJournal.open(dir, 100)) {
      for (int i = 1; i <= 3; i++) {
        j.append(C, 7, i, i);
      }
      j.mark(new JournalRecord.Mark<>(C, 7, 3, 3));
      assertThat(j.retire(e -> e < 8)).isEqualTo(1);
      assertThat(j.append(C, 8, 4, 4).orElseThrow().sequence()).isEqualTo(4);
    }
    try (SampleJournal<Circuit> j = SampleJournal.open(dir, 100)) {
      assertThat(j.pending(C)).extracting(Sample::sequence).containsExactly(4L);
    }
  }

  @Test
  void aTornLastFrameIsCutOffAtEveryOffset() throws IOException {
    try (SampleJournal<Circuit> j = SampleJournal.open(dir, 100)) {
      j.append(C, 9, 1, 1);
      j.append(C, 9, 2, 2);
    }
    Path file = dir.resolve(SampleJournal.FILE);
    byte[] whole = Files.readAllBytes(file);
    int frame = whole.length / 2;
    for (int cut = frame; cut < whole.length; cut++) {
      Files.write(file, Arrays.copyOf(whole, cut));
      try (SampleJournal<Circuit> j = SampleJournal.open(dir, 100)) {
        assertThat(j.pending(C)).extracting(Sample::sequence).containsExactly(1L);
        assertThat(j.truncatedBytes()).isEqualTo(cut - frame);
      }
      assertThat(Files.size(file)).isEqualTo(frame);
    }
  }

  @Test
  void aCorruptedFrameEndsTheReadableJournal() throws IOException {
    try (SampleJournal<Circuit> j = SampleJournal.open(dir, 100)) {
      j.append(C, 9, 1, 1);
      j.append(C, 9, 2, 2);
    }
    Path file = dir.resolve(SampleJournal.FILE);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.write(ByteBuffer.wrap(new byte[] {0x55}), Files.size(file) - 3);
    }
    try (SampleJournal<Circuit> j = SampleJournal.open(dir, 100)) {
      assertThat(j.pending(C)).hasSize(1);
    }
  }

  @Test
  void codecRefusesEveryTruncationAndABadChecksum() {
    byte[] f = new JournalCodec<>(Circuit.CODEC).encode(new JournalRecord.Mark<>(C, 1, 2, 3));
    for (int len = 0; len < f.length; len++) {
      int n = len;
      assertThatThrownBy(() -> new JournalCodec<>(Circuit.CODEC).decode(f, 0, n))
          .isInstanceOf(DecodeException.class);
    }
    f[f.length - 1] ^= 1;
    assertThatThrownBy(() -> new JournalCodec<>(Circuit.CODEC).decode(f, 0, f.length))
        .hasMessageContaining("checksum");
  }

  @Test
  void aFullBufferRefusesNewSamples() {
    try (SampleJournal<Circuit> j = SampleJournal.open(dir, 2)) {
      assertThat(j.append(C, 1, 1, 1)).isPresent();
      assertThat(j.append(C, 1, 2, 1)).isPresent();
      assertThat(j.append(C, 1, 3, 1)).isEmpty();
      assertThat(j.append(D, 1, 3, 1)).isPresent();
    }
  }

  @Test
  void compactionKeepsWhatIsPendingAndTheLatestMarks() {
    try (SampleJournal<Circuit> j = SampleJournal.open(dir, 100)) {
      for (int i = 1; i <= 50; i++) {
        j.append(C, 9, i, i);
      }
      j.mark(new JournalRecord.Mark<>(C, 9, 0, 0));
      j.mark(new JournalRecord.Mark<>(C, 9, 48, 48));
      long before = j.sizeBytes();
      j.compact();
      assertThat(j.sizeBytes()).isLessThan(before);
      j.append(C, 9, 51, 51);
    }
    try (SampleJournal<Circuit> j = SampleJournal.open(dir, 100)) {
      assertThat(j.pending(C)).extracting(Sample::sequence).containsExactly(49L, 50L, 51L);
      assertThat(j.mark(C, 9)).contains(new JournalRecord.Mark<>(C, 9, 48, 48));
    }
  }

  @Test
  void sampleValuesFollowTheReferenceEncoding() {
    assertThat(SampleValue.of(true, 5_000_000)).isZero();
    assertThat(SampleValue.of(false, 0)).isEqualTo(1);
    assertThat(SampleValue.of(false, 999)).isZero(); // truncated, as the reference does
    assertThat(SampleValue.of(false, 1_999)).isEqualTo(1);
    assertThat(SampleValue.of(false, 40_123_999)).isEqualTo(40_123);
    assertThat(SampleValue.of(false, Long.MAX_VALUE)).isEqualTo(0xFFFF_FFFFL);
  }
}
