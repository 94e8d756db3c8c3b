package doublezero.localnet.programs.serviceability.device;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/// Interface-name normalisation (`validate_iface`,
/// `smartcontract/programs/common/src/validate_iface.rs`; `serviceability-instructions.md` §3.6):
/// `EthernetN[/N]`, `SwitchN/N/N`, `LoopbackN`, `Port-channelN`, `VlanN`, each with an optional
/// `.N` sub-interface, in any case, or the shorthands `et`/`sw`/`lo`/`po`/`vl`; the result is
/// lowercased with its first letter upper-cased ("ethernet1/1" → "Ethernet1/1").
///
/// Reproduced quirks: numbers are parsed as Rust `u32` (a leading `+` is accepted, "Ethernet+1" is
/// valid); only the first `.` part after the name is checked ("Ethernet1.2.x" is valid); a name
/// whose third UTF-8 byte falls inside a character panics (the reference slices `val[0..2]`).
public final class InterfaceNames {
  private InterfaceNames() {}

  /// @return the normalised name, or empty when invalid (callers map that to
  ///   `InvalidInterfaceName`, 12)
  /// @throws ProgramException a panic when the shorthand slice would split a UTF-8 character
  public static Optional<String> normalize(Invocation inv, String value) throws ProgramException {
    if (isValid(value)) {
      return Optional.of(capitalize(value));
    }
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    if (utf8.length < 3) {
      return Optional.empty();
    }
    if ((utf8[2] & 0xC0) == 0x80) {
      throw inv.panic("byte index 2 is not a char boundary in `" + value + "`");
    }
    String head = new String(utf8, 0, 2, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    String rest = new String(utf8, 2, utf8.length - 2, StandardCharsets.UTF_8);
    String prefix =
        switch (head) {
          case "et" -> "Ethernet";
          case "sw" -> "Switch";
          case "lo" -> "Loopback";
          case "po" -> "Port-channel";
          case "vl" -> "Vlan";
          default -> null;
        };
    if (prefix == null || !isValid(prefix + rest)) {
      return Optional.empty();
    }
    return Optional.of(capitalize(prefix + rest));
  }

  private static String capitalize(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.isEmpty()) {
      return lower;
    }
    int first = lower.codePointAt(0);
    return new String(Character.toChars(Character.toUpperCase(first)))
        + lower.substring(Character.charCount(first));
  }

  private static boolean isValid(String s) {
    String lower = asciiLower(s);
    String[] parts = lower.split("\\.", -1);
    String main = parts[0];
    boolean mainOk;
    if (main.startsWith("ethernet")) {
      String[] nums = main.substring(8).split("/", -1);
      mainOk = nums.length <= 2 && allU32(nums);
    } else if (main.startsWith("switch")) {
      String[] nums = main.substring(6).split("/", -1);
      mainOk = nums.length == 3 && allU32(nums);
    } else if (main.startsWith("loopback")) {
      mainOk = isU32(main.substring(8));
    } else if (main.startsWith("port-channel")) {
      mainOk = isU32(main.substring(12));
    } else if (main.startsWith("vlan")) {
      mainOk = isU32(main.substring(4));
    } else {
      mainOk = false;
    }
    return mainOk && (parts.length < 2 || isU32(parts[1]));
  }

  private static boolean allU32(String[] parts) {
    for (String p : parts) {
      if (!isU32(p)) {
        return false;
      }
    }
    return true;
  }

  /// Rust `str::parse::<u32>`: an optional `+`, then one or more ASCII digits, at most 4294967295.
  private static boolean isU32(String s) {
    String digits = s.startsWith("+") ? s.substring(1) : s;
    if (digits.isEmpty()) {
      return false;
    }
    long value = 0;
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      value = value * 10 + (c - '0');
      if (value > 0xFFFF_FFFFL) {
        return false;
      }
    }
    return true;
  }

  private static String asciiLower(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.chars().forEach(c -> sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : (char) c));
    return sb.toString();
  }
}
