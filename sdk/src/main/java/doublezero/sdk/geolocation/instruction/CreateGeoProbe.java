package doublezero.sdk.geolocation.instruction;

import doublezero.sdk.fields.Field;
import doublezero.sdk.fields.FieldsBuilder;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.List;
import java.util.Objects;

/// Tag 2: create a GeoProbe PDA. Data `02` + code String + public_ip 4 octets +
/// location_offset_port u16 + metrics_publisher_pk 32 bytes (`reference/telemetry-geolocation.md`
/// §D.6). On-chain: code 1..32 bytes of alphanumerics, `:`, `_`, `-`; a publicly routable IP.
///
/// @param code probe code (PDA seed)
/// @param publicIp the probe's public IPv4
/// @param locationOffsetPort its offset listener port (u16)
/// @param metricsPublisherPk its signing key
public record CreateGeoProbe(
    String code, Ipv4Address publicIp, int locationOffsetPort, PublicKey metricsPublisherPk)
    implements GeolocationInstruction {
  /// @throws NullPointerException for a null component
  /// @throws IllegalArgumentException when the port is not a u16
  public CreateGeoProbe {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(publicIp, "publicIp");
    Objects.requireNonNull(metricsPublisherPk, "metricsPublisherPk");
    if (locationOffsetPort < 0 || locationOffsetPort > 0xFFFF) {
      throw new IllegalArgumentException(
          "location_offset_port is not a u16: " + locationOffsetPort);
    }
  }

  /// @return [GeolocationInstructionTag#CREATE_GEO_PROBE]
  @Override
  public GeolocationInstructionTag tag() {
    return GeolocationInstructionTag.CREATE_GEO_PROBE;
  }

  /// @param programId the geolocation program
  /// @param accounts the accounts
  /// @return the instruction (the payer should also pay the fee)
  public Instruction toInstruction(PublicKey programId, CreateGeoProbeAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }

  /// @return the arguments, Rust names
  @Override
  public List<Field> fields() {
    return new FieldsBuilder()
        .text("code", code)
        .ip("public_ip", publicIp)
        .u16("location_offset_port", locationOffsetPort)
        .key("metrics_publisher_pk", metricsPublisherPk)
        .build();
  }
}
