package doublezero.localnet.programs.accounts;

import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.ProgramException;
import java.util.List;

/// Reads an instruction's accounts in order, as Solana's `next_account_info` does: asking past the
/// end fails with `NotEnoughAccountKeys` (`solana_program::account_info::next_account_info`).
public final class AccountCursor {
  private final List<BorrowedAccount> accounts;
  private int next;

  /// @param accounts the instruction's accounts, in order
  public AccountCursor(List<BorrowedAccount> accounts) {
    this.accounts = accounts;
  }

  /// @return the next account
  /// @throws ProgramException `NotEnoughAccountKeys` when none is left
  public BorrowedAccount next() throws ProgramException {
    if (next >= accounts.size()) {
      throw ProgramException.of(BuiltinError.NotEnoughAccountKeys);
    }
    return accounts.get(next++);
  }

  /// @return whether another account follows
  public boolean hasNext() {
    return next < accounts.size();
  }

  /// @return how many accounts have not been read yet
  public int remaining() {
    return accounts.size() - next;
  }

  /// @return the number of accounts the instruction carries (Rust `accounts.len()`)
  public int size() {
    return accounts.size();
  }
}
