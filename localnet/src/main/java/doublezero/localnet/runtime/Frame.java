package doublezero.localnet.runtime;

import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/// One level of the invocation stack: runs a program on its accounts and implements CPI for it.
final class Frame implements InvokeContext {
  /// Solana `MAX_INSTRUCTION_STACK_DEPTH`.
  static final int MAX_DEPTH = 5;

  /// Compute units reported per non-builtin instruction; builtins report their fixed cost.
  static final long PROGRAM_UNITS = 5000;

  static final long BUILTIN_UNITS = 150;

  private final TransactionRun run;
  private final PublicKey programId;
  private final ProgramRegistry.Entry program;
  private final List<BorrowedAccount> accounts;
  private final int depth;

  Frame(
      TransactionRun run,
      PublicKey programId,
      ProgramRegistry.Entry program,
      List<BorrowedAccount> accounts,
      int depth) {
    this.run = run;
    this.programId = programId;
    this.program = program;
    this.accounts = accounts;
    this.depth = depth;
  }

  /// Runs the program with logs, the lamport balance check and the error trailer.
  void execute(byte[] data) throws ProgramException {
    run.logs.add("Program " + programId + " invoke [" + depth + "]");
    long before = sum();
    try {
      program.processor().process(this, accounts, data);
      if (sum() != before) {
        throw ProgramException.of(BuiltinError.UnbalancedInstruction);
      }
    } catch (ProgramException e) {
      consumed();
      run.logs.add("Program " + programId + " failed: " + e.error().message());
      throw e;
    } catch (RuntimeException e) {
      // what the SBF runtime prints for a Rust panic: the panic handler's log line, then the abort
      run.logs.add("Program log: panicked at " + panicSite(e) + ": " + e);
      consumed();
      run.logs.add("Program " + programId + " failed: SBF program panicked");
      throw ProgramException.panicked(e);
    }
    consumed();
    run.logs.add("Program " + programId + " success");
  }

  /// The port's frame that threw, as Rust prints a panic location (`file:line`), or `unknown`
  /// without one.
  private static String panicSite(RuntimeException e) {
    for (StackTraceElement el : e.getStackTrace()) {
      if (el.getClassName().startsWith("doublezero.") && el.getFileName() != null) {
        return el.getFileName() + ":" + el.getLineNumber();
      }
    }
    return "unknown";
  }

  private void consumed() {
    long units = program.builtin() ? BUILTIN_UNITS : PROGRAM_UNITS;
    run.units += units;
    if (!program.builtin()) {
      run.logs.add("Program " + programId + " consumed " + units + " of 200000 compute units");
    }
  }

  private long sum() {
    long s = 0;
    Set<MutableAccount> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (BorrowedAccount a : accounts) {
      if (seen.add(a.state())) {
        s += a.lamports();
      }
    }
    return s;
  }

  @Override
  public PublicKey programId() {
    return programId;
  }

  @Override
  public long slot() {
    return run.slot;
  }

  @Override
  public long epoch() {
    return run.epoch;
  }

  @Override
  public void log(String message) {
    run.logs.add(program.builtin() ? message : "Program log: " + message);
  }

  @Override
  public void invokeSigned(Instruction ix, List<List<byte[]>> signerSeeds) throws ProgramException {
    if (depth + 1 > MAX_DEPTH) {
      throw ProgramException.of(BuiltinError.CallDepth);
    }
    Set<PublicKey> pdaSigners = new HashSet<>();
    for (List<byte[]> seeds : signerSeeds) {
      try {
        pdaSigners.add(PublicKey.createProgramAddress(seeds, programId));
      } catch (IllegalArgumentException e) {
        throw ProgramException.of(BuiltinError.InvalidSeeds);
      }
    }
    List<BorrowedAccount> calleeAccounts = new ArrayList<>(ix.accounts().size());
    for (AccountMeta meta : ix.accounts()) {
      BorrowedAccount caller = callerAccount(meta.publicKey());
      if (meta.isWritable() && !caller.isWritable()) {
        log(meta.publicKey() + "'s writable privilege escalated");
        throw ProgramException.of(BuiltinError.PrivilegeEscalation);
      }
      boolean signer = caller.isSigner() || pdaSigners.contains(meta.publicKey());
      if (meta.isSigner() && !signer) {
        log(meta.publicKey() + "'s signer privilege escalated");
        throw ProgramException.of(BuiltinError.PrivilegeEscalation);
      }
      calleeAccounts.add(
          new BorrowedAccount(caller.state(), meta.isSigner(), meta.isWritable(), ix.programId()));
    }
    ProgramRegistry.Entry callee =
        run.bank
            .programs()
            .find(ix.programId())
            .orElseThrow(() -> ProgramException.of(BuiltinError.UnsupportedProgramId));
    new Frame(run, ix.programId(), callee, calleeAccounts, depth + 1).execute(ix.data());
  }

  private BorrowedAccount callerAccount(PublicKey key) throws ProgramException {
    for (BorrowedAccount a : accounts) {
      if (a.key().equals(key)) {
        return a;
      }
    }
    log("Instruction references an unknown account " + key);
    throw ProgramException.of(BuiltinError.MissingAccount);
  }
}
