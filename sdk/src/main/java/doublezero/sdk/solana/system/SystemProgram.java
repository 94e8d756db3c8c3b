package doublezero.sdk.solana.system;

import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import java.util.List;

/// Builds system program instructions with the account lists of the reference builders
/// (solana-system-interface `instruction::{create_account, assign, transfer,
/// create_account_with_seed, allocate}`, formerly `sdk/program/src/system_instruction.rs`).
public final class SystemProgram {
  /// The system program id, `11111111111111111111111111111111` (32 zero bytes).
  public static final PublicKey PROGRAM_ID = PublicKey.DEFAULT;

  private SystemProgram() {}

  /// Accounts: `from` (writable signer, funds it), `newAccount` (writable signer).
  ///
  /// @param from the funding account
  /// @param newAccount the account to create (must sign)
  /// @param lamports lamports to move into it (u64)
  /// @param space bytes of data (u64)
  /// @param owner its owner program
  /// @return the instruction
  public static Instruction createAccount(
      PublicKey from, PublicKey newAccount, long lamports, long space, PublicKey owner) {
    return instruction(
        new CreateAccount(lamports, space, owner),
        AccountMeta.writableSigner(from),
        AccountMeta.writableSigner(newAccount));
  }

  /// Accounts: `account` (writable signer).
  ///
  /// @param account the account to reassign
  /// @param owner the new owner program
  /// @return the instruction
  public static Instruction assign(PublicKey account, PublicKey owner) {
    return instruction(new Assign(owner), AccountMeta.writableSigner(account));
  }

  /// Accounts: `from` (writable signer), `to` (writable).
  ///
  /// @param from the payer
  /// @param to the recipient
  /// @param lamports amount (u64)
  /// @return the instruction
  public static Instruction transfer(PublicKey from, PublicKey to, long lamports) {
    return instruction(
        new Transfer(lamports), AccountMeta.writableSigner(from), AccountMeta.writable(to));
  }

  /// Accounts: `from` (writable signer), `to` (writable), `base` (read-only signer). As in the
  /// reference, `base` is listed even when it equals `from`; message compilation merges the two.
  ///
  /// @param from the funding account
  /// @param to the derived address, `PublicKey.createWithSeed(base, seed, owner)`
  /// @param base the base key (must sign)
  /// @param seed the seed text
  /// @param lamports lamports to move (u64)
  /// @param space bytes of data (u64)
  /// @param owner its owner program
  /// @return the instruction
  public static Instruction createAccountWithSeed(
      PublicKey from,
      PublicKey to,
      PublicKey base,
      String seed,
      long lamports,
      long space,
      PublicKey owner) {
    return instruction(
        new CreateAccountWithSeed(base, seed, lamports, space, owner),
        AccountMeta.writableSigner(from),
        AccountMeta.writable(to),
        AccountMeta.readonlySigner(base));
  }

  /// Accounts: `account` (writable signer).
  ///
  /// @param account the account to grow
  /// @param space bytes of data (u64)
  /// @return the instruction
  public static Instruction allocate(PublicKey account, long space) {
    return instruction(new Allocate(space), AccountMeta.writableSigner(account));
  }

  private static Instruction instruction(SystemInstruction ix, AccountMeta... accounts) {
    return new Instruction(PROGRAM_ID, List.of(accounts), ix.encode());
  }
}
