package doublezero.sdk.serviceability.pda;

import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.ProgramDerivedAddress;
import doublezero.sdk.solana.key.PublicKey;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/// Program-derived addresses of the serviceability program's accounts (reference `SVC/seeds.rs`,
/// `SVC/pda.rs`; `serviceability-state.md` §6.1, `serviceability-instructions.md` §0.5).
///
/// Every seed list starts with `"doublezero"`. Indexes of index-seeded accounts are u128
/// little-endian (16 bytes); resource-extension indexes are u64 little-endian (8 bytes). Each
/// method runs `find_program_address` and returns the address with its bump. All methods throw
/// [NullPointerException] for null arguments.
public final class ServiceabilityPdas {
  private static final byte[] PREFIX = bytes("doublezero");

  private ServiceabilityPdas() {}

  /// @param programId the serviceability program
  /// @return PDA(`"globalstate"`)
  public static ProgramDerivedAddress globalState(PublicKey programId) {
    return find(programId, bytes("globalstate"));
  }

  /// @param programId the serviceability program
  /// @return PDA(`"config"`), the GlobalConfig account
  public static ProgramDerivedAddress globalConfig(PublicKey programId) {
    return find(programId, bytes("config"));
  }

  /// @param programId the serviceability program
  /// @return PDA(`"programconfig"`)
  public static ProgramDerivedAddress programConfig(PublicKey programId) {
    return find(programId, bytes("programconfig"));
  }

  /// @param programId the serviceability program
  /// @param index the location's index (GlobalState.account_index + 1 at creation)
  /// @return PDA(`"location"`, index u128 LE)
  public static ProgramDerivedAddress location(PublicKey programId, U128 index) {
    return find(programId, bytes("location"), u128(index));
  }

  /// @param programId the serviceability program
  /// @param index the exchange's index
  /// @return PDA(`"exchange"`, index u128 LE)
  public static ProgramDerivedAddress exchange(PublicKey programId, U128 index) {
    return find(programId, bytes("exchange"), u128(index));
  }

  /// @param programId the serviceability program
  /// @param index the device's index
  /// @return PDA(`"device"`, index u128 LE)
  public static ProgramDerivedAddress device(PublicKey programId, U128 index) {
    return find(programId, bytes("device"), u128(index));
  }

  /// @param programId the serviceability program
  /// @param index the link's index
  /// @return PDA(`"link"`, index u128 LE)
  public static ProgramDerivedAddress link(PublicKey programId, U128 index) {
    return find(programId, bytes("link"), u128(index));
  }

  /// @param programId the serviceability program
  /// @param index the multicast group's index
  /// @return PDA(`"multicast"`, index u128 LE)
  public static ProgramDerivedAddress multicastGroup(PublicKey programId, U128 index) {
    return find(programId, bytes("multicast"), u128(index));
  }

  /// @param programId the serviceability program
  /// @param index the contributor's index
  /// @return PDA(`"contributor"`, index u128 LE)
  public static ProgramDerivedAddress contributor(PublicKey programId, U128 index) {
    return find(programId, bytes("contributor"), u128(index));
  }

  /// The legacy (V1) user address, seeded by index; still accepted by CreateUser (§3.8 step 5).
  ///
  /// @param programId the serviceability program
  /// @param index the user's index
  /// @return PDA(`"user"`, index u128 LE)
  public static ProgramDerivedAddress userV1(PublicKey programId, U128 index) {
    return find(programId, bytes("user"), u128(index));
  }

  /// The current (V2) user address.
  ///
  /// @param programId the serviceability program
  /// @param clientIp the user's client IP
  /// @param userTypeWire the `UserType` wire value (0 IBRL, 1 IBRLWithAllocatedIP, 2 EdgeFiltering,
  ///   3 Multicast)
  /// @return PDA(`"user"`, client_ip 4 octets, `[user_type]`)
  /// @throws IllegalArgumentException when `userTypeWire` is not 0..255
  public static ProgramDerivedAddress userV2(
      PublicKey programId, Ipv4Address clientIp, int userTypeWire) {
    if (userTypeWire < 0 || userTypeWire > 255) {
      throw new IllegalArgumentException("user type wire value must be a u8, got " + userTypeWire);
    }
    return find(programId, bytes("user"), clientIp.octets(), new byte[] {(byte) userTypeWire});
  }

  /// The current (V2) user address.
  ///
  /// @param programId the serviceability program
  /// @param clientIp the user's client IP
  /// @param userType the user's type (its wire byte is the last seed)
  /// @return PDA(`"user"`, client_ip 4 octets, `[user_type]`)
  public static ProgramDerivedAddress userV2(
      PublicKey programId, Ipv4Address clientIp, UserType userType) {
    return userV2(programId, clientIp, userType.wireValue());
  }

  /// @param programId the serviceability program
  /// @param clientIp the pass's client IP (0.0.0.0 for a dynamic pass)
  /// @param userPayer the wallet that will sign CreateUser
  /// @return PDA(`"accesspass"`, client_ip 4 octets, user_payer 32 bytes)
  public static ProgramDerivedAddress accessPass(
      PublicKey programId, Ipv4Address clientIp, PublicKey userPayer) {
    return find(programId, bytes("accesspass"), clientIp.octets(), userPayer.toBytes());
  }

  /// @param programId the serviceability program
  /// @param code the tenant code, case preserved, at most 32 UTF-8 bytes
  /// @return PDA(`"tenant"`, code bytes)
  /// @throws IllegalArgumentException when the code is longer than 32 bytes (a seed's maximum)
  public static ProgramDerivedAddress tenant(PublicKey programId, String code) {
    byte[] raw = bytes(code);
    if (raw.length > 32) {
      throw new IllegalArgumentException(
          "tenant code is " + raw.length + " bytes; a seed holds at most 32");
    }
    return find(programId, bytes("tenant"), raw);
  }

  /// @param programId the serviceability program
  /// @param device the device the seats are reserved on
  /// @param owner the reserving payer
  /// @return PDA(`"reservation"`, device 32 bytes, owner 32 bytes)
  public static ProgramDerivedAddress reservation(
      PublicKey programId, PublicKey device, PublicKey owner) {
    return find(programId, bytes("reservation"), device.toBytes(), owner.toBytes());
  }

  /// @param programId the serviceability program
  /// @param userPayer the key the permission is granted to
  /// @return PDA(`"permission"`, user_payer 32 bytes)
  public static ProgramDerivedAddress permission(PublicKey programId, PublicKey userPayer) {
    return find(programId, bytes("permission"), userPayer.toBytes());
  }

  /// @param programId the serviceability program
  /// @return the global DeviceTunnelBlock resource, PDA(`"devicetunnelblock"`)
  public static ProgramDerivedAddress deviceTunnelBlock(PublicKey programId) {
    return find(programId, bytes("devicetunnelblock"));
  }

  /// @param programId the serviceability program
  /// @return the global UserTunnelBlock resource, PDA(`"usertunnelblock"`)
  public static ProgramDerivedAddress userTunnelBlock(PublicKey programId) {
    return find(programId, bytes("usertunnelblock"));
  }

  /// @param programId the serviceability program
  /// @return the global MulticastGroupBlock resource, PDA(`"multicastgroupblock"`)
  public static ProgramDerivedAddress multicastGroupBlock(PublicKey programId) {
    return find(programId, bytes("multicastgroupblock"));
  }

  /// @param programId the serviceability program
  /// @return the global MulticastPublisherBlock resource, PDA(`"multicastpublisherblock"`)
  public static ProgramDerivedAddress multicastPublisherBlock(PublicKey programId) {
    return find(programId, bytes("multicastpublisherblock"));
  }

  /// @param programId the serviceability program
  /// @return the global LinkIds resource, PDA(`"linkids"`)
  public static ProgramDerivedAddress linkIds(PublicKey programId) {
    return find(programId, bytes("linkids"));
  }

  /// @param programId the serviceability program
  /// @return the global SegmentRoutingIds resource, PDA(`"segmentroutingids"`)
  public static ProgramDerivedAddress segmentRoutingIds(PublicKey programId) {
    return find(programId, bytes("segmentroutingids"));
  }

  /// @param programId the serviceability program
  /// @return the global VrfIds resource, PDA(`"vrfids"`)
  public static ProgramDerivedAddress vrfIds(PublicKey programId) {
    return find(programId, bytes("vrfids"));
  }

  /// @param programId the serviceability program
  /// @param device the device whose dz_prefixes the block carves
  /// @param index the position in `device.dz_prefixes` (u64)
  /// @return PDA(`"dzprefixblock"`, device 32 bytes, index u64 LE)
  public static ProgramDerivedAddress dzPrefixBlock(
      PublicKey programId, PublicKey device, long index) {
    return PublicKey.findProgramAddress(
        dzPrefixBlockSeeds(device, index), Objects.requireNonNull(programId));
  }

  /// The seeds of [#dzPrefixBlock] without a bump, for a program that signs with another account's
  /// key in the device's place (the reference's `create_resource` takes the associated account's
  /// key).
  ///
  /// @return `"doublezero"`, `"dzprefixblock"`, device 32 bytes, index u64 LE
  public static List<byte[]> dzPrefixBlockSeeds(PublicKey device, long index) {
    return List.of(PREFIX, bytes("dzprefixblock"), device.toBytes(), u64(index));
  }

  /// @param programId the serviceability program
  /// @param device the device whose tunnel ids the resource hands out
  /// @param index always 0 in the reference flows (u64)
  /// @return PDA(`"tunnelids"`, device 32 bytes, index u64 LE)
  public static ProgramDerivedAddress tunnelIds(PublicKey programId, PublicKey device, long index) {
    return PublicKey.findProgramAddress(
        tunnelIdsSeeds(device, index), Objects.requireNonNull(programId));
  }

  /// The seeds of [#tunnelIds] without a bump (see [#dzPrefixBlockSeeds]).
  ///
  /// @return `"doublezero"`, `"tunnelids"`, device 32 bytes, index u64 LE
  public static List<byte[]> tunnelIdsSeeds(PublicKey device, long index) {
    return List.of(PREFIX, bytes("tunnelids"), device.toBytes(), u64(index));
  }

  private static ProgramDerivedAddress find(PublicKey programId, byte[]... seeds) {
    Objects.requireNonNull(programId, "programId");
    List<byte[]> all = new ArrayList<>(seeds.length + 1);
    all.add(PREFIX);
    all.addAll(List.of(seeds));
    return PublicKey.findProgramAddress(all, programId);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] u128(U128 v) {
    byte[] out = new byte[16];
    System.arraycopy(u64(v.low()), 0, out, 0, 8);
    System.arraycopy(u64(v.high()), 0, out, 8, 8);
    return out;
  }

  private static byte[] u64(long v) {
    byte[] out = new byte[8];
    for (int i = 0; i < 8; i++) {
      out[i] = (byte) (v >>> (8 * i));
    }
    return out;
  }
}
