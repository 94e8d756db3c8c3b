package doublezero.sdk.serviceability.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.net.Ipv4Address;
import org.junit.jupiter.api.Test;

/// Bad bytes are refused with a [DecodeException] naming type, field and offset
/// (docs/conventions.md; unlike the program, which maps an unknown enum byte to the default
/// variant, reference `serviceability-state.md` §2.2).
class DecodeErrorTest {

  private static byte[] with(String fixture, int offset, int value) {
    byte[] data = Fixtures.bin(fixture);
    data[offset] = (byte) value;
    return data;
  }

  @Test
  void unknownEnumByteNamesTheField() {
    assertThatThrownBy(() -> Device.decode(with("device", 114, 9)))
        .isInstanceOfSatisfying(
            DecodeException.class,
            e -> {
              assertThat(e.type()).isEqualTo("Device");
              assertThat(e.field()).isEqualTo("device_type");
              assertThat(e.offset()).isEqualTo(114);
            });
    assertThatThrownBy(() -> Device.decode(with("device", 119, 2)))
        .isInstanceOfSatisfying(
            DecodeException.class, e -> assertThat(e.field()).isEqualTo("status"));
    assertThatThrownBy(() -> Link.decode(with("link", 114, 0)))
        .isInstanceOfSatisfying(
            DecodeException.class, e -> assertThat(e.field()).isEqualTo("link_type"));
    assertThatThrownBy(() -> Device.decode(with("device", 295, 5)))
        .isInstanceOfSatisfying(
            DecodeException.class, e -> assertThat(e.field()).isEqualTo("device_health"));
  }

  @Test
  void badInterfaceBytesNameTheInterfaceField() {
    assertThatThrownBy(() -> Device.decode(with("device", 212, 2)))
        .isInstanceOfSatisfying(
            DecodeException.class, e -> assertThat(e.field()).isEqualTo("interfaces"));
    assertThatThrownBy(() -> Device.decode(with("device", 213, 7)))
        .isInstanceOfSatisfying(
            DecodeException.class, e -> assertThat(e.field()).isEqualTo("interfaces.status"));
    assertThatThrownBy(() -> Device.decode(with("device", 286, 2)))
        .isInstanceOfSatisfying(
            DecodeException.class,
            e -> assertThat(e.field()).isEqualTo("interfaces.user_tunnel_endpoint"));
  }

  @Test
  void badAccessPassTagAndBadBoolAreRefused() {
    assertThatThrownBy(() -> AccessPass.decode(with("access_pass", 34, 4)))
        .isInstanceOfSatisfying(
            DecodeException.class, e -> assertThat(e.field()).isEqualTo("accesspass_type"));
    byte[] tenant = Fixtures.bin("tenant");
    int metroRouting = tenant.length - 17 - 2;
    assertThatThrownBy(() -> Tenant.decode(with("tenant", metroRouting, 2)))
        .isInstanceOfSatisfying(
            DecodeException.class, e -> assertThat(e.field()).isEqualTo("metro_routing"));
    assertThatThrownBy(() -> Tenant.decode(with("tenant", tenant.length - 17, 1)))
        .isInstanceOfSatisfying(
            DecodeException.class, e -> assertThat(e.field()).isEqualTo("billing"));
  }

  @Test
  void anotherAccountTypeIsRefused() {
    assertThatThrownBy(() -> Device.decode(Fixtures.bin("link")))
        .isInstanceOfSatisfying(
            DecodeException.class,
            e -> {
              assertThat(e.field()).isEqualTo("account_type");
              assertThat(e.getMessage()).contains("found 6");
            });
    assertThatThrownBy(() -> Device.decode(new byte[0])).isInstanceOf(DecodeException.class);
  }

  @Test
  void dispatcherRefusesEmptyDataAndUnknownTypeBytesNamingTheByte() {
    assertThatThrownBy(() -> ServiceabilityAccounts.decode(new byte[0]))
        .isInstanceOf(DecodeException.class);
    assertThatThrownBy(() -> ServiceabilityAccounts.decode(new byte[] {16, 0, 0}))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("16");
    assertThatThrownBy(() -> ServiceabilityAccounts.decode(new byte[] {(byte) 200}))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("200");
    assertThatThrownBy(() -> ServiceabilityAccounts.decode(new byte[] {0, 1}))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("byte 0 (None)");
  }

  @Test
  void dispatcherPicksTheRecordOfTheTypeByte() {
    assertThat(ServiceabilityAccounts.decode(Fixtures.bin("device"))).isInstanceOf(Device.class);
    assertThat(ServiceabilityAccounts.decode(Fixtures.bin("resource_extension_ip")))
        .isInstanceOf(ResourceExtension.class);
    assertThat(ServiceabilityAccounts.decode(Fixtures.bin("program_config")).accountType())
        .isEqualTo(AccountType.PROGRAM_CONFIG);
  }

  @Test
  void resourceExtensionHelpersReadTheBitmap() {
    ResourceExtension id = ResourceExtension.decode(Fixtures.bin("resource_extension_id"));
    assertThat(id.capacity()).isEqualTo(64);
    assertThat(id.allocatedCount()).isEqualTo(5);
    assertThat(id.availableCount()).isEqualTo(59);
    assertThat(id.firstFree()).isEqualTo(5);
    assertThat(id.isAllocated(4)).isTrue();
    assertThat(id.allocatedIndices()).containsExactly(0, 1, 2, 3, 4);
    assertThat(id.idAt(5)).isEqualTo(5);
    ResourceExtension more = id.withAllocated(5, true).withAllocated(0, false);
    assertThat(more.firstFree()).isZero();
    assertThat(more.allocatedCount()).isEqualTo(5);
    assertThat(more.encode()).hasSize(96);

    ResourceExtension ip = ResourceExtension.decode(Fixtures.bin("resource_extension_ip"));
    assertThat(ip.capacity()).isEqualTo(256);
    assertThat(ip.allocatedCount()).isEqualTo(4);
    assertThat(ip.addressAt(ip.firstFree())).isEqualTo(Ipv4Address.parse("10.100.0.4"));
    assertThat(
            ResourceExtension.create(ip.owner(), 1, ip.associatedWith(), ip.allocator()).encode())
        .hasSize(120);
    assertThatThrownBy(
            () ->
                ResourceExtension.decode(
                    java.util.Arrays.copyOf(Fixtures.bin("resource_extension_ip"), 87)))
        .isInstanceOf(DecodeException.class);
  }

  @Test
  void findInterfaceIgnoresCase() {
    Device d = Device.decode(Fixtures.bin("device"));
    assertThat(d.findInterface("ethernet1")).get().extracting(Interface::version).isEqualTo(1);
    assertThat(d.findInterface("LOOPBACK0"))
        .get()
        .extracting(Interface::name)
        .isEqualTo("Loopback0");
    assertThat(d.findInterface("Ethernet9")).isEmpty();
    assertThat(d.interfaces().get(0).toCurrentVersion().mtu()).isEqualTo(1500);
  }
}
