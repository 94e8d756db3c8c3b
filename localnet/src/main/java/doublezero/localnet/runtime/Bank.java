package doublezero.localnet.runtime;

import doublezero.localnet.ledger.Account;
import doublezero.localnet.ledger.AccountStore;
import doublezero.localnet.ledger.BlockhashQueue;
import doublezero.localnet.ledger.Builtins;
import doublezero.localnet.ledger.StatusCache;
import doublezero.localnet.ledger.TransactionStatus;
import doublezero.localnet.ledger.UnsyncedChanges;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Message;
import doublezero.sdk.solana.tx.Transaction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/// The ledger's state machine: accounts, slots, blockhashes and the status cache, plus the
/// transaction pipeline (duplicate and blockhash checks, fee payer validation, instruction
/// execution, rent-state checks).
///
/// Mutating methods are `synchronized`: one transaction at a time, as a leader's banking stage does
/// per account lock. Reads of accounts go to the {@link AccountStore} directly and need no lock.
public final class Bank {
  /// Lamports charged per required signature.
  public static final long LAMPORTS_PER_SIGNATURE = 5000;

  private final AccountStore accounts;
  private final BlockhashQueue blockhashes = new BlockhashQueue();
  private final ProgramRegistry programs;
  private final long slotsPerEpoch;
  private final StatusCache statuses;
  private final UnsyncedChanges unsynced;
  private volatile long slot;
  private volatile long transactionCount;
  private volatile long feesCollected;
  private byte[] genesisHash;

  /// A bank at slot 0 with the genesis blockhash `genesisHash`.
  ///
  /// @param accounts the store (may already hold accounts, e.g. from a snapshot)
  /// @param programs the Java programs
  /// @param slotsPerEpoch epoch length in slots (> 0)
  /// @param retainStatuses how many transaction statuses to keep (oldest are forgotten)
  public Bank(
      AccountStore accounts, ProgramRegistry programs, long slotsPerEpoch, int retainStatuses) {
    if (slotsPerEpoch <= 0) {
      throw new IllegalArgumentException("slots per epoch must be positive, got " + slotsPerEpoch);
    }
    this.accounts = accounts;
    this.unsynced = new UnsyncedChanges(accounts);
    this.programs = programs;
    this.slotsPerEpoch = slotsPerEpoch;
    this.statuses = new StatusCache(retainStatuses);
  }

  /// Sets the starting point: genesis hash, current slot and its blockhash (used at creation and on
  /// recovery).
  public synchronized void reset(byte[] genesisHash, long slot, List<BlockhashQueue.Entry> recent) {
    this.genesisHash = genesisHash.clone();
    this.slot = slot;
    if (recent.isEmpty()) {
      blockhashes.register(slot, genesisHash);
    }
    recent.forEach(e -> blockhashes.register(e.slot(), e.hash()));
  }

  /// The accounts.
  public AccountStore accounts() {
    return accounts;
  }

  /// Executed changes whose journal records are not yet durable (for reads at `confirmed` /
  /// `finalized`).
  public UnsyncedChanges unsynced() {
    return unsynced;
  }

  /// The account at `key` as the given commitment sees it: `durable` false = the newest executed
  /// state (`processed`), true = the newest durable state (`confirmed`, `finalized`).
  public Account account(PublicKey key, boolean durable) {
    return durable ? unsynced.read(accounts, key) : accounts.getOrNull(key);
  }

  /// Status of a signature as the given commitment sees it (see {@link #account}), or null.
  public TransactionStatus status(String signature, boolean durable) {
    TransactionStatus st = statuses.get(signature);
    return st == null || !durable || unsynced.isDurable(signature) ? st : null;
  }

  /// The current slot as the given commitment sees it (see {@link #account}).
  public long slot(boolean durable) {
    return durable ? unsynced.durableSlot() : slot;
  }

  /// The recent blockhashes.
  public BlockhashQueue blockhashes() {
    return blockhashes;
  }

  /// The genesis hash (32 bytes).
  public byte[] genesisHash() {
    return genesisHash.clone();
  }

  /// The current slot.
  public long slot() {
    return slot;
  }

  /// Epoch of the current slot.
  public long epoch() {
    return slot / slotsPerEpoch;
  }

  /// Epoch length in slots.
  public long slotsPerEpoch() {
    return slotsPerEpoch;
  }

  /// Transactions committed since genesis.
  public long transactionCount() {
    return transactionCount;
  }

  /// Lamports paid as fees (burnt) since genesis: together with every balance this is the constant
  /// supply.
  public long feesCollected() {
    return feesCollected;
  }

  /// Advances to the next slot and registers its blockhash; returns the new slot.
  public synchronized long advanceSlot() {
    long next = slot + 1;
    byte[] hash = BlockhashQueue.next(blockhashes.latest().hash(), next);
    blockhashes.register(next, hash);
    slot = next;
    return next;
  }

  /// Registers a slot replayed from the journal.
  public synchronized void replaySlot(long newSlot, byte[] hash) {
    blockhashes.register(newSlot, hash);
    slot = newSlot;
  }

  /// Status of a signature (base58), or null when unknown.
  public TransactionStatus status(String signature) {
    return statuses.get(signature);
  }

  /// Retained statuses, oldest first (for snapshots).
  public List<TransactionStatus> statuses() {
    return statuses.all();
  }

  /// The retained transactions that name `address` among their account keys, newest first (see
  /// [StatusCache#forAddress]).
  ///
  /// @param address the account
  /// @param limit at most this many (> 0)
  /// @param before exclusive upper bound signature, or null
  /// @param until exclusive lower bound signature, or null
  /// @return the statuses, newest first
  public List<TransactionStatus> statusesFor(
      PublicKey address, int limit, String before, String until) {
    return statuses.forAddress(address, limit, before, until);
  }

  /// Executes `tx` against the current state without changing anything.
  public synchronized Execution execute(Transaction tx, byte[] wire) {
    return new TransactionRun(this, tx, wire).run();
  }

  /// Applies a committable execution: stores the writes and the status; returns the status.
  ///
  /// @throws IllegalArgumentException when `e` is not committable
  public TransactionStatus commit(Execution e, long blockTime) {
    return commit(e, blockTime, 0);
  }

  /// Like {@link #commit(Execution, long)}, recording the writes and signature as part of
  /// not-yet-durable writer batch `batch` ({@link UnsyncedChanges}); 0 = durable already.
  ///
  /// @throws IllegalArgumentException when `e` is not committable
  public synchronized TransactionStatus commit(Execution e, long blockTime, long batch) {
    if (!e.committable()) {
      throw new IllegalArgumentException(
          "a transaction that failed to load is not committed: " + e.err().message());
    }
    TransactionStatus st =
        new TransactionStatus(
            e.transaction().signatureBase58(),
            e.slot(),
            blockTime,
            e.wire(),
            e.err() == null ? null : e.err().toJson(),
            e.fee(),
            e.logs(),
            e.preBalances(),
            e.postBalances(),
            e.unitsConsumed());
    if (batch > 0) {
      unsynced.beforeApply(accounts, e.writes(), batch);
      unsynced.committed(st.signature(), batch);
    }
    replay(st, e.writes());
    return st;
  }

  /// Writes accounts outside any transaction as part of not-yet-durable writer batch `batch`.
  public synchronized void write(Map<PublicKey, Account> writes, long batch) {
    unsynced.beforeApply(accounts, writes, batch);
    accounts.apply(writes);
  }

  /// Applies a status and its writes (commit path and journal replay).
  public synchronized void replay(TransactionStatus st, Map<PublicKey, Account> writes) {
    accounts.apply(writes);
    statuses.put(st);
    transactionCount++;
    feesCollected += st.fee();
  }

  /// Restores counters from a snapshot.
  public synchronized void restoreCounters(long transactionCount, long feesCollected) {
    this.transactionCount = transactionCount;
    this.feesCollected = feesCollected;
  }

  ProgramRegistry programs() {
    return programs;
  }

  boolean seen(String signature) {
    return statuses.contains(signature);
  }

  /// Loads the message's accounts as working copies (missing ones as empty system accounts).
  Map<PublicKey, MutableAccount> load(Message m) {
    Map<PublicKey, MutableAccount> out = new HashMap<>();
    for (PublicKey k : m.accountKeys()) {
      out.put(k, new MutableAccount(k, accounts.getOrNull(k)));
    }
    return out;
  }

  static long[] balances(Message m, Map<PublicKey, MutableAccount> state) {
    List<PublicKey> keys = m.accountKeys();
    long[] out = new long[keys.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = state.get(keys.get(i)).lamports;
    }
    return out;
  }

  static boolean isSystemAccount(MutableAccount a) {
    return a.owner.equals(Builtins.SYSTEM_PROGRAM) && a.data.length == 0;
  }

  static List<String> newLogs() {
    return new ArrayList<>();
  }
}
