package doublezero.sdk.serviceability.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import doublezero.testkit.ReferenceData;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/// Enum numbering and strings (reference `serviceability-state.md` §5, §10; `enum_strings.json`).
class EnumTest {
  private static final String ENUM_STRINGS = "sdk/serviceability/testdata/enum_strings.json";

  private record E(Class<? extends Enum<?>> type, IntFunction<WireEnum> fromWire) {}

  /// enum_strings.json key → our enum, for the enums numbered alike in the SDK and the program.
  private static final Map<String, E> SAME_NUMBERING =
      Map.ofEntries(
          Map.entry("LocationStatus", new E(LocationStatus.class, LocationStatus::fromWire)),
          Map.entry("ExchangeStatus", new E(ExchangeStatus.class, ExchangeStatus::fromWire)),
          Map.entry("DeviceDeviceType", new E(DeviceType.class, DeviceType::fromWire)),
          Map.entry("DeviceHealth", new E(DeviceHealth.class, DeviceHealth::fromWire)),
          Map.entry(
              "DeviceDesiredStatus",
              new E(DeviceDesiredStatus.class, DeviceDesiredStatus::fromWire)),
          Map.entry("InterfaceStatus", new E(InterfaceStatus.class, InterfaceStatus::fromWire)),
          Map.entry("InterfaceType", new E(InterfaceType.class, InterfaceType::fromWire)),
          Map.entry("LoopbackType", new E(LoopbackType.class, LoopbackType::fromWire)),
          Map.entry("LinkLinkType", new E(LinkLinkType.class, LinkLinkType::fromWire)),
          Map.entry("LinkStatus", new E(LinkStatus.class, LinkStatus::fromWire)),
          Map.entry("LinkHealth", new E(LinkHealth.class, LinkHealth::fromWire)),
          Map.entry(
              "LinkDesiredStatus", new E(LinkDesiredStatus.class, LinkDesiredStatus::fromWire)),
          Map.entry(
              "ContributorStatus", new E(ContributorStatus.class, ContributorStatus::fromWire)),
          Map.entry("UserUserType", new E(UserType.class, UserType::fromWire)),
          Map.entry("CyoaType", new E(UserCyoa.class, UserCyoa::fromWire)),
          Map.entry("UserStatus", new E(UserStatus.class, UserStatus::fromWire)),
          Map.entry(
              "MulticastGroupStatus",
              new E(MulticastGroupStatus.class, MulticastGroupStatus::fromWire)),
          Map.entry("AccessPassStatus", new E(AccessPassStatus.class, AccessPassStatus::fromWire)),
          Map.entry(
              "TenantPaymentStatus",
              new E(TenantPaymentStatus.class, TenantPaymentStatus::fromWire)));

  /// SDK entries with no Rust variant at all (checked to be unknown to us).
  private static final Set<String> SDK_ONLY = Set.of("LoopbackType:4");

  private static JsonNode enumStrings() throws Exception {
    return new ObjectMapper().readTree(ReferenceData.text(ENUM_STRINGS));
  }

  @Test
  void displayStringsEqualEnumStringsJsonWhereTheNumberingAgrees() throws Exception {
    JsonNode json = enumStrings();
    Set<String> keys = new HashSet<>();
    json.fieldNames().forEachRemaining(keys::add);
    assertThat(keys)
        .containsAll(SAME_NUMBERING.keySet())
        .contains("DeviceStatus", "AccessPassTypeTag");
    int checked = 0;
    for (var entry : SAME_NUMBERING.entrySet()) {
      JsonNode table = json.get(entry.getKey());
      for (Iterator<String> it = table.fieldNames(); it.hasNext(); ) {
        String d = it.next();
        if (d.equals("99")) {
          assertThat(entry.getValue().fromWire().apply(99)).as(entry.getKey() + " 99").isNull();
          continue;
        }
        WireEnum e = entry.getValue().fromWire().apply(Integer.parseInt(d));
        if (SDK_ONLY.contains(entry.getKey() + ":" + d)) {
          assertThat(e).as(entry.getKey() + " " + d + " has no Rust variant").isNull();
          continue;
        }
        assertThat(e).as(entry.getKey() + " " + d).isNotNull();
        assertThat(e.toString()).as(entry.getKey() + " " + d).isEqualTo(table.get(d).asText());
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(80);
  }

  @Test
  void deviceStatusFollowsTheProgramNumberingNotTheSdkStrings() throws Exception {
    assertThat(DeviceStatus.fromWire(2)).as("2 (old Suspended) is unused in the program").isNull();
    assertThat(List.of(0, 1, 3, 4, 5, 6, 7).stream().map(DeviceStatus::fromWire).toList())
        .containsExactly(
            DeviceStatus.PENDING,
            DeviceStatus.ACTIVATED,
            DeviceStatus.DELETING,
            DeviceStatus.REJECTED,
            DeviceStatus.DRAINED,
            DeviceStatus.DEVICE_PROVISIONING,
            DeviceStatus.LINK_PROVISIONING);
    // The SDK names are right, only their numbers are off by one from 2 on: each SDK string n is
    // our variant n+1.
    JsonNode sdk = enumStrings().get("DeviceStatus");
    for (int n = 2; n <= 6; n++) {
      assertThat(DeviceStatus.fromWire(n + 1).toString())
          .isEqualTo(sdk.get(String.valueOf(n)).asText());
    }
    assertThat(DeviceStatus.DELETING.rustDisplay()).isEqualTo("deleting");
  }

  @Test
  void accessPassTypeFollowsTheProgramNumberingNotTheSdkStrings() throws Exception {
    JsonNode sdk = enumStrings().get("AccessPassTypeTag");
    for (int n = 0; n <= 2; n++) {
      assertThat(AccessPassTypeTag.fromWire(n).toString())
          .isEqualTo(sdk.get(String.valueOf(n)).asText());
    }
    assertThat(AccessPassTypeTag.fromWire(3))
        .as("3 is Others in the program")
        .isEqualTo(AccessPassTypeTag.OTHERS);
    assertThat(AccessPassTypeTag.OTHERS.toString()).isEqualTo(sdk.get("5").asText());
    assertThat(AccessPassTypeTag.fromWire(4)).isNull();
    assertThat(AccessPassTypeTag.fromWire(5)).isNull();
  }

  @Test
  void rustDisplayStringsWhereTheyDifferFromTheSdk() {
    assertThat(DeviceHealth.READY_FOR_USERS.rustDisplay()).isEqualTo("ready-for-users");
    assertThat(DeviceHealth.READY_FOR_USERS.toString()).isEqualTo("ready_for_users");
    assertThat(LinkHealth.READY_FOR_SERVICE.rustDisplay()).isEqualTo("ready-for-service");
    assertThat(InterfaceStatus.REJECTED.rustDisplay()).isEqualTo("rejected");
    assertThat(UserStatus.PENDING_BAN.rustDisplay()).isEqualTo("pending ban");
    assertThat(UserStatus.SUSPENDED_DEPRECATED.rustDisplay()).isEqualTo("suspended");
    assertThat(UserType.IBRL_WITH_ALLOCATED_IP.rustDisplay()).isEqualTo("IBRLWithAllocatedIP");
    assertThat(UserCyoa.GRE_OVER_DIA.rustDisplay()).isEqualTo("GREOverDIA");
    assertThat(TenantPaymentStatus.PAID.rustDisplay()).isEqualTo("Paid");
    assertThat(AccountType.LINK.rustDisplay()).isEqualTo("tunnel");
    assertThat(AccountType.GLOBAL_CONFIG.toString()).isEqualTo("config");
    assertThat(FeatureFlag.ON_CHAIN_ALLOCATION.toString()).isEqualTo("onchain-allocation");
    assertThat(LinkLinkType.DZX.wireValue()).isEqualTo(127);
    assertThat(DeviceDesiredStatus.DRAINED.wireValue()).isEqualTo(6);
  }

  @Test
  void everyEnumRoundTripsThroughItsWireValueAndHasDistinctValues() {
    List<IntFunction<WireEnum>> all =
        List.of(
            LocationStatus::fromWire,
            ExchangeStatus::fromWire,
            ContributorStatus::fromWire,
            DeviceType::fromWire,
            DeviceStatus::fromWire,
            DeviceHealth::fromWire,
            DeviceDesiredStatus::fromWire,
            InterfaceStatus::fromWire,
            InterfaceType::fromWire,
            LoopbackType::fromWire,
            InterfaceCyoa::fromWire,
            InterfaceDia::fromWire,
            RoutingMode::fromWire,
            LinkLinkType::fromWire,
            LinkStatus::fromWire,
            LinkDesiredStatus::fromWire,
            LinkHealth::fromWire,
            UserType::fromWire,
            UserCyoa::fromWire,
            UserStatus::fromWire,
            MulticastGroupStatus::fromWire,
            AccessPassStatus::fromWire,
            TenantPaymentStatus::fromWire,
            PermissionStatus::fromWire,
            AccessPassTypeTag::fromWire,
            AccountType::fromWire,
            FeatureFlag::fromWire,
            PermissionFlag::fromWire);
    for (IntFunction<WireEnum> from : all) {
      int found = 0;
      for (int b = 0; b < 256; b++) {
        WireEnum e = from.apply(b);
        if (e != null) {
          assertThat(e.wireValue()).isEqualTo(b);
          assertThat(e.variantName()).isNotBlank();
          found++;
        }
      }
      assertThat(found)
          .isEqualTo(((Enum<?>) firstOf(from)).getDeclaringClass().getEnumConstants().length);
    }
  }

  private static WireEnum firstOf(IntFunction<WireEnum> from) {
    for (int b = 0; b < 256; b++) {
      if (from.apply(b) != null) {
        return from.apply(b);
      }
    }
    throw new AssertionError("no variant");
  }

  @Test
  void defaultsAreTheRustDefaults() {
    assertThat(DeviceHealth.defaultVariant()).isEqualTo(DeviceHealth.PENDING);
    assertThat(LinkHealth.defaultVariant()).isEqualTo(LinkHealth.PENDING);
    assertThat(LinkLinkType.defaultVariant()).isEqualTo(LinkLinkType.WAN);
    assertThat(InterfaceStatus.defaultVariant()).isEqualTo(InterfaceStatus.INVALID);
    assertThat(UserStatus.defaultVariant()).isEqualTo(UserStatus.PENDING);
  }

  @Test
  void featureFlagsSetAndClearBits() {
    FeatureFlags f = FeatureFlags.of(FeatureFlag.REQUIRE_PERMISSION_ACCOUNTS);
    assertThat(f.bits().low()).isEqualTo(2);
    assertThat(f.isSet(FeatureFlag.REQUIRE_PERMISSION_ACCOUNTS)).isTrue();
    assertThat(f.isSet(FeatureFlag.ON_CHAIN_ALLOCATION)).isFalse();
    assertThat(f.with(FeatureFlag.ON_CHAIN_ALLOCATION).flags())
        .containsExactlyInAnyOrder(FeatureFlag.values());
    assertThat(f.without(FeatureFlag.REQUIRE_PERMISSION_ACCOUNTS)).isEqualTo(FeatureFlags.NONE);
    assertThat(FeatureFlag.parse("require-permission-accounts"))
        .isEqualTo(FeatureFlag.REQUIRE_PERMISSION_ACCOUNTS);
    assertThat(
            PermissionFlag.maskOf(PermissionFlag.FOUNDATION, PermissionFlag.CONTRIBUTOR_ADMIN)
                .low())
        .isEqualTo(1L | (1L << 14));
  }
}
