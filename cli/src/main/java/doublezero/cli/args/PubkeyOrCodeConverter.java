package doublezero.cli.args;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/// Picocli converter: a public key or a code (see [Validators#pubkeyOrCode]). A rejected value is a
/// usage error (exit code 2) with the reference message.
public final class PubkeyOrCodeConverter implements ITypeConverter<String> {
  @Override
  public String convert(String value) {
    try {
      return Validators.pubkeyOrCode(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
