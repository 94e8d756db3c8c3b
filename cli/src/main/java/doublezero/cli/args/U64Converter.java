package doublezero.cli.args;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/// Picocli converter: a Rust `u64` argument (see [Unsigned#parse]). A rejected value is a usage
/// error (exit code 2).
public final class U64Converter implements ITypeConverter<Long> {
  @Override
  public Long convert(String value) {
    try {
      return Unsigned.parse(value, 64);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException("invalid value '" + value + "': " + e.getMessage());
    }
  }
}
