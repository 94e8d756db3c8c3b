package doublezero.cli.args;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/// Picocli converter: a delay in ms, 0.01..=1000. A rejected value is a usage error (exit code 2)
/// with the reference message.
public final class DelayConverter implements ITypeConverter<Double> {
  @Override
  public Double convert(String value) {
    try {
      return Validators.millis(value, "Delay", false);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
