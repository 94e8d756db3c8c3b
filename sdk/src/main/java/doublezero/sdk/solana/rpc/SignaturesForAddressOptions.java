package doublezero.sdk.solana.rpc;

import java.util.Objects;
import java.util.Optional;

/// Options of `getSignaturesForAddress` (https://solana.com/docs/rpc/http/getsignaturesforaddress).
///
/// @param limit at most this many signatures, 1..=1000 (the node's maximum and default is 1000)
/// @param before start searching backwards from this signature (base58, exclusive); empty = from
///   the newest
/// @param until stop at this signature (base58, exclusive); empty = as far back as the node has
/// @param commitment `confirmed` or `finalized` (`processed` is raised to `confirmed`, as the node
///   refuses it); empty = the client's default
public record SignaturesForAddressOptions(
    int limit, Optional<String> before, Optional<String> until, Optional<Commitment> commitment) {
  /// The node's limit (Agave `MAX_GET_CONFIRMED_SIGNATURES_FOR_ADDRESS2_LIMIT`).
  public static final int MAX_LIMIT = 1000;

  /// The newest 1000, the client's commitment.
  public static final SignaturesForAddressOptions DEFAULTS =
      new SignaturesForAddressOptions(
          MAX_LIMIT, Optional.empty(), Optional.empty(), Optional.empty());

  /// @throws IllegalArgumentException when `limit` is outside 1..=1000 (the node would refuse it)
  /// @throws NullPointerException for a null optional
  public SignaturesForAddressOptions {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(commitment, "commitment");
  }

  /// @param n the new limit (1..=1000)
  /// @return these options with `limit` = `n`
  public SignaturesForAddressOptions withLimit(int n) {
    return new SignaturesForAddressOptions(n, before, until, commitment);
  }

  /// @param signature base58 signature to page back from (exclusive)
  /// @return these options with `before` set
  public SignaturesForAddressOptions withBefore(String signature) {
    return new SignaturesForAddressOptions(limit, Optional.of(signature), until, commitment);
  }

  /// @param signature base58 signature to stop at (exclusive)
  /// @return these options with `until` set
  public SignaturesForAddressOptions withUntil(String signature) {
    return new SignaturesForAddressOptions(limit, before, Optional.of(signature), commitment);
  }
}
