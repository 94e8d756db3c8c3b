package doublezero.cli.resource;

import doublezero.sdk.serviceability.instruction.IdOrIp;
import doublezero.sdk.serviceability.instruction.ResourceType;
import doublezero.sdk.solana.key.PublicKey;

/// One finding of `resource verify` (reference `smartcontract/cli/src/resource/verify.rs`,
/// `ResourceDiscrepancy`). Values print with the Rust `Display` of `IdOrIp` (`a.b.c.d/32` or the
/// id) and `ResourceType` (`LinkIds`, `TunnelIds(<device>, 0)`, …).
public sealed interface ResourceDiscrepancy {
  /// @return the resource extension the finding is about
  ResourceType type();

  /// A bit set in the extension that no account uses.
  ///
  /// @param type the extension
  /// @param value the allocated value
  record AllocatedButNotUsed(ResourceType type, IdOrIp value) implements ResourceDiscrepancy {}

  /// A value an account holds that the extension has not allocated.
  ///
  /// @param type the extension
  /// @param value the value in use
  /// @param account the account using it
  /// @param accountKind what uses it: `User`, `Link`, `MulticastGroup`, `Device (reserved)`,
  ///   `Device interface <name>`
  record UsedButNotAllocated(ResourceType type, IdOrIp value, PublicKey account, String accountKind)
      implements ResourceDiscrepancy {}

  /// The extension account is missing.
  ///
  /// @param type the extension
  record ExtensionNotFound(ResourceType type) implements ResourceDiscrepancy {}

  /// Two accounts hold the same value.
  ///
  /// @param type the extension
  /// @param value the value
  /// @param first the account seen first
  /// @param firstKind its kind
  /// @param second the account seen second
  /// @param secondKind its kind
  record DuplicateUsage(
      ResourceType type,
      IdOrIp value,
      PublicKey first,
      String firstKind,
      PublicKey second,
      String secondKind)
      implements ResourceDiscrepancy {
    /// @return `<value> (used by <kind> <key> AND <kind> <key>)` after `<type> = `
    String line() {
      return type
          + " = "
          + value
          + " (used by "
          + firstKind
          + " "
          + first
          + " AND "
          + secondKind
          + " "
          + second
          + ")";
    }
  }
}
