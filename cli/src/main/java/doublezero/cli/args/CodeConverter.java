package doublezero.cli.args;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/// Picocli converter: an account code (see [Validators#code]). A rejected value is a usage error
/// (exit code 2) with the reference message.
public final class CodeConverter implements ITypeConverter<String> {
  @Override
  public String convert(String value) {
    try {
      return Validators.code(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
