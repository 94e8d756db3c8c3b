package doublezero.localnet.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.localnet.Localnet;
import doublezero.localnet.LocalnetConfig;
import doublezero.localnet.TestRpc;
import doublezero.sdk.solana.key.Keypair;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@NeedsLedgerInternals(
    "tests the in-process ledger itself: the journal files of ledgers it starts and stops")
class JournalTest {
  @TempDir Path dir;

  private Path writeSlots(int n) {
    try (Journal j = new Journal(dir, 0)) {
      for (int i = 1; i <= n; i++) {
        j.append(new JournalRecord.Slot(i, new byte[32]));
      }
    }
    return Journal.segmentPath(dir, 0);
  }

  private List<Long> replay(Path file, boolean last) throws Exception {
    List<Long> slots = new ArrayList<>();
    JournalReader.replay(file, last, r -> slots.add(((JournalRecord.Slot) r).slot()));
    return slots;
  }

  @Test
  void tornTailAtEveryOffsetOfTheLastFrameIsDroppedAndTruncated() throws Exception {
    Path file = writeSlots(5);
    byte[] whole = Files.readAllBytes(file);
    int frame = whole.length / 5;
    for (int cut = whole.length - frame; cut < whole.length; cut++) {
      Files.write(file, Arrays.copyOf(whole, cut));
      assertThat(replay(file, true)).containsExactly(1L, 2L, 3L, 4L);
      assertThat(Files.size(file)).isEqualTo(whole.length - frame);
    }
  }

  @Test
  void damageBeforeIntactFramesIsCorruptionNotATornTail() throws Exception {
    Path file = writeSlots(5);
    byte[] bytes = Files.readAllBytes(file);
    int frame = bytes.length / 5;
    for (int at : new int[] {0, 4, 8, frame + 12, 2 * frame + frame - 1}) {
      byte[] bad = bytes.clone();
      bad[at] ^= 0x40;
      Files.write(file, bad);
      assertThatThrownBy(() -> replay(file, true))
          .isInstanceOf(LedgerCorruptException.class)
          .hasMessageContaining("damaged at offset");
    }
  }

  @Test
  void aTornTailInAnOlderSegmentIsCorruption() throws Exception {
    Path file = writeSlots(3);
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(whole, whole.length - 3));
    assertThatThrownBy(() -> replay(file, false)).isInstanceOf(LedgerCorruptException.class);
  }

  @Test
  void ledgerRestartsWithStateAndRefusesACorruptJournal() throws Exception {
    Keypair k = Keypair.generate();
    try (Localnet net = Localnet.start(LocalnetConfig.ephemeral(dir).withSlotMillis(20))) {
      new TestRpc(net.rpcUrl()).airdrop(k.publicKey(), 123_456_789L);
    }
    try (Localnet net = Localnet.start(LocalnetConfig.ephemeral(dir).withSlotMillis(20))) {
      assertThat(new TestRpc(net.rpcUrl()).balance(k.publicKey())).isEqualTo(123_456_789L);
    }
    Path first = Journal.segmentPath(dir, Journal.segments(dir).getFirst());
    byte[] bytes = Files.readAllBytes(first);
    bytes[20] ^= 1;
    Files.write(first, bytes);
    assertThatThrownBy(() -> Localnet.start(LocalnetConfig.ephemeral(dir)))
        .isInstanceOf(LedgerCorruptException.class)
        .hasMessageContaining(first.getFileName().toString());
  }

  @Test
  void snapshotRoundTripsAndDetectsDamage() throws Exception {
    Keypair k = Keypair.generate();
    try (Localnet net =
        Localnet.start(LocalnetConfig.ephemeral(dir).withSlotMillis(5).withSnapshotEvery(10))) {
      TestRpc rpc = new TestRpc(net.rpcUrl());
      rpc.airdrop(k.publicKey(), 5_000_000_000L);
      Thread.sleep(300);
      rpc.airdrop(k.publicKey(), 1_000_000_000L);
      Thread.sleep(300);
    }
    assertThat(dir.resolve(Snapshots.FILE)).exists();
    try (Localnet net = Localnet.start(LocalnetConfig.ephemeral(dir))) {
      assertThat(new TestRpc(net.rpcUrl()).balance(k.publicKey())).isEqualTo(6_000_000_000L);
    }
    byte[] snap = Files.readAllBytes(dir.resolve(Snapshots.FILE));
    snap[snap.length / 2] ^= 1;
    Files.write(dir.resolve(Snapshots.FILE), snap);
    assertThatThrownBy(() -> Snapshots.read(dir))
        .isInstanceOf(LedgerCorruptException.class)
        .hasMessageContaining("checksum");
  }
}
