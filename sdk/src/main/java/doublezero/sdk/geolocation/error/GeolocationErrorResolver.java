package doublezero.sdk.geolocation.error;

import doublezero.sdk.environment.Environment;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.ProgramError;
import doublezero.sdk.solana.rpc.ProgramErrorResolver;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/// Resolves custom error codes of the geolocation program deployed at the given program IDs
/// (`reference/telemetry-geolocation.md` §D.6).
///
/// @param programIds the geolocation program IDs this resolver answers for
public record GeolocationErrorResolver(Set<PublicKey> programIds) implements ProgramErrorResolver {
  /// Copies the set.
  public GeolocationErrorResolver {
    programIds = Set.copyOf(programIds);
  }

  /// @param programId one geolocation program ID
  /// @return a resolver for that program
  public static GeolocationErrorResolver of(PublicKey programId) {
    return new GeolocationErrorResolver(Set.of(programId));
  }

  /// @return a resolver for the geolocation program of every known [Environment]
  public static GeolocationErrorResolver allEnvironments() {
    return new GeolocationErrorResolver(
        Arrays.stream(Environment.values())
            .map(Environment::geolocationProgramId)
            .collect(Collectors.toSet()));
  }

  /// @param programId the failing program
  /// @param code its custom error code
  /// @return the geolocation error, when `programId` is one of ours and the code is defined
  @Override
  public Optional<ProgramError> resolve(PublicKey programId, long code) {
    if (!programIds.contains(programId)) {
      return Optional.empty();
    }
    return Optional.ofNullable(GeolocationError.fromCode(code))
        .map(GeolocationError::toProgramError);
  }
}
