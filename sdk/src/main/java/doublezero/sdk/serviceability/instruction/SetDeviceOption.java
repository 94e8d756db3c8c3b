package doublezero.sdk.serviceability.instruction;

/// Whether [SetDeviceExchange] fills or clears an exchange's device slot (Rust `SetDeviceOption`,
/// `PROC/exchange/setdevice.rs`): one byte equal to the declared discriminant; no 0.
public enum SetDeviceOption {
  /// 1 `Set`: store the device in the slot.
  SET(1, "Set"),
  /// 2 `Remove` (Rust default): clear the slot.
  REMOVE(2, "Remove");

  private final int wire;
  private final String variantName;

  SetDeviceOption(int wire, String variantName) {
    this.wire = wire;
    this.variantName = variantName;
  }

  /// @return the byte on the wire
  public int wireValue() {
    return wire;
  }

  /// @return the Rust variant name
  public String variantName() {
    return variantName;
  }

  /// @param wire the byte read
  /// @return the variant, or null when unknown
  public static SetDeviceOption fromWire(int wire) {
    return switch (wire) {
      case 1 -> SET;
      case 2 -> REMOVE;
      default -> null;
    };
  }
}
