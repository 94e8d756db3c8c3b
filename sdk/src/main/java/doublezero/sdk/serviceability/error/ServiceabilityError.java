package doublezero.sdk.serviceability.error;

import doublezero.sdk.solana.rpc.ProgramError;
import doublezero.sdk.solana.rpc.ProgramErrorVariant;
import java.util.Optional;

/// The serviceability program's custom errors (`DoubleZeroError`, reference `SVC/error.rs`;
/// `serviceability-instructions.md` §5): the code a failed instruction returns as
/// `InstructionError::Custom(code)`, the Rust variant name, and the variant's `Display` text
/// exactly as the program renders it.
///
/// Codes follow the program's `From<DoubleZeroError> for ProgramError` conversion, not the
/// declaration order: codes 2..6 are declared in a different order (2 = InvalidLocationPubkey, 3 =
/// InvalidExchangePubkey, 6 = InvalidDevicePubkey). Code 0 and codes above 86 are the `Custom(n)`
/// passthrough and have no constant here; [#fromCode] returns empty for them. Note that the close
/// instructions return a raw `Custom(1)` for a wrong status, which is numerically
/// [#INVALID_OWNER_PUBKEY] (§0.3).
public enum ServiceabilityError implements ProgramErrorVariant {
  INVALID_OWNER_PUBKEY(1, "InvalidOwnerPubkey", "Only the owner can perform this action"),
  INVALID_LOCATION_PUBKEY(
      2,
      "InvalidLocationPubkey",
      "You are trying to assign a Pubkey that does not correspond to a Location"),
  INVALID_EXCHANGE_PUBKEY(
      3,
      "InvalidExchangePubkey",
      "You are trying to assign a Pubkey that does not correspond to a Exchange"),
  INVALID_DEVICE_A_PUBKEY(
      4,
      "InvalidDeviceAPubkey",
      "You are trying to assign a Pubkey that does not correspond to a Device A"),
  INVALID_DEVICE_Z_PUBKEY(
      5,
      "InvalidDeviceZPubkey",
      "You are trying to assign a Pubkey that does not correspond to a Device Z"),
  INVALID_DEVICE_PUBKEY(
      6,
      "InvalidDevicePubkey",
      "You are trying to assign a Pubkey that does not correspond to a Device"),
  INVALID_STATUS(7, "InvalidStatus", "Invalid Status"),
  NOT_ALLOWED(8, "NotAllowed", "You are not allowed to execute this action"),
  INVALID_ACCOUNT_TYPE(9, "InvalidAccountType", "Invalid Account Type"),
  INVALID_CONTRIBUTOR_PUBKEY(
      10,
      "InvalidContributorPubkey",
      "You are trying to assign a Pubkey that does not correspond to a Contributor"),
  INVALID_INTERFACE_VERSION(11, "InvalidInterfaceVersion", "Invalid Interface Version"),
  INVALID_INTERFACE_NAME(12, "InvalidInterfaceName", "Invalid Interface Name"),
  REFERENCE_COUNT_NOT_ZERO(13, "ReferenceCountNotZero", "Reference Count is not zero"),
  INVALID_CONTRIBUTOR(14, "InvalidContributor", "Invalid Contributor"),
  INVALID_INTERFACE_Z_FOR_EXTERNAL(
      15,
      "InvalidInterfaceZForExternal",
      "Invalid External Link: Side Z interface name should be empty"),
  INVALID_INDEX(16, "InvalidIndex", "Invalid index"),
  DEVICE_ALREADY_SET(17, "DeviceAlreadySet", "Device already set"),
  DEVICE_NOT_SET(18, "DeviceNotSet", "Device not set"),
  INVALID_ACCOUNT_CODE(19, "InvalidAccountCode", "Invalid account code"),
  MAX_USERS_EXCEEDED(20, "MaxUsersExceeded", "Max users exceeded"),
  INVALID_LAST_ACCESS_EPOCH(21, "InvalidLastAccessEpoch", "Invalid last access epoch"),
  UNAUTHORIZED(22, "Unauthorized", "Unauthorized"),
  INVALID_SOLANA_PUBKEY(23, "InvalidSolanaPubkey", "Invalid Solana Validator Pubkey"),
  INTERFACE_NOT_FOUND(24, "InterfaceNotFound", "InterfaceNotFound"),
  ACCESS_PASS_UNAUTHORIZED(25, "AccessPassUnauthorized", "Invalid Access Pass"),
  INVALID_CLIENT_IP(26, "InvalidClientIp", "Invalid Client IP"),
  INVALID_DZ_IP(27, "InvalidDzIp", "Invalid DZ IP"),
  INVALID_TUNNEL_NET(28, "InvalidTunnelNet", "Invalid Tunnel Network"),
  INVALID_TUNNEL_ID(29, "InvalidTunnelId", "Invalid Tunnel ID"),
  INVALID_TUNNEL_IP(30, "InvalidTunnelIp", "Invalid Tunnel IP"),
  INVALID_BANDWIDTH(31, "InvalidBandwidth", "Invalid Bandwidth"),
  INVALID_DELAY(32, "InvalidDelay", "Invalid Delay"),
  INVALID_JITTER(33, "InvalidJitter", "Invalid Jitter"),
  CODE_TOO_LONG(34, "CodeTooLong", "Code too long"),
  NO_DZ_PREFIXES(35, "NoDzPrefixes", "No DZ Prefixes"),
  INVALID_LOCATION(36, "InvalidLocation", "Invalid Location"),
  INVALID_EXCHANGE(37, "InvalidExchange", "Invalid Exchange"),
  INVALID_DZ_PREFIX(38, "InvalidDzPrefix", "Invalid DZ Prefix"),
  NAME_TOO_LONG(39, "NameTooLong", "Name too long"),
  INVALID_LATITUDE(40, "InvalidLatitude", "Invalid Latitude"),
  INVALID_LONGITUDE(41, "InvalidLongitude", "Invalid Longitude"),
  INVALID_LOC_ID(42, "InvalidLocId", "Invalid Location ID"),
  INVALID_COUNTRY_CODE(43, "InvalidCountryCode", "Invalid Country Code"),
  INVALID_LOCAL_ASN(44, "InvalidLocalAsn", "Invalid Local ASN"),
  INVALID_REMOTE_ASN(45, "InvalidRemoteAsn", "Invalid Remote ASN"),
  INVALID_MTU(46, "InvalidMtu", "Invalid MTU"),
  INVALID_INTERFACE_IP(47, "InvalidInterfaceIp", "Invalid Interface IP"),
  INVALID_INTERFACE_IP_NET(48, "InvalidInterfaceIpNet", "Invalid Interface IP Net"),
  INVALID_VLAN_ID(49, "InvalidVlanId", "Invalid VLAN ID"),
  INVALID_MAX_BANDWIDTH(50, "InvalidMaxBandwidth", "Invalid Max Bandwidth"),
  INVALID_MULTICAST_IP(51, "InvalidMulticastIp", "Invalid Multicast IP"),
  INVALID_ACCOUNT_OWNER(52, "InvalidAccountOwner", "Invalid Account Owner"),
  ACCESS_PASS_NOT_FOUND(53, "AccessPassNotFound", "Access Pass not found"),
  USER_ACCOUNT_NOT_FOUND(54, "UserAccountNotFound", "User account not found"),
  INVALID_BGP_COMMUNITY(55, "InvalidBgpCommunity", "Invalid BGP Community"),
  INTERFACE_ALREADY_EXISTS(56, "InterfaceAlreadyExists", "Interface already exists"),
  INVALID_INTERFACE_TYPE(57, "InvalidInterfaceType", "Invalid Interface Type"),
  INVALID_LOOPBACK_TYPE(58, "InvalidLoopbackType", "Invalid Loopback Type"),
  INVALID_MIN_COMPATIBLE_VERSION(
      59, "InvalidMinCompatibleVersion", "Invalid Minimum Compatible Version"),
  INVALID_ACTUAL_LOCATION(60, "InvalidActualLocation", "Invalid Actual Location"),
  INVALID_USER_PUBKEY(61, "InvalidUserPubkey", "Invalid User Pubkey"),
  INVALID_PUBLIC_IP(62, "InvalidPublicIp", "Invalid Public IP: IP conflicts with DZ prefix"),
  ALLOCATION_FAILED(63, "AllocationFailed", "Allocation failed, resource exhausted"),
  SERIALIZATION_FAILURE(64, "SerializationFailure", "Serialization failed"),
  INVALID_ARGUMENT(65, "InvalidArgument", "Invalid argument"),
  INVALID_FOUNDATION_ALLOWLIST(
      66, "InvalidFoundationAllowlist", "Invalid Foundation Allowlist: cannot be empty"),
  DEPRECATED(67, "Deprecated", "Deprecated error"),
  IMMUTABLE_FIELD(68, "ImmutableField", "Immutable Field"),
  CYOA_REQUIRES_PHYSICAL(69, "CyoaRequiresPhysical", "CYOA can only be set on physical interfaces"),
  DEVICE_HAS_INTERFACES(
      70, "DeviceHasInterfaces", "Device can only be removed if it has no interfaces"),
  MULTICAST_GROUP_NOT_EMPTY(
      71,
      "MulticastGroupNotEmpty",
      "MulticastGroup can only be deleted if it has no active publishers or subscribers"),
  ACCESS_PASS_IN_USE(72, "AccessPassInUse", "Access Pass is in use (non-zero connection_count)"),
  INVALID_TENANT_PUBKEY(
      73,
      "InvalidTenantPubkey",
      "You are trying to assign a Pubkey that does not correspond to a Tenant"),
  INVALID_VRF_ID(74, "InvalidVrfId", "Invalid VRF ID"),
  VRF_ID_TOO_LONG(75, "VrfIdTooLong", "VRF ID too long"),
  ADMINISTRATOR_ALREADY_EXISTS(76, "AdministratorAlreadyExists", "Administrator already exists"),
  ADMINISTRATOR_NOT_FOUND(77, "AdministratorNotFound", "Administrator not found"),
  INVALID_PAYMENT_STATUS(78, "InvalidPaymentStatus", "Invalid Payment Status"),
  TENANT_NOT_IN_ACCESS_PASS_ALLOWLIST(
      79, "TenantNotInAccessPassAllowlist", "Tenant not in access-pass tenant_allowlist"),
  INVALID_TUNNEL_ENDPOINT(80, "InvalidTunnelEndpoint", "Invalid Tunnel Endpoint"),
  MAX_UNICAST_USERS_EXCEEDED(81, "MaxUnicastUsersExceeded", "Max unicast users exceeded"),
  MAX_MULTICAST_SUBSCRIBERS_EXCEEDED(
      82, "MaxMulticastSubscribersExceeded", "Max multicast subscribers exceeded"),
  INTERFACE_HAS_EDGE_ASSIGNMENT(
      83,
      "InterfaceHasEdgeAssignment",
      "Interface cannot have both a link and a CYOA or DIA assignment"),
  FEATURE_NOT_ENABLED(84, "FeatureNotEnabled", "Feature not enabled"),
  MAX_MULTICAST_PUBLISHERS_EXCEEDED(
      85, "MaxMulticastPublishersExceeded", "Max multicast publishers exceeded"),
  ARITHMETIC_OVERFLOW(86, "ArithmeticOverflow", "Arithmetic overflow");

  private final ProgramError error;

  ServiceabilityError(int code, String variantName, String message) {
    this.error = new ProgramError(code, variantName, message);
  }

  /// @return this error as a generic [ProgramError]; its code is 1..86
  @Override
  public ProgramError toProgramError() {
    return error;
  }

  /// @param code a custom error code (u32, as returned in `InstructionError::Custom`)
  /// @return the error with that code, or empty for 0, unknown codes and the `Custom(n)`
  ///   passthrough
  public static Optional<ServiceabilityError> fromCode(long code) {
    if (code < 1 || code > BY_CODE.length - 1) {
      return Optional.empty();
    }
    return Optional.ofNullable(BY_CODE[(int) code]);
  }

  private static final ServiceabilityError[] BY_CODE = new ServiceabilityError[87];

  static {
    for (ServiceabilityError e : values()) {
      BY_CODE[e.code()] = e;
    }
  }

  /// @return the `Display` text, as the program renders it
  @Override
  public String toString() {
    return error.message();
  }
}
