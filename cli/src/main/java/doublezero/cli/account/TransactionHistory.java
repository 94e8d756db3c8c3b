package doublezero.cli.account;

import doublezero.sdk.serviceability.instruction.ServiceabilityInstruction;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.RpcClient;
import doublezero.sdk.solana.rpc.SignatureInfo;
import doublezero.sdk.solana.rpc.SignaturesForAddressOptions;
import doublezero.sdk.solana.rpc.TransactionDetails;
import doublezero.sdk.solana.rpc.TransactionMeta;
import doublezero.sdk.solana.tx.CompiledInstruction;
import doublezero.sdk.solana.tx.Message;
import doublezero.sdk.solana.tx.Transaction;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// An account's transaction history as the reference SDK reads it
/// (`smartcontract/sdk/rs/src/client.rs` `get_transactions` and `get_logs`):
/// `getSignaturesForAddress` (newest first, the node's default limit of 1000), then
/// `getTransaction` (base64) for each signature.
final class TransactionHistory {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  /// One instruction of a transaction that named the account.
  ///
  /// @param time the block time as chrono prints a `DateTime<Utc>` (`2025-01-02 03:04:05 UTC`; the
  ///   epoch when the node has no block time)
  /// @param name the serviceability instruction's variant name (`InitGlobalState` for another
  ///   program's instruction, as in the reference)
  /// @param args its arguments text ([InstructionText]); empty for another program's instruction
  /// @param account the instruction's second-to-last account (the reference's choice; the payer is
  ///   last)
  /// @param signature the transaction signature (base58)
  /// @param logs the transaction's log lines
  record Entry(
      String time,
      String name,
      String args,
      PublicKey account,
      String signature,
      List<String> logs) {}

  private TransactionHistory() {}

  /// @param rpc the ledger
  /// @param program the serviceability program id
  /// @param address the account
  /// @return one entry per instruction of each transaction, newest transaction first
  /// @throws IllegalStateException when a transaction cannot be fetched or decoded (the message
  ///   says which)
  static List<Entry> entries(RpcClient rpc, PublicKey program, PublicKey address) {
    List<Entry> out = new ArrayList<>();
    for (SignatureInfo s :
        rpc.getSignaturesForAddress(address, SignaturesForAddressOptions.DEFAULTS)) {
      TransactionDetails d =
          rpc.getTransaction(s.signature())
              .orElseThrow(
                  () -> new IllegalStateException("transaction " + s.signature() + " not found"));
      String time = TIME.format(Instant.ofEpochSecond(d.blockTime().orElse(0)));
      List<String> logs = d.meta().map(TransactionMeta::logMessages).orElse(List.of());
      Message m = Transaction.deserialize(d.transaction()).message();
      for (CompiledInstruction ix : m.instructions()) {
        List<Integer> accounts = ix.accountIndexes();
        PublicKey programKey = m.accountKeys().get(ix.programIdIndex());
        PublicKey account =
            accounts.isEmpty()
                ? programKey
                : m.accountKeys().get(accounts.get(Math.max(0, accounts.size() - 2)));
        if (programKey.equals(program)) {
          ServiceabilityInstruction i = ServiceabilityInstruction.decodeIncremental(ix.data());
          out.add(
              new Entry(
                  time,
                  i.variantName(),
                  InstructionText.args((Record) i),
                  account,
                  s.signature(),
                  logs));
        } else {
          out.add(new Entry(time, "InitGlobalState", "", account, s.signature(), logs));
        }
      }
    }
    return out;
  }

  /// @param rpc the ledger
  /// @param address the account
  /// @return the log lines of every transaction naming it, newest transaction first; transactions
  ///   the node cannot return are skipped, as in the reference
  static List<String> logs(RpcClient rpc, PublicKey address) {
    List<String> out = new ArrayList<>();
    for (SignatureInfo s :
        rpc.getSignaturesForAddress(address, SignaturesForAddressOptions.DEFAULTS)) {
      Optional<TransactionDetails> d;
      try {
        d = rpc.getTransaction(s.signature());
      } catch (RuntimeException e) {
        continue;
      }
      d.flatMap(TransactionDetails::meta).ifPresent(meta -> out.addAll(meta.logMessages()));
    }
    return out;
  }
}
