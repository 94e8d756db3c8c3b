package doublezero.cli.args;

import doublezero.cli.error.CliException;
import doublezero.sdk.serviceability.state.WireEnum;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/// Parses enum arguments the way the reference's `FromStr` impls do: by the `Display` string
/// (`ready-for-users`), case-insensitively; the Rust variant name (`ReadyForUsers`) is accepted
/// too.
public final class Enums {
  private Enums() {}

  /// @param type the enum class
  /// @param text the argument
  /// @param what what the value is, for the message (`status`, `device type`)
  /// @param <E> the enum type
  /// @return the variant
  /// @throws CliException `Invalid <what> '<text>': expected one of a, b, c`
  public static <E extends Enum<E> & WireEnum> E parse(Class<E> type, String text, String what) {
    String t = text.toLowerCase(Locale.ROOT);
    for (E e : type.getEnumConstants()) {
      if (e.rustDisplay().toLowerCase(Locale.ROOT).equals(t)
          || e.variantName().toLowerCase(Locale.ROOT).equals(t)) {
        return e;
      }
    }
    throw new CliException(
        "Invalid "
            + what
            + " '"
            + text
            + "': expected one of "
            + Arrays.stream(type.getEnumConstants())
                .map(WireEnum::rustDisplay)
                .collect(Collectors.joining(", ")));
  }
}
