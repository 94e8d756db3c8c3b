package doublezero.sdk.geolocation.state;

import static java.util.Objects.requireNonNull;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.fields.Field;
import doublezero.sdk.fields.FieldValue;
import doublezero.sdk.fields.FieldsBuilder;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;

/// One measurement target of a [GeolocationUser], 71 bytes (`reference/telemetry-geolocation.md`
/// §D.5).
///
/// @param targetType outbound (probe measures an IP) or inbound (target measures the probe)
/// @param ipAddress target IPv4 (meaningful for outbound)
/// @param locationOffsetPort target offset port (u16, meaningful for outbound)
/// @param targetPk target key (meaningful for inbound)
/// @param geoprobePk the GeoProbe account
public record GeolocationTarget(
    GeoLocationTargetType targetType,
    Ipv4Address ipAddress,
    int locationOffsetPort,
    PublicKey targetPk,
    PublicKey geoprobePk) {
  /// Encoded size in bytes.
  public static final int SIZE = 71;

  /// @throws NullPointerException for a null component
  /// @throws IllegalArgumentException when the port is not a u16
  public GeolocationTarget {
    requireNonNull(targetType, "targetType");
    requireNonNull(ipAddress, "ipAddress");
    requireNonNull(targetPk, "targetPk");
    requireNonNull(geoprobePk, "geoprobePk");
    if (locationOffsetPort < 0 || locationOffsetPort > 0xFFFF) {
      throw new IllegalArgumentException(
          "location_offset_port is not a u16: " + locationOffsetPort);
    }
  }

  /// @param r a strict reader
  /// @return the target
  /// @throws DecodeException when a field is missing or the type byte unknown
  static GeolocationTarget read(BorshReader r) {
    GeoLocationTargetType type =
        r.enumU8("targets.target_type", GeoLocationTargetType::fromWire, null);
    Ipv4Address ip = r.ipv4("targets.ip_address");
    int port = r.u16("targets.location_offset_port");
    PublicKey target = r.publicKey("targets.target_pk");
    return new GeolocationTarget(type, ip, port, target, r.publicKey("targets.geoprobe_pk"));
  }

  void write(BorshWriter w) {
    w.u8(targetType.wireValue())
        .ipv4(ipAddress)
        .u16(locationOffsetPort)
        .publicKey(targetPk)
        .publicKey(geoprobePk);
  }

  /// @return the target as a struct value
  FieldValue toFieldValue() {
    List<Field> fields =
        new FieldsBuilder()
            .variant("target_type", targetType.variantName(), targetType.wireValue())
            .ip("ip_address", ipAddress)
            .u16("location_offset_port", locationOffsetPort)
            .key("target_pk", targetPk)
            .key("geoprobe_pk", geoprobePk)
            .build();
    return new FieldValue.Struct("GeolocationTarget", fields);
  }
}
