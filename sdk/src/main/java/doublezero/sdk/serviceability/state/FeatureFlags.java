package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.U128;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/// The u128 bitmask `GlobalState.feature_flags` (reference `serviceability-state.md` §4.16). Bits
/// the program does not define are kept, so a decoded value re-encodes to the same bytes.
///
/// @param bits the raw mask
public record FeatureFlags(U128 bits) {
  /// No flag set.
  public static final FeatureFlags NONE = new FeatureFlags(U128.ZERO);

  /// @param bits the raw mask, not null
  public FeatureFlags {
    Objects.requireNonNull(bits, "bits");
  }

  /// @param flags flags to set
  /// @return the mask with exactly these flags
  public static FeatureFlags of(FeatureFlag... flags) {
    FeatureFlags out = NONE;
    for (FeatureFlag f : flags) {
      out = out.with(f);
    }
    return out;
  }

  /// @param flag a flag
  /// @return whether its bit is set
  public boolean isSet(FeatureFlag flag) {
    U128 m = flag.mask();
    return (bits.high() & m.high()) != 0 || (bits.low() & m.low()) != 0;
  }

  /// @param flag a flag
  /// @return this mask with the flag's bit set
  public FeatureFlags with(FeatureFlag flag) {
    U128 m = flag.mask();
    return new FeatureFlags(new U128(bits.high() | m.high(), bits.low() | m.low()));
  }

  /// @param flag a flag
  /// @return this mask with the flag's bit cleared
  public FeatureFlags without(FeatureFlag flag) {
    U128 m = flag.mask();
    return new FeatureFlags(new U128(bits.high() & ~m.high(), bits.low() & ~m.low()));
  }

  /// @return the defined flags whose bits are set (unknown bits are not listed)
  public Set<FeatureFlag> flags() {
    EnumSet<FeatureFlag> out = EnumSet.noneOf(FeatureFlag.class);
    for (FeatureFlag f : FeatureFlag.values()) {
      if (isSet(f)) {
        out.add(f);
      }
    }
    return out;
  }
}
