package doublezero.localnet.runtime;

import doublezero.localnet.ledger.Account;
import doublezero.localnet.ledger.Rent;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.CompiledInstruction;
import doublezero.sdk.solana.tx.Message;
import doublezero.sdk.solana.tx.Transaction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Executes one transaction against a bank's current state (Solana's load → fee → execute →
/// rent-check pipeline, `svm/src/transaction_processor.rs`), producing an {@link Execution}; it
/// never writes to the bank.
final class TransactionRun {
  private static final Logger LOG = LoggerFactory.getLogger("doublezero.localnet.runtime");
  final Bank bank;
  final long slot;
  final long epoch;
  final List<String> logs = new ArrayList<>();
  long units;
  private final Transaction tx;
  private final byte[] wire;
  private final Message m;

  TransactionRun(Bank bank, Transaction tx, byte[] wire) {
    this.bank = bank;
    this.slot = bank.slot();
    this.epoch = bank.epoch();
    this.tx = tx;
    this.wire = wire;
    this.m = tx.message();
  }

  Execution run() {
    if (bank.seen(tx.signatureBase58())) {
      return failed(TransactionError.of(TransactionError.Kind.AlreadyProcessed));
    }
    if (bank.blockhashes().validSlot(m.recentBlockhash().toBytes(), slot) < 0) {
      return failed(TransactionError.of(TransactionError.Kind.BlockhashNotFound));
    }
    Map<PublicKey, MutableAccount> state = bank.load(m);
    long[] pre = Bank.balances(m, state);
    long fee = Bank.LAMPORTS_PER_SIGNATURE * m.header().numRequiredSignatures();
    TransactionError loadError = chargeFee(state.get(m.accountKeys().get(0)), fee);
    if (loadError == null) {
      loadError = checkPrograms();
    }
    if (loadError != null) {
      return failed(loadError);
    }
    Map<PublicKey, MutableAccount> afterFee = copyAll(state);
    TransactionError err = executeInstructions(state);
    if (err == null) {
      err = checkRent(afterFee, state);
    }
    if (err != null) {
      state = afterFee;
    }
    return new Execution(
        tx,
        wire,
        slot,
        err,
        fee,
        List.copyOf(logs),
        writes(state),
        pre,
        Bank.balances(m, state),
        units);
  }

  private Execution failed(TransactionError err) {
    long[] balances = new long[m.accountKeys().size()];
    return new Execution(
        tx, wire, slot, err, 0, List.copyOf(logs), Map.of(), balances, balances, 0);
  }

  private TransactionError chargeFee(MutableAccount payer, long fee) {
    if (!payer.existed || payer.lamports == 0) {
      return TransactionError.of(TransactionError.Kind.AccountNotFound);
    }
    if (!Bank.isSystemAccount(payer)) {
      return TransactionError.of(TransactionError.Kind.InvalidAccountForFee);
    }
    if (Long.compareUnsigned(payer.lamports, fee) < 0) {
      return TransactionError.of(TransactionError.Kind.InsufficientFundsForFee);
    }
    long before = payer.lamports;
    payer.lamports -= fee;
    if (!rentTransitionAllowed(before, 0, payer.lamports, 0)) {
      return new TransactionError.InsufficientFundsForRent(0);
    }
    return null;
  }

  private TransactionError checkPrograms() {
    for (CompiledInstruction ci : m.instructions()) {
      PublicKey id = m.accountKeys().get(ci.programIdIndex());
      Optional<Account> account = bank.accounts().get(id);
      if (account.isEmpty()) {
        return TransactionError.of(TransactionError.Kind.ProgramAccountNotFound);
      }
      if (!account.get().executable()) {
        return TransactionError.of(TransactionError.Kind.InvalidProgramForExecution);
      }
    }
    return null;
  }

  private TransactionError executeInstructions(Map<PublicKey, MutableAccount> state) {
    List<CompiledInstruction> ixs = m.instructions();
    for (int i = 0; i < ixs.size(); i++) {
      CompiledInstruction ci = ixs.get(i);
      PublicKey programId = m.accountKeys().get(ci.programIdIndex());
      Optional<ProgramRegistry.Entry> program = bank.programs().find(programId);
      if (program.isEmpty()) {
        logs.add("Program " + programId + " invoke [1]");
        logs.add(
            "Program " + programId + " failed: " + BuiltinError.UnsupportedProgramId.message());
        return new TransactionError.Instruction(
            i, InstructionError.of(BuiltinError.UnsupportedProgramId));
      }
      List<BorrowedAccount> accounts = new ArrayList<>(ci.accountIndexes().size());
      for (int idx : ci.accountIndexes()) {
        PublicKey key = m.accountKeys().get(idx);
        accounts.add(
            new BorrowedAccount(state.get(key), m.isSigner(idx), m.isWritable(idx), programId));
      }
      try {
        new Frame(this, programId, program.get(), accounts, 1).execute(ci.data());
      } catch (ProgramException e) {
        if (e.isPanic()) {
          LOG.error(
              "event=program-panicked program={} signature={} instruction={} error=\"{}\"",
              programId,
              tx.signatureBase58(),
              i,
              e.getCause(),
              e.getCause());
        }
        return new TransactionError.Instruction(i, e.error());
      }
    }
    return null;
  }

  /// Solana's rent-state rule: an account may end uninitialized (0 lamports) or rent exempt; it may
  /// stay rent-paying only if it already was, with the same data size and no more lamports.
  static boolean rentTransitionAllowed(
      long preLamports, int preLen, long postLamports, int postLen) {
    if (postLamports == 0 || Rent.isExempt(postLamports, postLen)) {
      return true;
    }
    boolean preRentPaying = preLamports != 0 && !Rent.isExempt(preLamports, preLen);
    return preRentPaying
        && preLen == postLen
        && Long.compareUnsigned(postLamports, preLamports) <= 0;
  }

  private TransactionError checkRent(
      Map<PublicKey, MutableAccount> before, Map<PublicKey, MutableAccount> after) {
    List<PublicKey> keys = m.accountKeys();
    for (int i = 0; i < keys.size(); i++) {
      if (!m.isWritable(i)) {
        continue;
      }
      MutableAccount pre = before.get(keys.get(i));
      MutableAccount post = after.get(keys.get(i));
      if (!rentTransitionAllowed(pre.lamports, pre.data.length, post.lamports, post.data.length)) {
        return new TransactionError.InsufficientFundsForRent(i);
      }
    }
    return null;
  }

  private static Map<PublicKey, MutableAccount> copyAll(Map<PublicKey, MutableAccount> state) {
    Map<PublicKey, MutableAccount> out = new HashMap<>();
    state.forEach((k, v) -> out.put(k, v.copy()));
    return out;
  }

  private Map<PublicKey, Account> writes(Map<PublicKey, MutableAccount> state) {
    Map<PublicKey, Account> out = new LinkedHashMap<>();
    List<PublicKey> keys = m.accountKeys();
    for (int i = 0; i < keys.size(); i++) {
      if (!m.isWritable(i)) {
        continue;
      }
      MutableAccount a = state.get(keys.get(i));
      Account now = a.toAccount();
      Account was = bank.accounts().getOrNull(keys.get(i));
      if (was == null ? a.lamports != 0 : !was.equals(now)) {
        out.put(keys.get(i), now);
      }
    }
    return out;
  }
}
