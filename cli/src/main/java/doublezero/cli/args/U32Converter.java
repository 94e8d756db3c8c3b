package doublezero.cli.args;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/// Picocli converter: a Rust `u32` argument (see [Unsigned#parse]). A rejected value is a usage
/// error (exit code 2).
public final class U32Converter implements ITypeConverter<Long> {
  @Override
  public Long convert(String value) {
    try {
      return Unsigned.parse(value, 32);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException("invalid value '" + value + "': " + e.getMessage());
    }
  }
}
