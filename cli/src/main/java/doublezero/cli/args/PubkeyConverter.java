package doublezero.cli.args;

import doublezero.sdk.solana.key.PublicKey;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/// Picocli converter: a public key (see [Validators#pubkey]). A rejected value is a usage error
/// (exit code 2) with the reference message.
public final class PubkeyConverter implements ITypeConverter<PublicKey> {
  @Override
  public PublicKey convert(String value) {
    try {
      return Validators.pubkey(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
