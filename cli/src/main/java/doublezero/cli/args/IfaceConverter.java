package doublezero.cli.args;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/// Picocli converter: an interface name (see [Validators#iface]). A rejected value is a usage error
/// (exit code 2) with the reference message.
public final class IfaceConverter implements ITypeConverter<String> {
  @Override
  public String convert(String value) {
    try {
      return Validators.iface(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
