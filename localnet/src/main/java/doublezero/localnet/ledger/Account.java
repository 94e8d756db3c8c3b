package doublezero.localnet.ledger;

import doublezero.sdk.solana.key.PublicKey;
import java.util.Arrays;
import java.util.Objects;

/// One account as the ledger stores it: an immutable value (callers must not mutate {@link
/// #data()}).
///
/// Shape follows Solana's `AccountSharedData`: lamports (u64), owner program, data bytes,
/// executable flag and rent epoch (u64; rent-exempt accounts carry u64::MAX, rendered
/// `18446744073709551615`).
///
/// @param lamports balance in lamports, unsigned
/// @param owner owning program
/// @param data account data, never null
/// @param executable whether the account is a program
/// @param rentEpoch rent epoch, unsigned (−1 = u64::MAX)
public record Account(
    long lamports, PublicKey owner, byte[] data, boolean executable, long rentEpoch) {
  /// u64::MAX as a Java long: the rent epoch of every rent-exempt account created since Solana
  /// 1.14.
  public static final long RENT_EXEMPT_EPOCH = -1L;

  /// Validates that owner and data are present.
  public Account {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(data, "data");
  }

  /// A system-owned account with no data holding `lamports`.
  public static Account system(long lamports) {
    return new Account(lamports, Builtins.SYSTEM_PROGRAM, new byte[0], false, RENT_EXEMPT_EPOCH);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Account a
        && a.lamports == lamports
        && a.owner.equals(owner)
        && Arrays.equals(a.data, data)
        && a.executable == executable
        && a.rentEpoch == rentEpoch;
  }

  @Override
  public int hashCode() {
    return Objects.hash(lamports, owner, Arrays.hashCode(data), executable, rentEpoch);
  }

  @Override
  public String toString() {
    return "Account[lamports="
        + Long.toUnsignedString(lamports)
        + ", owner="
        + owner
        + ", data="
        + data.length
        + " bytes, executable="
        + executable
        + "]";
  }
}
