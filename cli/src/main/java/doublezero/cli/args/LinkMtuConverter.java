package doublezero.cli.args;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/// Picocli converter: a link MTU (see [Validators#linkMtu]). A rejected value is a usage error
/// (exit code 2) with the reference message.
public final class LinkMtuConverter implements ITypeConverter<Long> {
  @Override
  public Long convert(String value) {
    try {
      return Validators.linkMtu(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
