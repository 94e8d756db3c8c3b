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
import java.nio.charset.StandardCharsets;
import java.util.List;

/// A GeoProbe account (type 2; `reference/telemetry-geolocation.md` §D.4,
/// `src/state/geo_probe.rs`): a probe server near an Exchange, measured by its parent devices. Size
/// `115 + C + 32·P` bytes.
///
/// The program decodes it with strict Borsh `deserialize`: every field must be present, but bytes
/// after `parent_devices` are ignored (not `from_slice`); then the type byte must be `GeoProbe`.
/// Same here. Like the program's decoder, this one does not enforce the code length or the parent
/// cap (the Go SDK does).
///
/// @param owner the payer that created it
/// @param exchangePk the serviceability Exchange it serves
/// @param publicIp its public IPv4 address
/// @param locationOffsetPort UDP port of its offset listener (u16, usually 8923)
/// @param metricsPublisherPk the probe's signing key
/// @param referenceCount references from other accounts (u32); must be 0 to delete
/// @param code unique code, also the PDA seed (1..32 bytes when created by the program)
/// @param parentDevices Device accounts that measure it (at most [#MAX_PARENT_DEVICES] via the
///   program)
public record GeoProbe(
    PublicKey owner,
    PublicKey exchangePk,
    Ipv4Address publicIp,
    int locationOffsetPort,
    PublicKey metricsPublisherPk,
    long referenceCount,
    String code,
    List<PublicKey> parentDevices)
    implements GeolocationAccount {

  /// Most parent devices the program lets a probe have (`MAX_PARENT_DEVICES`).
  public static final int MAX_PARENT_DEVICES = 5;

  /// Longest code in bytes the program accepts.
  public static final int MAX_CODE_LENGTH = 32;

  private static final String TYPE = "GeoProbe";

  /// Copies the list.
  ///
  /// @throws NullPointerException for a null component
  /// @throws IllegalArgumentException when the port is not a u16 or the count not a u32
  public GeoProbe {
    requireNonNull(owner, "owner");
    requireNonNull(exchangePk, "exchangePk");
    requireNonNull(publicIp, "publicIp");
    requireNonNull(metricsPublisherPk, "metricsPublisherPk");
    requireNonNull(code, "code");
    parentDevices = List.copyOf(parentDevices);
    if (locationOffsetPort < 0 || locationOffsetPort > 0xFFFF) {
      throw new IllegalArgumentException(
          "location_offset_port is not a u16: " + locationOffsetPort);
    }
    if (referenceCount < 0 || referenceCount > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("reference_count is not a u32: " + referenceCount);
    }
  }

  /// @return [GeolocationAccountType#GEO_PROBE]
  @Override
  public GeolocationAccountType accountType() {
    return GeolocationAccountType.GEO_PROBE;
  }

  /// @param data the account data
  /// @return the probe
  /// @throws DecodeException when the type is not `GeoProbe`, a field is missing or partial, or the
  ///   code is not UTF-8
  public static GeoProbe decode(byte[] data) {
    BorshReader r = BorshReader.strict(data, TYPE);
    GeolocationAccounts.expect(r, GeolocationAccountType.GEO_PROBE);
    PublicKey owner = r.publicKey("owner");
    PublicKey exchange = r.publicKey("exchange_pk");
    Ipv4Address ip = r.ipv4("public_ip");
    int port = r.u16("location_offset_port");
    PublicKey publisher = r.publicKey("metrics_publisher_pk");
    long refs = r.u32("reference_count");
    String code = r.string("code");
    List<PublicKey> parents = r.vec("parent_devices", e -> e.publicKey("parent_devices"));
    return new GeoProbe(owner, exchange, ip, port, publisher, refs, code, parents);
  }

  /// @return the account bytes, `115 + C + 32·P`
  @Override
  public byte[] encode() {
    BorshWriter w =
        new BorshWriter(
            115 + code.getBytes(StandardCharsets.UTF_8).length + 32 * parentDevices.size());
    return w.u8(accountType().wireValue())
        .publicKey(owner)
        .publicKey(exchangePk)
        .ipv4(publicIp)
        .u16(locationOffsetPort)
        .publicKey(metricsPublisherPk)
        .u32(referenceCount)
        .string(code)
        .vec(parentDevices, BorshWriter::publicKey)
        .toByteArray();
  }

  /// @return the fields in wire order, Rust names
  @Override
  public List<Field> fields() {
    return new FieldsBuilder()
        .variant("account_type", accountType().variantName(), accountType().wireValue())
        .key("owner", owner)
        .key("exchange_pk", exchangePk)
        .ip("public_ip", publicIp)
        .u16("location_offset_port", locationOffsetPort)
        .key("metrics_publisher_pk", metricsPublisherPk)
        .u32("reference_count", referenceCount)
        .text("code", code)
        .list("parent_devices", parentDevices, FieldValue.Key::new)
        .build();
  }
}
