package doublezero.sdk.solana.rpc;

import doublezero.sdk.solana.key.PublicKey;
import java.util.Optional;

/// Maps a custom program error code from a failed transaction to the program's error name and
/// message. Each DoubleZero program's error table provides one; [#NONE] knows no program.
@FunctionalInterface
public interface ProgramErrorResolver {
  /// Resolves nothing.
  ProgramErrorResolver NONE = (programId, code) -> Optional.empty();

  /// @param programId the program that failed
  /// @param code its custom error code
  /// @return the error, when this resolver knows the program and code
  Optional<ProgramError> resolve(PublicKey programId, long code);

  /// @param other a resolver to ask when this one knows nothing
  /// @return a resolver trying this one, then `other`
  default ProgramErrorResolver or(ProgramErrorResolver other) {
    return (programId, code) -> {
      Optional<ProgramError> e = resolve(programId, code);
      return e.isPresent() ? e : other.resolve(programId, code);
    };
  }
}
