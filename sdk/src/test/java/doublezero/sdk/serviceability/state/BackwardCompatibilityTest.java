package doublezero.sdk.serviceability.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// The historical account shapes of reference `serviceability-state.md` §9 (older program versions
/// wrote shorter accounts; one MulticastGroup is longer), rebuilt from the golden fixtures by
/// cutting or padding them; and the oldest layout of each account type in the reference history
/// (documented on each record), below which nothing decodes.
class BackwardCompatibilityTest {

  /// Offsets computed by hand from the fixture contents (reference §4, §8.2).
  @ParameterizedTest(name = "{0}: oldest layout ends after {2} at {1}")
  @CsvSource({
    "global_state,     62, _user_allowlist,      58",
    "global_config,    52, user_tunnel_block,    47",
    "program_config,   14, version,               2",
    "location,         97, country,              91",
    "exchange,         95, name,                 79",
    "contributor,      59, code,                 51",
    "device,          136, dz_prefixes,         127",
    "link,            162, code,                151",
    "user,            132, status,              131",
    "multicast_group, 111, subscriber_count,    107",
    "access_pass,      82, status,               81",
    "tenant,           84, administrators,       48"
  })
  void theOldestLayoutDecodesAndOneFieldLessIsRefused(
      String fixture, int oldestEnd, String lastRequired, int lastRequiredStart) {
    ServiceabilityAccount full = ServiceabilityAccounts.decode(Fixtures.bin(fixture));
    ServiceabilityAccount old = ServiceabilityAccounts.decode(cut(fixture, oldestEnd));
    assertThat(Arrays.copyOf(old.encode(), oldestEnd)).isEqualTo(cut(fixture, oldestEnd));
    List<String> names = full.fields().stream().map(f -> f.name()).toList();
    int firstOptional = names.indexOf(lastRequired) + 1;
    for (int i = firstOptional; i < names.size(); i++) {
      assertThat(old.fields().get(i).value())
          .as("%s.%s", fixture, names.get(i))
          .usingRecursiveComparison()
          .ignoringFields("name")
          .isEqualTo(AccountPrefixes.defaultOf(full.accountType(), full.fields().get(i)));
    }
    assertThatThrownBy(() -> ServiceabilityAccounts.decode(cut(fixture, lastRequiredStart)))
        .isInstanceOfSatisfying(
            DecodeException.class,
            e -> {
              assertThat(e.field()).isEqualTo(lastRequired);
              assertThat(e.offset()).isEqualTo(lastRequiredStart);
            })
        .hasMessageEndingWith("account ends before required field");
  }

  private static byte[] cut(String fixture, int length) {
    return Arrays.copyOf(Fixtures.bin(fixture), length);
  }

  @Test
  void globalConfigOf57BytesEndsAfterMulticastgroupBlock() {
    GlobalConfig full = GlobalConfig.decode(Fixtures.bin("global_config"));
    GlobalConfig old = GlobalConfig.decode(cut("global_config", 57));
    assertThat(old.multicastgroupBlock()).isEqualTo(full.multicastgroupBlock());
    assertThat(old.nextBgpCommunity()).isEqualTo(10000).isEqualTo(GlobalConfig.BGP_COMMUNITY_MIN);
    assertThat(old.multicastPublisherBlock()).isEqualTo(NetworkV4.DEFAULT);
    assertThat(full.nextBgpCommunity()).isEqualTo(10042);
  }

  @Test
  void globalStateEndingAfterUserAirdropLamports() {
    GlobalState full = GlobalState.decode(Fixtures.bin("global_state"));
    // 258 bytes = ... user_airdrop (ends at 258 - 32 health - 36 qa - 16 flags - 32 reservation =
    // 142)
    GlobalState old = GlobalState.decode(cut("global_state", 142));
    assertThat(old.userAirdropLamports()).isEqualTo(full.userAirdropLamports()).isEqualTo(50_000);
    assertThat(old.healthOraclePk()).isEqualTo(PublicKey.DEFAULT);
    assertThat(old.qaAllowlist()).isEmpty();
    assertThat(old.featureFlags()).isEqualTo(FeatureFlags.NONE);
    assertThat(old.reservationAuthorityPk()).isEqualTo(PublicKey.DEFAULT);
  }

  @Test
  void programConfigOf14BytesHasNoMinimumVersion() {
    ProgramConfig old = ProgramConfig.decode(cut("program_config", 14));
    assertThat(old.version()).hasToString("1.2.3");
    assertThat(old.minCompatibleVersion()).isEqualTo(ProgramVersion.ZERO);
  }

  @Test
  void locationEndingAfterCountry() {
    Location old = Location.decode(cut("location", 97));
    assertThat(old.country()).isEqualTo("NL");
    assertThat(old.referenceCount()).isZero();
  }

  @Test
  void exchangeWithTheOldU32LocIdEndingAfterName() {
    byte[] data = cut("exchange", 163 - 4 - 64);
    data[66] = 0x13; // old loc_id 4627 as u32 LE: 13 12 00 00
    data[67] = 0x12;
    data[68] = 0;
    data[69] = 0;
    Exchange old = Exchange.decode(data);
    assertThat(old.bgpCommunity()).isEqualTo(4627);
    assertThat(old.unused()).isZero();
    assertThat(old.name()).isEqualTo("Amsterdam IX");
    assertThat(old.referenceCount()).isZero();
    assertThat(old.device1Pk()).isEqualTo(PublicKey.DEFAULT);
    assertThat(old.device2Pk()).isEqualTo(PublicKey.DEFAULT);
  }

  @Test
  void contributorOf63BytesHasNoOpsManager() {
    Contributor old = Contributor.decode(cut("contributor", 63));
    assertThat(old.referenceCount()).isEqualTo(7);
    assertThat(old.opsManagerPk()).isEqualTo(PublicKey.DEFAULT);
  }

  @Test
  void deviceEndingAfterMaxUsersIsPendingHealth() {
    Device old = Device.decode(cut("device", 295));
    assertThat(old.maxUsers()).isEqualTo(100);
    assertThat(old.interfaces()).hasSize(2);
    assertThat(old.deviceHealth()).isEqualTo(DeviceHealth.PENDING);
    assertThat(old.desiredStatus()).isEqualTo(DeviceDesiredStatus.PENDING);
    assertThat(old.unicastUsersCount()).isZero();
    assertThat(old.maxMulticastPublishers()).isZero();
  }

  @Test
  void deviceOfTheOldestLayoutEndsAfterContributor() {
    Device old = Device.decode(cut("device", 200));
    assertThat(old.mgmtVrf()).isEmpty();
    assertThat(old.interfaces()).isEmpty();
    assertThat(old.deviceHealth()).isEqualTo(DeviceHealth.PENDING);
  }

  @Test
  void linkEndingAfterSideZIfaceNameIsPendingHealth() {
    Link old = Link.decode(cut("link", 230 - 10));
    assertThat(old.sideZIfaceName()).isEqualTo("Ethernet2");
    assertThat(old.delayOverrideNs()).isZero();
    assertThat(old.linkHealth()).isEqualTo(LinkHealth.PENDING);
    assertThat(old.desiredStatus()).isEqualTo(LinkDesiredStatus.PENDING);
  }

  @Test
  void linkOfTheOldestLayoutEndsAfterCode() {
    Link full = Link.decode(Fixtures.bin("link"));
    Link old = Link.decode(cut("link", 151 + 4 + full.code().length()));
    assertThat(old.code()).isEqualTo("ams-fra");
    assertThat(old.linkType()).isEqualTo(LinkLinkType.WAN);
    assertThat(old.contributorPk()).isEqualTo(PublicKey.DEFAULT);
    assertThat(old.sideAIfaceName()).isEmpty();
    assertThat(old.linkHealth()).isEqualTo(LinkHealth.PENDING);
  }

  @Test
  void linkEndingBeforeLinkTypeIsRefused() {
    assertThatThrownBy(() -> Link.decode(cut("link", 114)))
        .isInstanceOf(DecodeException.class)
        .hasMessage("Link.link_type at offset 114: account ends before required field");
  }

  @Test
  void userWithoutTunnelEndpoint() {
    User old = User.decode(cut("user", 236));
    assertThat(old.validatorPubkey())
        .isEqualTo(User.decode(Fixtures.bin("user")).validatorPubkey());
    assertThat(old.tunnelEndpoint()).isEqualTo(Ipv4Address.UNSPECIFIED);
  }

  @Test
  void multicastGroupWithEightTrailingBytesIgnoresThem() {
    byte[] fixture = Fixtures.bin("multicast_group");
    byte[] longer = Arrays.copyOf(fixture, fixture.length + 8);
    MulticastGroup g = MulticastGroup.decode(longer);
    assertThat(g).isEqualTo(MulticastGroup.decode(fixture));
    assertThat(g.encode()).isEqualTo(fixture);
  }

  @Test
  void accessPassEndingAfterStatusOrAfterFlags() {
    byte[] fixture = Fixtures.bin("access_pass_validator");
    AccessPass full = AccessPass.decode(fixture);
    int afterStatus = 1 + 32 + 1 + 33 + 4 + 32 + 8 + 2 + 1;
    AccessPass noLists = AccessPass.decode(Arrays.copyOf(fixture, afterStatus));
    assertThat(noLists.accesspassType()).isEqualTo(full.accesspassType());
    assertThat(noLists.status()).isEqualTo(AccessPassStatus.CONNECTED);
    assertThat(noLists.mgroupPubAllowlist()).isEmpty();
    assertThat(noLists.mgroupSubAllowlist()).isEmpty();
    assertThat(noLists.flags()).isZero();
    assertThat(noLists.tenantAllowlist()).isEmpty();

    AccessPass noTenants = AccessPass.decode(Arrays.copyOf(fixture, fixture.length - 4));
    assertThat(noTenants.flags()).isEqualTo(3);
    assertThat(noTenants.tenantAllowlist()).isEmpty();
  }

  @Test
  void tenantWithoutBillingGetsTheDefault() {
    Tenant old = Tenant.decode(cut("tenant", 136 - 17));
    assertThat(old.routeLiveness()).isFalse();
    assertThat(old.billing()).isEqualTo(TenantBillingConfig.DEFAULT);
  }
}
