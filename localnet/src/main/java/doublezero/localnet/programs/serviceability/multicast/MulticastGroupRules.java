package doublezero.localnet.programs.serviceability.multicast;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.MulticastGroupStatus;
import java.nio.charset.StandardCharsets;

/// `impl Validate for MulticastGroup` (`STATE/multicastgroup.rs`; `serviceability-instructions.md`
/// §3.9), in the reference's order. The account-type rule cannot fail here: the record always
/// encodes type 10.
public final class MulticastGroupRules {
  /// The longest code in UTF-8 bytes (Rust `String::len`).
  public static final int MAX_CODE_BYTES = 32;

  private MulticastGroupRules() {}

  /// Checks a MulticastGroup before it is written.
  ///
  /// @throws ProgramException `InvalidMulticastIp` (51) when a group that is neither Pending nor
  ///   Rejected has an address outside 224.0.0.0/4, `InvalidMaxBandwidth` (50) for a zero
  ///   bandwidth, `CodeTooLong` (34) for a code over 32 bytes
  public static void validate(Invocation inv, MulticastGroup value) throws ProgramException {
    boolean ipRequired =
        value.status() != MulticastGroupStatus.PENDING
            && value.status() != MulticastGroupStatus.REJECTED;
    if (ipRequired && !isMulticast(value)) {
      inv.log("Invalid multicast IP: " + value.multicastIp());
      throw inv.error(ServiceabilityError.INVALID_MULTICAST_IP);
    }
    if (value.maxBandwidth() == 0) {
      inv.log("Invalid max bandwidth: 0");
      throw inv.error(ServiceabilityError.INVALID_MAX_BANDWIDTH);
    }
    int codeBytes = value.code().getBytes(StandardCharsets.UTF_8).length;
    if (codeBytes > MAX_CODE_BYTES) {
      inv.log("Code too long: " + codeBytes);
      throw inv.error(ServiceabilityError.CODE_TOO_LONG);
    }
  }

  /// Rust `Ipv4Addr::is_multicast`: 224.0.0.0/4.
  private static boolean isMulticast(MulticastGroup value) {
    return (value.multicastIp().value() >>> 28) == 0xE;
  }
}
