package doublezero.sdk.geolocation.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.fields.HasFields;

/// An instruction of the geolocation program (`reference/telemetry-geolocation.md` §D.6,
/// `src/instructions.rs`).
///
/// Data = the Borsh enum: 1 tag byte + the variant's arguments. The program decodes it with
/// `borsh::from_slice`, i.e. **strictly**: unknown tags, missing or partial arguments, Option tags
/// other than 0/1 and trailing bytes are all `InvalidInstructionData`. [#decode(byte[])] rejects
/// the same inputs with a [DecodeException].
public sealed interface GeolocationInstruction extends HasFields
    permits InitProgramConfig,
        UpdateProgramConfig,
        CreateGeoProbe,
        UpdateGeoProbe,
        DeleteGeoProbe,
        AddParentDevice,
        RemoveParentDevice {

  /// @return this variant's tag
  GeolocationInstructionTag tag();

  /// @return the instruction data
  default byte[] encode() {
    BorshWriter w = new BorshWriter().u8(tag().index());
    switch (this) {
      case InitProgramConfig i -> {}
      case UpdateProgramConfig u -> {
        BorshOption.write(w, u.version(), BorshWriter::u32);
        BorshOption.write(w, u.minCompatibleVersion(), BorshWriter::u32);
      }
      case CreateGeoProbe c ->
          w.string(c.code())
              .ipv4(c.publicIp())
              .u16(c.locationOffsetPort())
              .publicKey(c.metricsPublisherPk());
      case UpdateGeoProbe u -> {
        BorshOption.write(w, u.publicIp(), BorshWriter::ipv4);
        BorshOption.write(w, u.locationOffsetPort(), BorshWriter::u16);
        BorshOption.write(w, u.metricsPublisherPk(), BorshWriter::publicKey);
      }
      case DeleteGeoProbe d -> {}
      case AddParentDevice a -> {}
      case RemoveParentDevice r -> w.publicKey(r.devicePk());
    }
    return w.toByteArray();
  }

  /// @param data instruction data
  /// @return the instruction
  /// @throws DecodeException when the data is empty, the tag unknown, an argument missing or
  ///   invalid, or bytes remain after the arguments
  static GeolocationInstruction decode(byte[] data) {
    if (data.length == 0) {
      throw new DecodeException("GeolocationInstruction", "tag", 0, "empty instruction data");
    }
    GeolocationInstructionTag tag = GeolocationInstructionTag.fromIndex(data[0] & 0xFF);
    if (tag == null) {
      throw new DecodeException(
          "GeolocationInstruction", "tag", 0, "unknown instruction tag " + (data[0] & 0xFF));
    }
    BorshReader r = BorshReader.strict(data, tag.variantName());
    r.u8("tag");
    GeolocationInstruction ix =
        switch (tag) {
          case INIT_PROGRAM_CONFIG -> new InitProgramConfig();
          case UPDATE_PROGRAM_CONFIG -> {
            var version = BorshOption.read(r, "version", x -> x.u32("version"));
            yield new UpdateProgramConfig(
                version,
                BorshOption.read(
                    r, "min_compatible_version", x -> x.u32("min_compatible_version")));
          }
          case CREATE_GEO_PROBE -> {
            String code = r.string("code");
            var ip = r.ipv4("public_ip");
            int port = r.u16("location_offset_port");
            yield new CreateGeoProbe(code, ip, port, r.publicKey("metrics_publisher_pk"));
          }
          case UPDATE_GEO_PROBE -> {
            var ip = BorshOption.read(r, "public_ip", x -> x.ipv4("public_ip"));
            var port =
                BorshOption.read(r, "location_offset_port", x -> x.u16("location_offset_port"));
            yield new UpdateGeoProbe(
                ip,
                port,
                BorshOption.read(
                    r, "metrics_publisher_pk", x -> x.publicKey("metrics_publisher_pk")));
          }
          case DELETE_GEO_PROBE -> new DeleteGeoProbe();
          case ADD_PARENT_DEVICE -> new AddParentDevice();
          case REMOVE_PARENT_DEVICE -> new RemoveParentDevice(r.publicKey("device_pk"));
        };
    r.expectEnd();
    return ix;
  }
}
