package doublezero.localnet.journal;

import doublezero.localnet.ledger.BlockhashQueue;
import doublezero.localnet.ledger.TransactionStatus;
import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32C;

/// Snapshot file `snapshot.bin`: magic `DZLNSNP1`, a Borsh body, then a trailer of u64 LE body
/// length and u32 LE CRC-32C of the body. Written to `snapshot.bin.tmp`, forced, atomically
/// renamed, then the directory is forced, so the file is either the old or the new snapshot, whole.
public final class Snapshots {
  /// File name of the current snapshot.
  public static final String FILE = "snapshot.bin";

  private static final byte[] MAGIC = "DZLNSNP1".getBytes(StandardCharsets.US_ASCII);

  private Snapshots() {}

  /// Writes `s` durably as the directory's snapshot.
  public static void write(Path dir, SnapshotState s) {
    BorshWriter w = new BorshWriter(1 << 20);
    w.u64(s.nextSegment()).bytes(s.genesisHash()).u64(s.createdMillis()).u64(s.slot());
    w.vec(s.blockhashes(), (x, e) -> x.u64(e.slot()).bytes(e.hash()));
    w.u64(s.transactionCount()).u64(s.feesCollected());
    RecordCodec.writeAccounts(w, s.accounts());
    w.vec(s.statuses(), RecordCodec::writeStatus);
    byte[] body = w.toByteArray();
    CRC32C crc = new CRC32C();
    crc.update(body);
    ByteBuffer trailer =
        ByteBuffer.allocate(12)
            .order(ByteOrder.LITTLE_ENDIAN)
            .putLong(body.length)
            .putInt((int) crc.getValue())
            .flip();
    Path tmp = dir.resolve(FILE + ".tmp");
    try (FileChannel ch =
        FileChannel.open(
            tmp,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      for (ByteBuffer b :
          new ByteBuffer[] {ByteBuffer.wrap(MAGIC), ByteBuffer.wrap(body), trailer}) {
        while (b.hasRemaining()) {
          ch.write(b);
        }
      }
      ch.force(true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write snapshot " + tmp, e);
    }
    try {
      Files.move(
          tmp,
          dir.resolve(FILE),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
      syncDirectory(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot install snapshot in " + dir, e);
    }
  }

  /// Reads the directory's snapshot, if there is one.
  ///
  /// @throws LedgerCorruptException when the file is present but damaged
  public static Optional<SnapshotState> read(Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    byte[] all = Files.readAllBytes(file);
    if (all.length < MAGIC.length + 12 || !Arrays.equals(Arrays.copyOf(all, MAGIC.length), MAGIC)) {
      throw new LedgerCorruptException(
          "snapshot " + file + " is damaged: bad magic or too short (" + all.length + " bytes)");
    }
    ByteBuffer t = ByteBuffer.wrap(all, all.length - 12, 12).order(ByteOrder.LITTLE_ENDIAN);
    long len = t.getLong();
    int crc = t.getInt();
    if (len != all.length - MAGIC.length - 12) {
      throw new LedgerCorruptException(
          "snapshot "
              + file
              + " is damaged: trailer says "
              + len
              + " body bytes, file holds "
              + (all.length - MAGIC.length - 12));
    }
    byte[] body = Arrays.copyOfRange(all, MAGIC.length, all.length - 12);
    CRC32C c = new CRC32C();
    c.update(body);
    if ((int) c.getValue() != crc) {
      throw new LedgerCorruptException("snapshot " + file + " is damaged: checksum mismatch");
    }
    try {
      return Optional.of(decode(body));
    } catch (DecodeException e) {
      throw new LedgerCorruptException(
          "snapshot " + file + " passes its checksum but does not decode: " + e.getMessage(), e);
    }
  }

  private static SnapshotState decode(byte[] body) {
    BorshReader r = BorshReader.strict(body, "Snapshot");
    long next = r.u64("next_segment");
    byte[] genesis = r.bytes("genesis_hash", 32);
    long created = r.u64("created");
    long slot = r.u64("slot");
    var hashes =
        r.vec("blockhashes", x -> new BlockhashQueue.Entry(x.u64("slot"), x.bytes("hash", 32)));
    long txCount = r.u64("transaction_count");
    long fees = r.u64("fees");
    var accounts = RecordCodec.readAccounts(r);
    List<TransactionStatus> statuses = r.vec("statuses", RecordCodec::readStatus);
    r.expectEnd();
    return new SnapshotState(
        next, genesis, created, slot, hashes, txCount, fees, accounts, statuses);
  }

  /// Forces a directory's entries (new, renamed files) to disk; a no-op where the platform cannot.
  public static void syncDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // Some platforms refuse to open directories; nothing more can be done there.
    }
  }
}
