package doublezero.cli.args;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/// Picocli converter: `me` or a public key (see [Validators#pubkeyOrMe]). A rejected value is a
/// usage error (exit code 2) with the reference message.
public final class PubkeyOrMeConverter implements ITypeConverter<String> {
  @Override
  public String convert(String value) {
    try {
      return Validators.pubkeyOrMe(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
