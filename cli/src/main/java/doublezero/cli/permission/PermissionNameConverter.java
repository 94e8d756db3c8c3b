package doublezero.cli.permission;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/// Picocli converter for `--add/--remove <PERMISSION>`: an unknown name is a usage error (exit code
/// 2) listing the possible values, as clap's `ValueEnum` does.
public final class PermissionNameConverter implements ITypeConverter<PermissionName> {
  @Override
  public PermissionName convert(String value) {
    return PermissionName.parse(value)
        .orElseThrow(
            () ->
                new TypeConversionException(
                    "invalid value '"
                        + value
                        + "' [possible values: "
                        + PermissionName.possibleValues()
                        + "]"));
  }
}
