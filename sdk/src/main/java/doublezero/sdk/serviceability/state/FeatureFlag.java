package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.DiscriminantTable;
import doublezero.sdk.borsh.U128;

/// One bit of [GlobalState#featureFlags()] (Rust `FeatureFlag`, `SVC/state/feature_flags.rs`,
/// reference `serviceability-state.md` §4.16). The wire value is the bit position; the mask is `1
/// << bit` in a u128. `toString()` is the Rust `Display` / `FromStr` spelling, e.g.
/// `onchain-allocation`.
public enum FeatureFlag implements WireEnum {
  /// bit 0 `OnChainAllocation`: the program allocates IPs and IDs itself (resource extensions)
  ON_CHAIN_ALLOCATION(0, "OnChainAllocation", "onchain-allocation"),
  /// bit 1 `RequirePermissionAccounts`: every instruction requires a [Permission] account
  REQUIRE_PERMISSION_ACCOUNTS(1, "RequirePermissionAccounts", "require-permission-accounts");

  private static final DiscriminantTable<FeatureFlag> BY_WIRE =
      DiscriminantTable.of(values(), v -> v.bit);

  private final int bit;
  private final String variant;
  private final String display;

  FeatureFlag(int bit, String variant, String display) {
    this.bit = bit;
    this.variant = variant;
    this.display = display;
  }

  /// @param bit a bit position
  /// @return the flag at that position, or null when the program defines none
  public static FeatureFlag fromWire(int bit) {
    return BY_WIRE.get(bit);
  }

  /// @param text a `Display` string such as `onchain-allocation`
  /// @return the flag, or null when no flag is spelled so
  public static FeatureFlag parse(String text) {
    for (FeatureFlag f : values()) {
      if (f.display.equals(text)) {
        return f;
      }
    }
    return null;
  }

  /// @return the bit position
  @Override
  public int wireValue() {
    return bit;
  }

  /// @return the u128 mask `1 << bit`
  public U128 mask() {
    return bit < 64 ? new U128(0, 1L << bit) : new U128(1L << (bit - 64), 0);
  }

  @Override
  public String variantName() {
    return variant;
  }

  @Override
  public String rustDisplay() {
    return display;
  }

  /// @return the Rust `Display`
  @Override
  public String toString() {
    return display;
  }
}
