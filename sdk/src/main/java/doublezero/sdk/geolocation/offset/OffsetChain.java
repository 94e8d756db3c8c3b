package doublezero.sdk.geolocation.offset;

import java.util.List;
import java.util.Optional;

/// Signature-chain check of a location offset: every level's signature must verify with that
/// level's own authority key (reference `VerifyOffsetChain`,
/// `controlplane/telemetry/internal/geoprobe/signer.go` at v0.12.0). Only signatures are checked
/// here; who may sign (authority pinning), freshness and geometry are the caller's policy (see
/// `doublezero.sdk.geolocation.region`).
public final class OffsetChain {
  private OffsetChain() {}

  /// @param offset the decoded offset
  /// @return whether every signature at every level verifies
  public static boolean verify(LocationOffset offset) {
    return firstInvalid(offset).isEmpty();
  }

  /// @param offset the decoded offset
  /// @return the path of the first level whose signature does not verify (`offset`,
  ///   `offset.references[1]`, `offset.references[0].references[0]`…), empty when the whole chain
  ///   verifies
  public static Optional<String> firstInvalid(LocationOffset offset) {
    return firstInvalid(offset, "offset");
  }

  private static Optional<String> firstInvalid(LocationOffset offset, String path) {
    if (!offset.signatureValid()) {
      return Optional.of(path);
    }
    List<LocationOffset> refs = offset.references();
    for (int i = 0; i < refs.size(); i++) {
      Optional<String> bad = firstInvalid(refs.get(i), path + ".references[" + i + "]");
      if (bad.isPresent()) {
        return bad;
      }
    }
    return Optional.empty();
  }
}
