package doublezero.sdk.geolocation.instruction;

import doublezero.sdk.fields.Field;
import doublezero.sdk.fields.FieldValue;
import doublezero.sdk.fields.FieldsBuilder;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// Tag 3: change a probe's address, port or signing key. Data `03` + public_ip `Option<[u8;4]>` +
/// location_offset_port `Option<u16>` + metrics_publisher_pk `Option<Pubkey>`
/// (`reference/telemetry-geolocation.md` §D.6).
///
/// @param publicIp new public IPv4, or empty
/// @param locationOffsetPort new port (u16), or empty
/// @param metricsPublisherPk new signing key, or empty
public record UpdateGeoProbe(
    Optional<Ipv4Address> publicIp,
    Optional<Integer> locationOffsetPort,
    Optional<PublicKey> metricsPublisherPk)
    implements GeolocationInstruction {
  /// @throws NullPointerException for a null Optional
  /// @throws IllegalArgumentException when a present port is not a u16
  public UpdateGeoProbe {
    Objects.requireNonNull(publicIp, "publicIp");
    Objects.requireNonNull(metricsPublisherPk, "metricsPublisherPk");
    if (locationOffsetPort.filter(p -> p < 0 || p > 0xFFFF).isPresent()) {
      throw new IllegalArgumentException(
          "location_offset_port is not a u16: " + locationOffsetPort.get());
    }
  }

  /// @return [GeolocationInstructionTag#UPDATE_GEO_PROBE]
  @Override
  public GeolocationInstructionTag tag() {
    return GeolocationInstructionTag.UPDATE_GEO_PROBE;
  }

  /// @param programId the geolocation program
  /// @param accounts the accounts
  /// @return the instruction (the payer should also pay the fee)
  public Instruction toInstruction(PublicKey programId, GeoProbeAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }

  /// @return the arguments, Rust names
  @Override
  public List<Field> fields() {
    return new FieldsBuilder()
        .add("public_ip", GeolocationOptions.value(publicIp, FieldValue.Ip::new))
        .add(
            "location_offset_port",
            GeolocationOptions.value(
                locationOffsetPort,
                v -> new FieldValue.Int(FieldValue.IntType.U16, BigInteger.valueOf(v))))
        .add(
            "metrics_publisher_pk",
            GeolocationOptions.value(metricsPublisherPk, FieldValue.Key::new))
        .build();
  }
}
