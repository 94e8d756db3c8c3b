package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.DiscriminantTable;

/// Lifecycle status of a [User]. (The SDK's `enum_strings.json` has no entry for 2
/// `SuspendedDeprecated`; its SDK string here is the Rust Display `suspended`.)
///
/// Rust enum `UserStatus` in `smartcontract/programs/doublezero-serviceability/src/state/user.rs`
/// (reference `serviceability-state.md` §5), stored as one byte = the explicit discriminant.
/// `toString()` is the SDK display string of `enum_strings.json` (key `UserStatus`) for the
/// variant; [#rustDisplay()] is the Rust `Display`.
public enum UserStatus implements WireEnum {
  /// 0 `Pending` (Rust default)
  PENDING(0, "Pending", "pending", "pending"),
  /// 1 `Activated`
  ACTIVATED(1, "Activated", "activated", "activated"),
  /// 2 `SuspendedDeprecated`
  SUSPENDED_DEPRECATED(2, "SuspendedDeprecated", "suspended", "suspended"),
  /// 3 `Deleting`
  DELETING(3, "Deleting", "deleting", "deleting"),
  /// 4 `Rejected`
  REJECTED(4, "Rejected", "rejected", "rejected"),
  /// 5 `PendingBan`
  PENDING_BAN(5, "PendingBan", "pending ban", "pending_ban"),
  /// 6 `Banned`
  BANNED(6, "Banned", "banned", "banned"),
  /// 7 `Updating`
  UPDATING(7, "Updating", "updating", "updating"),
  /// 8 `OutOfCredits`
  OUT_OF_CREDITS(8, "OutOfCredits", "out_of_credits", "out_of_credits");

  private static final DiscriminantTable<UserStatus> BY_WIRE =
      DiscriminantTable.of(values(), v -> v.wire);

  private final int wire;
  private final String variant;
  private final String rustDisplay;
  private final String sdkString;

  UserStatus(int wire, String variant, String rustDisplay, String sdkString) {
    this.wire = wire;
    this.variant = variant;
    this.rustDisplay = rustDisplay;
    this.sdkString = sdkString;
  }

  /// @param wire the byte read from chain
  /// @return the variant, or null when the program has no variant with this discriminant
  public static UserStatus fromWire(int wire) {
    return BY_WIRE.get(wire);
  }

  /// @return the Rust `#[default]` variant (Pending), which a missing field takes (§2.2)
  public static UserStatus defaultVariant() {
    return PENDING;
  }

  @Override
  public int wireValue() {
    return wire;
  }

  @Override
  public String variantName() {
    return variant;
  }

  @Override
  public String rustDisplay() {
    return rustDisplay;
  }

  /// @return the SDK display string (`enum_strings.json` key `UserStatus`)
  @Override
  public String toString() {
    return sdkString;
  }
}
