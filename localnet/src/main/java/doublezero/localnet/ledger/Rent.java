package doublezero.localnet.ledger;

/// Solana's default rent parameters: 3480 lamports per byte-year, exemption threshold 2 years, 128
/// bytes of account overhead (Solana `sdk/rent/src/lib.rs`, `Rent::default`).
public final class Rent {
  /// Bytes charged for every account beyond its data (`ACCOUNT_STORAGE_OVERHEAD`).
  public static final long ACCOUNT_STORAGE_OVERHEAD = 128;

  /// Default lamports per byte-year.
  public static final long LAMPORTS_PER_BYTE_YEAR = 3480;

  /// Default exemption threshold in years.
  public static final long EXEMPTION_THRESHOLD_YEARS = 2;

  /// Largest account data Solana allows (`MAX_PERMITTED_DATA_LENGTH`, 10 MiB).
  public static final long MAX_PERMITTED_DATA_LENGTH = 10L * 1024 * 1024;

  private Rent() {}

  /// The rent-exempt minimum balance for `dataLength` bytes: `(128 + len) * 3480 * 2` lamports.
  ///
  /// @throws IllegalArgumentException if `dataLength` is negative
  public static long minimumBalance(long dataLength) {
    if (dataLength < 0) {
      throw new IllegalArgumentException("data length must be >= 0, got " + dataLength);
    }
    return (ACCOUNT_STORAGE_OVERHEAD + dataLength)
        * LAMPORTS_PER_BYTE_YEAR
        * EXEMPTION_THRESHOLD_YEARS;
  }

  /// Whether an account with `lamports` and `dataLength` bytes is rent exempt.
  public static boolean isExempt(long lamports, long dataLength) {
    return Long.compareUnsigned(lamports, minimumBalance(dataLength)) >= 0;
  }
}
