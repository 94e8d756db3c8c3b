package doublezero.cli.args;

import doublezero.sdk.net.NetworkV4;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/// Picocli converter: an IPv4 network `a.b.c.d/n`. A rejected value is a usage error (exit code 2)
/// with the reference message.
public final class NetworkConverter implements ITypeConverter<NetworkV4> {
  @Override
  public NetworkV4 convert(String value) {
    try {
      return Validators.network(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
