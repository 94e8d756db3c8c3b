package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.DecodeException;

/// Decodes any serviceability account from its data by the account-type byte (Rust
/// `AccountData::try_from`, `SVC/state/accountdata.rs`, reference `serviceability-state.md` §2.2
/// rule 7, §3).
public final class ServiceabilityAccounts {
  private ServiceabilityAccounts() {}

  /// @param data account data, first byte = [AccountType]
  /// @return the decoded account, of the record type the first byte names
  /// @throws DecodeException for empty data, a type byte the program does not define or `None` (0)
  ///   (the message names the byte), or any decoding error of that type
  public static ServiceabilityAccount decode(byte[] data) {
    if (data.length == 0) {
      throw new DecodeException("ServiceabilityAccount", "account_type", 0, "empty account data");
    }
    int b = data[0] & 0xFF;
    AccountType type = AccountType.fromWire(b);
    if (type == null) {
      throw new DecodeException(
          "ServiceabilityAccount", "account_type", 0, "unknown account type byte " + b);
    }
    return switch (type) {
      case NONE ->
          throw new DecodeException(
              "ServiceabilityAccount",
              "account_type",
              0,
              "account type byte 0 (None) is not an account");
      case GLOBAL_STATE -> GlobalState.decode(data);
      case GLOBAL_CONFIG -> GlobalConfig.decode(data);
      case LOCATION -> Location.decode(data);
      case EXCHANGE -> Exchange.decode(data);
      case DEVICE -> Device.decode(data);
      case LINK -> Link.decode(data);
      case USER -> User.decode(data);
      case MULTICAST_GROUP -> MulticastGroup.decode(data);
      case PROGRAM_CONFIG -> ProgramConfig.decode(data);
      case CONTRIBUTOR -> Contributor.decode(data);
      case ACCESS_PASS -> AccessPass.decode(data);
      case RESOURCE_EXTENSION -> ResourceExtension.decode(data);
      case TENANT -> Tenant.decode(data);
      case RESERVATION -> Reservation.decode(data);
      case PERMISSION -> Permission.decode(data);
    };
  }
}
