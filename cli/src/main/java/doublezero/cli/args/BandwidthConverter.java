package doublezero.cli.args;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/// Picocli converter: a bandwidth in bits per second (see [Validators#bandwidth]). A rejected value
/// is a usage error (exit code 2) with the reference message.
public final class BandwidthConverter implements ITypeConverter<Long> {
  @Override
  public Long convert(String value) {
    try {
      return Validators.bandwidth(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
