package doublezero.cli.account;

import doublezero.sdk.fields.HasFields;
import doublezero.sdk.geolocation.state.GeolocationAccounts;
import doublezero.sdk.serviceability.state.ServiceabilityAccounts;
import doublezero.sdk.telemetry.state.TelemetryAccounts;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/// The DoubleZero programs whose accounts the CLI can decode, with each program's account
/// dispatcher.
public enum ProgramKind {
  /// The serviceability program (devices, links, users, …).
  SERVICEABILITY(ServiceabilityAccounts::decode),
  /// The telemetry program (latency samples).
  TELEMETRY(TelemetryAccounts::decode),
  /// The geolocation program (probes, users, config).
  GEOLOCATION(GeolocationAccounts::decode);

  private final Function<byte[], ? extends HasFields> decoder;

  ProgramKind(Function<byte[], ? extends HasFields> decoder) {
    this.decoder = decoder;
  }

  /// @param data account data, first byte = account type
  /// @return the decoded account
  /// @throws doublezero.sdk.borsh.DecodeException when the bytes are not a valid account of this
  ///   program
  public HasFields decode(byte[] data) {
    return decoder.apply(data);
  }

  /// @return the name used on the command line, e.g. `serviceability`
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /// Parses `--program` values case-insensitively, listing the valid names on error.
  public static final class Converter implements ITypeConverter<ProgramKind> {
    @Override
    public ProgramKind convert(String value) {
      for (ProgramKind p : values()) {
        if (p.cliName().equalsIgnoreCase(value)) {
          return p;
        }
      }
      throw new TypeConversionException(
          "unknown program '"
              + value
              + "' (expected one of: "
              + String.join(", ", Candidates.names())
              + ")");
    }
  }

  /// Completion candidates for `--program`.
  public static final class Candidates implements Iterable<String> {
    static List<String> names() {
      return Arrays.stream(values()).map(ProgramKind::cliName).toList();
    }

    @Override
    public Iterator<String> iterator() {
      return names().iterator();
    }
  }
}
