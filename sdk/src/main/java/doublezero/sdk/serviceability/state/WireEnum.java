package doublezero.sdk.serviceability.state;

/// A fieldless serviceability enum stored on chain as one byte (reference `serviceability-state.md`
/// §2.1, §5). Every such enum also has `static X fromWire(int)` (null when unknown) and `static X
/// defaultVariant()`.
public interface WireEnum {
  /// @return the byte stored on chain (the Rust explicit discriminant, 0..255)
  int wireValue();

  /// @return the Rust variant name, e.g. `ReadyForUsers`
  String variantName();

  /// @return the string the Rust `Display` impl prints, e.g. `ready-for-users`
  String rustDisplay();
}
