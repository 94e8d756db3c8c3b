package doublezero.telemetry.submit;

import doublezero.sdk.solana.rpc.EpochInfo;
import doublezero.telemetry.journal.Circuit;
import doublezero.telemetry.ledger.LedgerException;
import doublezero.telemetry.ledger.TelemetryLedger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/// An in-memory telemetry program with switches for outages and lost confirmations.
final class FakeLedger implements TelemetryLedger<Circuit> {
  record Key(Circuit circuit, long epoch) {}

  static final class Account {
    final long interval;
    long start;
    final List<Long> samples = new ArrayList<>();

    Account(long interval) {
      this.interval = interval;
    }
  }

  final Map<Key, Account> accounts = new HashMap<>();
  long epoch;
  long slot;
  boolean down;

  /// the next N writes land but their confirmation is lost
  int loseConfirmations;

  long capacity = 35_000;
  int writes;

  @Override
  public synchronized EpochInfo epochInfo() {
    check();
    return new EpochInfo(slot, slot, epoch, 0, 1000, 0);
  }

  @Override
  public synchronized OptionalLong sampleCount(Circuit circuit, long epoch) {
    check();
    Account a = accounts.get(new Key(circuit, epoch));
    return a == null ? OptionalLong.empty() : OptionalLong.of(a.samples.size());
  }

  @Override
  public synchronized void initialize(Circuit circuit, long epoch, long interval) {
    check();
    accounts.putIfAbsent(new Key(circuit, epoch), new Account(interval));
  }

  @Override
  public synchronized void write(Circuit circuit, long epoch, long start, List<Long> values) {
    check();
    if (values.size() > 245) {
      throw new LedgerException(LedgerException.Kind.REJECTED, "batch too large", null);
    }
    Account a = accounts.get(new Key(circuit, epoch));
    if (a == null) {
      throw new LedgerException(LedgerException.Kind.ACCOUNT_NOT_FOUND, "1011", null);
    }
    if (a.samples.size() + values.size() > capacity) {
      throw new LedgerException(LedgerException.Kind.ACCOUNT_FULL, "1006", null);
    }
    if (a.start == 0) {
      a.start = start;
    }
    a.samples.addAll(values);
    writes++;
    if (loseConfirmations > 0) {
      loseConfirmations--;
      throw new LedgerException(LedgerException.Kind.UNKNOWN, "confirmation timed out", null);
    }
  }

  synchronized List<Long> samples(Circuit c, long epoch) {
    Account a = accounts.get(new Key(c, epoch));
    return a == null ? List.of() : List.copyOf(a.samples);
  }

  private void check() {
    if (down) {
      throw new LedgerException(LedgerException.Kind.UNKNOWN, "connection refused", null);
    }
  }
}
