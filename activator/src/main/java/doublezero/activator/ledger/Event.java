package doublezero.activator.ledger;

import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.KeyedAccount;
import java.util.List;

/// What the processor works through, one at a time (reference `activator.rs`: one channel, one
/// consumer, §A.3).
public sealed interface Event {
  /// One account as delivered by the program subscription or a retry's re-read.
  ///
  /// @param address the account
  /// @param data its data; empty when it is closed
  /// @param nanos when it was read ([System#nanoTime])
  record AccountSeen(PublicKey address, byte[] data, long nanos) implements Event {}

  /// A full `getProgramAccounts` snapshot.
  ///
  /// @param accounts every account the program owns
  /// @param requestedNanos when the request was sent (accounts seen later through the subscription
  ///   are newer)
  record Snapshot(List<KeyedAccount> accounts, long requestedNanos) implements Event {}

  /// A step's transaction ended.
  ///
  /// @param result the outcome
  record TxDone(TxResult result) implements Event {}
}
