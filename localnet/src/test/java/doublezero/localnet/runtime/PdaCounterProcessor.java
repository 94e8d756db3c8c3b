package doublezero.localnet.runtime;

import doublezero.sdk.solana.key.ProgramDerivedAddress;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.system.SystemProgram;
import java.nio.charset.StandardCharsets;
import java.util.List;

/// Test program. Accounts: [payer (w,s), counter PDA (w), system program]. Data: [op, fail]. op 0 =
/// create the PDA ("counter", payer) through the system program by CPI and set its byte to 1; op 1
/// = increment. When `fail` is 1 the instruction fails with Custom(7) after doing its work (to
/// prove rollback).
public final class PdaCounterProcessor implements ProgramProcessor {
  static List<byte[]> seeds(PublicKey payer) {
    return List.of("counter".getBytes(StandardCharsets.US_ASCII), payer.toBytes());
  }

  @Override
  public void process(InvokeContext ctx, List<BorrowedAccount> accounts, byte[] data)
      throws ProgramException {
    if (data.length != 2 || accounts.size() < 2) {
      throw ProgramException.of(BuiltinError.InvalidInstructionData);
    }
    BorrowedAccount payer = accounts.get(0);
    BorrowedAccount counter = accounts.get(1);
    ProgramDerivedAddress pda = PublicKey.findProgramAddress(seeds(payer.key()), ctx.programId());
    if (!pda.address().equals(counter.key())) {
      throw ProgramException.of(BuiltinError.InvalidSeeds);
    }
    if (data[0] == 0) {
      ctx.log("creating counter " + counter.key());
      List<byte[]> signer = new java.util.ArrayList<>(seeds(payer.key()));
      signer.add(new byte[] {(byte) pda.bump()});
      ctx.invokeSigned(
          SystemProgram.createAccount(
              payer.key(), counter.key(), 1_000_000_000L, 8, ctx.programId()),
          List.of(signer));
      counter.writeData(0, new byte[] {1});
    } else {
      if (!counter.owner().equals(ctx.programId())) {
        throw ProgramException.of(BuiltinError.IncorrectProgramId);
      }
      byte[] d = counter.data();
      d[0]++;
      counter.setData(d);
    }
    if (data[1] == 1) {
      throw ProgramException.custom(7);
    }
  }
}
