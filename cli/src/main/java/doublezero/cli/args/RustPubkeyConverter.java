package doublezero.cli.args;

import doublezero.cli.error.CliException;
import doublezero.sdk.solana.key.PublicKey;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/// Picocli converter for an argument the reference declares as a plain `Pubkey` (clap parses it
/// with `Pubkey::from_str`, no validator): a rejected value is a usage error (exit code 2) with the
/// Rust `ParsePubkeyError` text, `Invalid Base58 string` or `String is the wrong size`.
public final class RustPubkeyConverter implements ITypeConverter<PublicKey> {
  @Override
  public PublicKey convert(String value) {
    try {
      return MeKey.fromStr(value);
    } catch (CliException e) {
      throw new TypeConversionException("invalid value '" + value + "': " + e.getMessage());
    }
  }
}
