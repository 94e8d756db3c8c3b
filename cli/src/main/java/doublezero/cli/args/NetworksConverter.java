package doublezero.cli.args;

import doublezero.sdk.net.NetworkV4;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/// Picocli converter: comma-separated IPv4 networks. A rejected value is a usage error (exit code
/// 2) with the reference message.
public final class NetworksConverter implements ITypeConverter<List<NetworkV4>> {
  @Override
  public List<NetworkV4> convert(String value) {
    try {
      return Validators.networks(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
