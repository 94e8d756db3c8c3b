package doublezero.cli.args;

import doublezero.sdk.net.Ipv4Address;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/// Picocli converter: an IPv4 address. A rejected value is a usage error (exit code 2) with the
/// reference message.
public final class Ipv4Converter implements ITypeConverter<Ipv4Address> {
  @Override
  public Ipv4Address convert(String value) {
    try {
      return Validators.ipv4(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
