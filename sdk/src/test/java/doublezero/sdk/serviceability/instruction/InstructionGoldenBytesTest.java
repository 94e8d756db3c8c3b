package doublezero.sdk.serviceability.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.AccessPassType;
import doublezero.sdk.serviceability.state.DeviceDesiredStatus;
import doublezero.sdk.serviceability.state.DeviceType;
import doublezero.sdk.serviceability.state.LinkLinkType;
import doublezero.sdk.serviceability.state.UserCyoa;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.Hex;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/// Instruction bytes written by hand from `serviceability-instructions.md` §0.1 (encodings) and §2
/// (field order), one per argument shape: no arguments, strings + f64 + u32, enums + Ipv4 +
/// NetworkV4List + Option<enum>, u128, usize, Option<Pubkey>, payload enums (AccessPassType,
/// ResourceType, IdOrIp), NetworkV4 + Option<u16>.
class InstructionGoldenBytesTest {
  static final PublicKey K11 = fill(0x11);
  static final PublicKey K22 = fill(0x22);
  static final String H11 = "11".repeat(32);
  static final String H22 = "22".repeat(32);

  static PublicKey fill(int b) {
    byte[] raw = new byte[32];
    java.util.Arrays.fill(raw, (byte) b);
    return PublicKey.of(raw);
  }

  static void golden(ServiceabilityInstruction value, String hex) {
    byte[] expected = Hex.bytes(hex.replace(" ", ""));
    assertThat(Hex.of(value.encode())).isEqualTo(Hex.of(expected));
    assertThat(ServiceabilityInstruction.decode(expected)).isEqualTo(value);
  }

  @Test
  void emptyArguments() {
    golden(new SuspendLocation(), "0c");
    golden(new InitGlobalState(), "01");
    golden(new SuspendDevice(), "18");
    golden(new DeletePermission(), "65");
  }

  @Test
  void stringsFloatsAndU32() {
    golden(
        new CreateLocation("ab", "N", "US", 1.5, -2.0, 7),
        "0a 02000000 6162 01000000 4e 02000000 5553 000000000000f83f 00000000000000c0 07000000");
  }

  @Test
  void enumsIpv4NetworkListAndOptionalEnum() {
    golden(
        new CreateDevice(
            "d1",
            DeviceType.EDGE,
            Ipv4Address.parse("198.51.100.1"),
            List.of(NetworkV4.parse("203.0.113.0/24")),
            K11,
            "",
            Optional.of(DeviceDesiredStatus.DRAINED),
            0),
        "14 02000000 6431 02 c6336401 01000000 cb007100 18 " + H11 + " 00000000 01 06 00");
    golden(
        new CreateUser(
            UserType.IBRL_WITH_ALLOCATED_IP,
            UserCyoa.GRE_OVER_DIA,
            Ipv4Address.parse("1.2.3.4"),
            Ipv4Address.UNSPECIFIED,
            2),
        "24 01 01 01020304 00000000 02");
  }

  @Test
  void linkWithDiscriminant127AndU64s() {
    golden(
        new CreateLink(
            "l",
            LinkLinkType.DZX,
            10_000_000_000L,
            9000,
            10_000,
            20_000,
            "Ethernet1",
            Optional.empty(),
            Optional.empty(),
            true),
        "1c 01000000 6c 7f 00e40b5402000000 28230000 1027000000000000 204e000000000000"
            + " 09000000 45746865726e657431"
            + " 00 00 01");
  }

  @Test
  void u128AndUsize() {
    golden(new SetFeatureFlags(new U128(1, 2)), "5e 0200000000000000 0100000000000000");
    golden(new ActivateDevice(3), "15 0300000000000000");
    golden(
        new CreatePermission(K22, U128.ofUnsigned(0x201)),
        "61 " + H22 + " 0102000000000000 0000000000000000");
  }

  @Test
  void optionalKeysAndU64Max() {
    golden(
        new SetAuthority(Optional.of(K11), Optional.empty(), Optional.empty(), Optional.of(K22)),
        "02 01" + H11 + " 00 00 01" + H22);
    golden(new UpdatePaymentStatus(1, Optional.of(5L)), "5d 01 01 0500000000000000");
  }

  @Test
  void payloadEnums() {
    golden(
        new SetAccessPass(
            new AccessPassType.SolanaValidator(K11), Ipv4Address.UNSPECIFIED, -1L, true),
        "43 01" + H11 + " 00000000 ffffffffffffffff 01");
    golden(
        new AllocateResource(new ResourceType.TunnelIds(K22, 0), Optional.of(new IdOrIp.Id(500))),
        "50 05" + H22 + " 0000000000000000 01 01 f401");
    golden(
        new DeallocateResource(
            ResourceType.Global.VRF_IDS, new IdOrIp.Ip(NetworkV4.parse("10.0.0.2/31"))),
        "52 08 00 0a000002 1f");
    golden(new SetDeviceExchange(2, SetDeviceOption.REMOVE), "41 02 02");
  }

  @Test
  void networksAndOptionalU16() {
    golden(
        new SetGlobalConfig(
            65000,
            65001,
            NetworkV4.parse("10.100.0.0/24"),
            NetworkV4.parse("169.254.0.0/16"),
            NetworkV4.parse("233.84.178.0/24"),
            Optional.empty(),
            NetworkV4.parse("148.51.120.0/21")),
        "03 e8fd0000 e9fd0000 0a640000 18 a9fe0000 10 e954b200 18 00 94337800 15");
    golden(new SetMinVersion(0, 7, 1), "4f 00000000 07000000 01000000");
    golden(new ReserveConnection(3), "5f 0300");
  }

  @Test
  void invalidValuesNameVariantFieldAndOffset() {
    assertThatThrownBy(() -> ServiceabilityInstruction.decode(Hex.bytes("1400000000" + "03")))
        .isInstanceOf(DecodeException.class)
        .hasMessage("CreateDevice.device_type at offset 5: unknown discriminant 3");
    assertThatThrownBy(() -> ServiceabilityInstruction.decode(Hex.bytes("02" + "02")))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining(
            "SetAuthority.activator_authority_pk at offset 1: invalid Option tag 2");
    assertThat(ServiceabilityInstruction.decode(Hex.bytes("2200")))
        .isEqualTo(new DeleteLink(false));
    assertThatThrownBy(() -> ServiceabilityInstruction.decode(Hex.bytes("2202")))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining(
            "DeleteLink.use_onchain_deallocation at offset 1: invalid bool byte 2");
    assertThatThrownBy(() -> ServiceabilityInstruction.decode(Hex.bytes("1d 0100 0a000000 21 00")))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("ActivateLink.tunnel_net")
        .hasMessageContaining("invalid prefix length 33");
    assertThatThrownBy(() -> ServiceabilityInstruction.decode(Hex.bytes("51 09")))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("unknown ResourceType tag 9");
    assertThatThrownBy(() -> ServiceabilityInstruction.decode(Hex.bytes("41 01 03")))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("SetDeviceExchange.set");
  }

  @Test
  void constructorsRejectValuesOutsideTheWireType() {
    assertThatThrownBy(() -> new ReserveConnection(65536))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("count");
    assertThatThrownBy(() -> new CreateLocation("a", "b", "US", Double.NaN, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SetMinVersion(-1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new UpdateLocation(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(1L << 32)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RejectUser(null)).isInstanceOf(NullPointerException.class);
  }
}
