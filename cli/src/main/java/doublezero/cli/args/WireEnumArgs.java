package doublezero.cli.args;

import doublezero.sdk.serviceability.state.WireEnum;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/// Enum-valued flags the way the reference parses them: with the program types' `FromStr` (the Rust
/// `Display` string, usually compared lowercased: `ready-for-users`, `hard-drained`), or with a
/// clap `ValueEnum` (a fixed kebab-case list such as `gre-over-dia`). Errors are
/// [IllegalArgumentException]s with the reference's text; the commands turn them into usage errors
/// (exit code 2), as clap does.
public final class WireEnumArgs {
  private WireEnumArgs() {}

  /// The program's `FromStr` (e.g. `state/device.rs` `impl FromStr for DeviceHealth`).
  ///
  /// @param type the enum
  /// @param text the argument
  /// @param ignoreCase whether the reference lowercases first (all but `LinkLinkType`)
  /// @param error the reference's error prefix, e.g. `Invalid DeviceHealth` (the text follows after
  ///   `: `)
  /// @param except variants the `FromStr` does not accept (e.g. InterfaceStatus `invalid`)
  /// @param <E> the enum type
  /// @return the variant whose Rust `Display` matches
  /// @throws IllegalArgumentException `<error>: <text>`
  @SafeVarargs
  public static <E extends Enum<E> & WireEnum> E fromStr(
      Class<E> type, String text, boolean ignoreCase, String error, E... except) {
    List<E> skip = List.of(except);
    for (E e : type.getEnumConstants()) {
      boolean match =
          ignoreCase
              ? e.rustDisplay().equals(text.toLowerCase(Locale.ROOT))
              : e.rustDisplay().equals(text);
      if (match && !skip.contains(e)) {
        return e;
      }
    }
    throw new IllegalArgumentException(error + ": " + text);
  }

  /// A clap `ValueEnum` flag: exact (case-sensitive) match against the listed names.
  ///
  /// @param option the flag, e.g. `--loopback-type`
  /// @param text the argument
  /// @param choices value names to variants, in help order
  /// @param <E> the variant type
  /// @return the chosen variant
  /// @throws IllegalArgumentException `invalid value '<text>' for '<option>' [possible values: a,
  ///   b]`
  public static <E> E choice(String option, String text, Map<String, E> choices) {
    E e = choices.get(text);
    if (e == null) {
      throw new IllegalArgumentException(
          "invalid value '"
              + text
              + "' for '"
              + option
              + "' [possible values: "
              + choices.keySet().stream().collect(Collectors.joining(", "))
              + "]");
    }
    return e;
  }

  /// An optional `FromStr` flag (see [#fromStr]), with clap's message naming the flag.
  ///
  /// @param type the enum
  /// @param option the flag, e.g. `--health`
  /// @param text the argument, or null when absent
  /// @param error the reference's error prefix
  /// @param <E> the enum type
  /// @return the variant, empty when absent
  /// @throws IllegalArgumentException `invalid value '<text>' for '<option>': <error>: <text>`
  public static <E extends Enum<E> & WireEnum> Optional<E> option(
      Class<E> type, String option, String text, String error) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(fromStr(type, text, true, error));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "invalid value '" + text + "' for '" + option + "': " + e.getMessage());
    }
  }
}
