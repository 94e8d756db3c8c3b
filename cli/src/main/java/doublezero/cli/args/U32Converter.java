package doublezero.cli.args;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/// Picocli converter: an unsigned integer that must fit a Rust `u32` (0..=4294967295), as clap parses it. A rejected
/// value is a usage error (exit code 2).
public final class U32Converter implements ITypeConverter<Long> {
  @Override
  public Long convert(String value) {
    long v;
    try {
      v = Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new TypeConversionException("invalid digit found in string");
    }
    if (v < 0) {
      throw new TypeConversionException("invalid digit found in string");
    }
    if (v > 4294967295L) {
      throw new TypeConversionException("number too large to fit in target type");
    }
    return v;
  }
}
