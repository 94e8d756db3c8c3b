package doublezero.localnet.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import doublezero.localnet.ledger.Account;
import doublezero.localnet.ledger.TransactionStatus;
import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.solana.key.PublicKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// Borsh encoding of journal records and of the pieces snapshots share with them. A record body is
/// a u8 type (1 genesis, 2 slot, 3 writes, 4 transaction, 5 segment start, 6 segment end) followed
/// by its fields; transaction errors are kept as their JSON text.
public final class RecordCodec {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RecordCodec() {}

  /// Encodes a record body.
  public static byte[] encode(JournalRecord r) {
    BorshWriter w = new BorshWriter(256);
    switch (r) {
      case JournalRecord.Genesis g -> w.u8(1).bytes(g.genesisHash()).u64(g.createdMillis());
      case JournalRecord.Slot s -> w.u8(2).u64(s.slot()).bytes(s.hash());
      case JournalRecord.Writes ws -> writeAccounts(w.u8(3), ws.accounts());
      case JournalRecord.Tx t -> writeAccounts(writeStatus(w.u8(4), t.status()), t.writes());
      case JournalRecord.SegmentStart h ->
          w.u8(5)
              .u64(h.segment())
              .bytes(h.genesisHash())
              .u64(h.slot())
              .u64(h.transactionCount())
              .u64(h.feesCollected());
      case JournalRecord.SegmentEnd e -> w.u8(6).u64(e.next());
    }
    return w.toByteArray();
  }

  /// Decodes a record body.
  ///
  /// @throws DecodeException on an unknown type or malformed fields
  public static JournalRecord decode(byte[] body) {
    BorshReader r = BorshReader.strict(body, "JournalRecord");
    int type = r.u8("type");
    JournalRecord out =
        switch (type) {
          case 1 -> new JournalRecord.Genesis(r.bytes("genesis_hash", 32), r.u64("created"));
          case 2 -> new JournalRecord.Slot(r.u64("slot"), r.bytes("hash", 32));
          case 3 -> new JournalRecord.Writes(readAccounts(r));
          case 4 -> {
            TransactionStatus st = readStatus(r);
            yield new JournalRecord.Tx(st, readAccounts(r));
          }
          case 5 ->
              new JournalRecord.SegmentStart(
                  r.u64("segment"),
                  r.bytes("genesis_hash", 32),
                  r.u64("slot"),
                  r.u64("transaction_count"),
                  r.u64("fees"));
          case 6 -> new JournalRecord.SegmentEnd(r.u64("next"));
          default -> throw r.error("type", "unknown journal record type " + type);
        };
    r.expectEnd();
    return out;
  }

  /// Writes an address → account map.
  public static BorshWriter writeAccounts(BorshWriter w, Map<PublicKey, Account> accounts) {
    w.u32(accounts.size());
    accounts.forEach((k, a) -> writeAccount(w.publicKey(k), a));
    return w;
  }

  /// Writes one account.
  public static void writeAccount(BorshWriter w, Account a) {
    w.u64(a.lamports())
        .publicKey(a.owner())
        .u32(a.data().length)
        .bytes(a.data())
        .bool(a.executable())
        .u64(a.rentEpoch());
  }

  /// Reads one account.
  public static Account readAccount(BorshReader r) {
    long lamports = r.u64("lamports");
    PublicKey owner = r.publicKey("owner");
    long len = r.u32("data_len");
    if (len > r.remaining()) {
      throw r.error("data", "length " + len + " exceeds the " + r.remaining() + " bytes left");
    }
    byte[] data = r.bytes("data", (int) len);
    return new Account(lamports, owner, data, r.bool("executable"), r.u64("rent_epoch"));
  }

  /// Reads an address → account map.
  public static Map<PublicKey, Account> readAccounts(BorshReader r) {
    long n = r.u32("accounts");
    Map<PublicKey, Account> out = new LinkedHashMap<>();
    for (long i = 0; i < n; i++) {
      PublicKey k = r.publicKey("address");
      out.put(k, readAccount(r));
    }
    return out;
  }

  /// Writes a transaction status.
  public static BorshWriter writeStatus(BorshWriter w, TransactionStatus s) {
    String err;
    try {
      err = s.err() == null ? "" : JSON.writeValueAsString(s.err());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    w.string(s.signature())
        .u64(s.slot())
        .u64(s.blockTime())
        .u32(s.wire().length)
        .bytes(s.wire())
        .string(err)
        .u64(s.fee())
        .vec(s.logs(), BorshWriter::string);
    w.u32(s.preBalances().length);
    for (long b : s.preBalances()) {
      w.u64(b);
    }
    for (long b : s.postBalances()) {
      w.u64(b);
    }
    return w.u64(s.unitsConsumed());
  }

  /// Reads a transaction status.
  public static TransactionStatus readStatus(BorshReader r) {
    String sig = r.string("signature");
    long slot = r.u64("slot");
    long time = r.u64("block_time");
    long wireLen = r.u32("wire_len");
    if (wireLen > r.remaining()) {
      throw r.error("wire", "length " + wireLen + " exceeds the " + r.remaining() + " bytes left");
    }
    byte[] wire = r.bytes("wire", (int) wireLen);
    String errText = r.string("err");
    Object err;
    try {
      err = errText.isEmpty() ? null : JSON.readValue(errText, Object.class);
    } catch (JsonProcessingException e) {
      throw r.error("err", "not JSON: " + e.getOriginalMessage());
    }
    long fee = r.u64("fee");
    List<String> logs = r.vec("logs", x -> x.string("log"));
    long n = r.u32("balances");
    if (n * 16 > r.remaining()) {
      throw r.error("balances", n + " balances do not fit in " + r.remaining() + " bytes");
    }
    long[] pre = new long[(int) n];
    long[] post = new long[(int) n];
    for (int i = 0; i < n; i++) {
      pre[i] = r.u64("pre_balance");
    }
    for (int i = 0; i < n; i++) {
      post[i] = r.u64("post_balance");
    }
    return new TransactionStatus(sig, slot, time, wire, err, fee, logs, pre, post, r.u64("units"));
  }
}
