package doublezero.sdk.serviceability.error;

import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.ProgramError;
import doublezero.sdk.solana.rpc.ProgramErrorResolver;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/// Resolves custom error codes of the serviceability program (deployed under the given program ids)
/// to [ServiceabilityError] names and messages.
///
/// A code the program does not name (0, or above 86) resolves like the program's `From<u32>` does:
/// to the `Custom` variant, whose `Display` is `Custom program error: 0x<hex>` (reference
/// `SVC/error.rs`). Codes of any other program resolve to empty.
public final class ServiceabilityErrorResolver implements ProgramErrorResolver {
  /// mainnet-beta serviceability program id (`serviceability-state.md` §1.1).
  public static final PublicKey MAINNET_BETA =
      PublicKey.fromBase58("ser2VaTMAcYTaauMrTSfSrxBaUDq7BLNs2xfUugTAGv");

  /// testnet serviceability program id.
  public static final PublicKey TESTNET =
      PublicKey.fromBase58("DZtnuQ839pSaDMFG5q1ad2V95G82S5EC4RrB3Ndw2Heb");

  /// devnet serviceability program id.
  public static final PublicKey DEVNET =
      PublicKey.fromBase58("GYhQDKuESrasNZGyhMJhGYFtbzNijYhcrN9poSqCQVah");

  /// local (localnet) serviceability program id.
  public static final PublicKey LOCAL =
      PublicKey.fromBase58("7CTniUa88iJKUHTrCkB4TjAoG6TD7AMivhQeuqN2LPtX");

  private final Set<PublicKey> programIds;

  /// @param programId the serviceability program id this resolver answers for
  public ServiceabilityErrorResolver(PublicKey programId) {
    this.programIds = Set.of(Objects.requireNonNull(programId, "programId"));
  }

  private ServiceabilityErrorResolver(Set<PublicKey> programIds) {
    this.programIds = Set.copyOf(programIds);
  }

  /// @return a resolver for the serviceability program ids of all four environments
  public static ServiceabilityErrorResolver allEnvironments() {
    return new ServiceabilityErrorResolver(Set.of(MAINNET_BETA, TESTNET, DEVNET, LOCAL));
  }

  /// @param programId the failing program
  /// @param code its custom error code (u32)
  /// @return the named error, the `Custom` passthrough for codes the program does not name, or
  ///   empty when `programId` is not a serviceability program this resolver knows
  @Override
  public Optional<ProgramError> resolve(PublicKey programId, long code) {
    if (!programIds.contains(programId)) {
      return Optional.empty();
    }
    return Optional.of(
        ServiceabilityError.fromCode(code)
            .map(ServiceabilityError::toProgramError)
            .orElseGet(
                () ->
                    new ProgramError(
                        code, "Custom", "Custom program error: 0x" + Long.toHexString(code))));
  }
}
