package doublezero.cli.args;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/// Picocli converter: a Rust `u16` argument (see [Unsigned#parse]). A rejected value is a usage
/// error (exit code 2).
public final class U16Converter implements ITypeConverter<Integer> {
  @Override
  public Integer convert(String value) {
    try {
      return (int) Unsigned.parse(value, 16);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException("invalid value '" + value + "': " + e.getMessage());
    }
  }
}
