package doublezero.sdk.serviceability.error;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.ProgramError;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// Every code → Rust name → Display text, as read from the reference `SVC/error.rs`
/// (`From<DoubleZeroError>` codes, `#[error]` texts) and `serviceability-instructions.md` §5.
class ServiceabilityErrorTest {
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\u0000',
      textBlock =
          """
          1|InvalidOwnerPubkey|Only the owner can perform this action
          2|InvalidLocationPubkey|You are trying to assign a Pubkey that does not correspond to a Location
          3|InvalidExchangePubkey|You are trying to assign a Pubkey that does not correspond to a Exchange
          4|InvalidDeviceAPubkey|You are trying to assign a Pubkey that does not correspond to a Device A
          5|InvalidDeviceZPubkey|You are trying to assign a Pubkey that does not correspond to a Device Z
          6|InvalidDevicePubkey|You are trying to assign a Pubkey that does not correspond to a Device
          7|InvalidStatus|Invalid Status
          8|NotAllowed|You are not allowed to execute this action
          9|InvalidAccountType|Invalid Account Type
          10|InvalidContributorPubkey|You are trying to assign a Pubkey that does not correspond to a Contributor
          11|InvalidInterfaceVersion|Invalid Interface Version
          12|InvalidInterfaceName|Invalid Interface Name
          13|ReferenceCountNotZero|Reference Count is not zero
          14|InvalidContributor|Invalid Contributor
          15|InvalidInterfaceZForExternal|Invalid External Link: Side Z interface name should be empty
          16|InvalidIndex|Invalid index
          17|DeviceAlreadySet|Device already set
          18|DeviceNotSet|Device not set
          19|InvalidAccountCode|Invalid account code
          20|MaxUsersExceeded|Max users exceeded
          21|InvalidLastAccessEpoch|Invalid last access epoch
          22|Unauthorized|Unauthorized
          23|InvalidSolanaPubkey|Invalid Solana Validator Pubkey
          24|InterfaceNotFound|InterfaceNotFound
          25|AccessPassUnauthorized|Invalid Access Pass
          26|InvalidClientIp|Invalid Client IP
          27|InvalidDzIp|Invalid DZ IP
          28|InvalidTunnelNet|Invalid Tunnel Network
          29|InvalidTunnelId|Invalid Tunnel ID
          30|InvalidTunnelIp|Invalid Tunnel IP
          31|InvalidBandwidth|Invalid Bandwidth
          32|InvalidDelay|Invalid Delay
          33|InvalidJitter|Invalid Jitter
          34|CodeTooLong|Code too long
          35|NoDzPrefixes|No DZ Prefixes
          36|InvalidLocation|Invalid Location
          37|InvalidExchange|Invalid Exchange
          38|InvalidDzPrefix|Invalid DZ Prefix
          39|NameTooLong|Name too long
          40|InvalidLatitude|Invalid Latitude
          41|InvalidLongitude|Invalid Longitude
          42|InvalidLocId|Invalid Location ID
          43|InvalidCountryCode|Invalid Country Code
          44|InvalidLocalAsn|Invalid Local ASN
          45|InvalidRemoteAsn|Invalid Remote ASN
          46|InvalidMtu|Invalid MTU
          47|InvalidInterfaceIp|Invalid Interface IP
          48|InvalidInterfaceIpNet|Invalid Interface IP Net
          49|InvalidVlanId|Invalid VLAN ID
          50|InvalidMaxBandwidth|Invalid Max Bandwidth
          51|InvalidMulticastIp|Invalid Multicast IP
          52|InvalidAccountOwner|Invalid Account Owner
          53|AccessPassNotFound|Access Pass not found
          54|UserAccountNotFound|User account not found
          55|InvalidBgpCommunity|Invalid BGP Community
          56|InterfaceAlreadyExists|Interface already exists
          57|InvalidInterfaceType|Invalid Interface Type
          58|InvalidLoopbackType|Invalid Loopback Type
          59|InvalidMinCompatibleVersion|Invalid Minimum Compatible Version
          60|InvalidActualLocation|Invalid Actual Location
          61|InvalidUserPubkey|Invalid User Pubkey
          62|InvalidPublicIp|Invalid Public IP: IP conflicts with DZ prefix
          63|AllocationFailed|Allocation failed, resource exhausted
          64|SerializationFailure|Serialization failed
          65|InvalidArgument|Invalid argument
          66|InvalidFoundationAllowlist|Invalid Foundation Allowlist: cannot be empty
          67|Deprecated|Deprecated error
          68|ImmutableField|Immutable Field
          69|CyoaRequiresPhysical|CYOA can only be set on physical interfaces
          70|DeviceHasInterfaces|Device can only be removed if it has no interfaces
          71|MulticastGroupNotEmpty|MulticastGroup can only be deleted if it has no active publishers or subscribers
          72|AccessPassInUse|Access Pass is in use (non-zero connection_count)
          73|InvalidTenantPubkey|You are trying to assign a Pubkey that does not correspond to a Tenant
          74|InvalidVrfId|Invalid VRF ID
          75|VrfIdTooLong|VRF ID too long
          76|AdministratorAlreadyExists|Administrator already exists
          77|AdministratorNotFound|Administrator not found
          78|InvalidPaymentStatus|Invalid Payment Status
          79|TenantNotInAccessPassAllowlist|Tenant not in access-pass tenant_allowlist
          80|InvalidTunnelEndpoint|Invalid Tunnel Endpoint
          81|MaxUnicastUsersExceeded|Max unicast users exceeded
          82|MaxMulticastSubscribersExceeded|Max multicast subscribers exceeded
          83|InterfaceHasEdgeAssignment|Interface cannot have both a link and a CYOA or DIA assignment
          84|FeatureNotEnabled|Feature not enabled
          85|MaxMulticastPublishersExceeded|Max multicast publishers exceeded
          86|ArithmeticOverflow|Arithmetic overflow
          """)
  void codeNameAndMessage(int code, String name, String message) {
    ServiceabilityError e = ServiceabilityError.fromCode(code).orElseThrow();
    assertThat(e.code()).isEqualTo(code);
    assertThat(e.variantName()).isEqualTo(name);
    assertThat(e.message()).isEqualTo(message);
    assertThat(e.toString()).isEqualTo(message);
    assertThat(
            ServiceabilityErrorResolver.allEnvironments()
                .resolve(ServiceabilityErrorResolver.DEVNET, code))
        .contains(new ProgramError(code, name, message));
  }

  @Test
  void eightySixDistinctCodes() {
    assertThat(ServiceabilityError.values()).hasSize(86);
    assertThat(
            Arrays.stream(ServiceabilityError.values())
                .mapToInt(ServiceabilityError::code)
                .distinct()
                .count())
        .isEqualTo(86);
  }

  @Test
  void unnamedCodesAreThePassthrough() {
    assertThat(ServiceabilityError.fromCode(0)).isEmpty();
    assertThat(ServiceabilityError.fromCode(87)).isEmpty();
    assertThat(ServiceabilityError.fromCode(-1)).isEmpty();
    assertThat(ServiceabilityError.fromCode(1L << 32)).isEmpty();
    var resolver = new ServiceabilityErrorResolver(ServiceabilityErrorResolver.LOCAL);
    assertThat(resolver.resolve(ServiceabilityErrorResolver.LOCAL, 255))
        .contains(new ProgramError(255, "Custom", "Custom program error: 0xff"));
  }

  @Test
  void otherProgramsAreNotResolved() {
    var resolver = new ServiceabilityErrorResolver(ServiceabilityErrorResolver.MAINNET_BETA);
    assertThat(resolver.resolve(ServiceabilityErrorResolver.TESTNET, 7)).isEmpty();
    assertThat(resolver.resolve(PublicKey.DEFAULT, 7)).isEmpty();
    assertThat(
            resolver.resolve(ServiceabilityErrorResolver.MAINNET_BETA, 7).map(ProgramError::name))
        .isEqualTo(Optional.of("InvalidStatus"));
    var all = ServiceabilityErrorResolver.allEnvironments();
    for (PublicKey id :
        new PublicKey[] {
          ServiceabilityErrorResolver.MAINNET_BETA,
          ServiceabilityErrorResolver.TESTNET,
          ServiceabilityErrorResolver.DEVNET,
          ServiceabilityErrorResolver.LOCAL
        }) {
      assertThat(all.resolve(id, 67).map(ProgramError::message)).contains("Deprecated error");
    }
  }
}
