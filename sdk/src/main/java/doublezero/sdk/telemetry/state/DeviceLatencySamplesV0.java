package doublezero.sdk.telemetry.state;

import static java.util.Objects.requireNonNull;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.fields.Field;
import doublezero.sdk.fields.FieldsBuilder;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;

/// A legacy `DeviceLatencySamplesV0` account (type 1), read-only: the current layout with a
/// `bump_seed` byte after the type byte, so the header is 350 bytes
/// (`reference/telemetry-geolocation.md` §A.4, Go `smartcontract/sdk/go/telemetry/state_v0.go`).
///
/// The program has no decoder for it; this one follows the Go SDK: header and samples must be
/// present, `next_sample_index` above [TelemetryLimits#MAX_DEVICE_LATENCY_SAMPLES] is an error, and
/// bytes after the last sample are ignored.
///
/// @param bumpSeed the PDA bump seed stored by the old program (u8)
/// @param epoch DZ-ledger epoch
/// @param originDeviceAgentPk the writer key
/// @param originDevicePk origin Device
/// @param targetDevicePk target Device
/// @param originDeviceLocationPk origin Location
/// @param targetDeviceLocationPk target Location
/// @param linkPk the Link
/// @param samplingIntervalMicroseconds interval in µs
/// @param startTimestampMicroseconds first sample time in µs since the UNIX epoch
/// @param unused reserved 128 bytes
/// @param samples RTT samples in µs
public record DeviceLatencySamplesV0(
    int bumpSeed,
    long epoch,
    PublicKey originDeviceAgentPk,
    PublicKey originDevicePk,
    PublicKey targetDevicePk,
    PublicKey originDeviceLocationPk,
    PublicKey targetDeviceLocationPk,
    PublicKey linkPk,
    long samplingIntervalMicroseconds,
    long startTimestampMicroseconds,
    ReservedBytes unused,
    RttSamples samples)
    implements TelemetryAccount {

  private static final String TYPE = "DeviceLatencySamplesV0";

  /// @throws NullPointerException for a null component
  /// @throws IllegalArgumentException when `bumpSeed` is not a u8, `unused` is not 128 bytes, or
  ///   there are more than 35 000 samples
  public DeviceLatencySamplesV0 {
    if (bumpSeed < 0 || bumpSeed > 255) {
      throw new IllegalArgumentException("bump_seed is not a u8: " + bumpSeed);
    }
    requireNonNull(originDeviceAgentPk, "originDeviceAgentPk");
    requireNonNull(originDevicePk, "originDevicePk");
    requireNonNull(targetDevicePk, "targetDevicePk");
    requireNonNull(originDeviceLocationPk, "originDeviceLocationPk");
    requireNonNull(targetDeviceLocationPk, "targetDeviceLocationPk");
    requireNonNull(linkPk, "linkPk");
    SampleSeries.check(unused, samples);
    if (samples.size() > TelemetryLimits.MAX_DEVICE_LATENCY_SAMPLES) {
      throw new IllegalArgumentException("more than 35000 samples: " + samples.size());
    }
  }

  /// @return the number of samples (`next_sample_index`)
  public long nextSampleIndex() {
    return samples.size();
  }

  /// The closing sampling fields, see [SampleSeries].
  private SampleSeries series() {
    return new SampleSeries(
        samplingIntervalMicroseconds, startTimestampMicroseconds, unused, samples);
  }

  /// @return [TelemetryAccountType#DEVICE_LATENCY_SAMPLES_V0]
  @Override
  public TelemetryAccountType accountType() {
    return TelemetryAccountType.DEVICE_LATENCY_SAMPLES_V0;
  }

  /// Go `ToV1`: the same data as a current account (the bump seed is dropped).
  ///
  /// @return the current-layout account
  public DeviceLatencySamples toCurrent() {
    return new DeviceLatencySamples(
        epoch,
        originDeviceAgentPk,
        originDevicePk,
        targetDevicePk,
        originDeviceLocationPk,
        targetDeviceLocationPk,
        linkPk,
        samplingIntervalMicroseconds,
        startTimestampMicroseconds,
        unused,
        samples);
  }

  /// @param data the account data
  /// @return the account
  /// @throws DecodeException when the type byte is not 1, a field or sample is missing, or the
  ///   sample count exceeds 35 000
  public static DeviceLatencySamplesV0 decode(byte[] data) {
    BorshReader r = BorshReader.strict(data, TYPE);
    TelemetryAccountType.expect(r, TelemetryAccountType.DEVICE_LATENCY_SAMPLES_V0);
    int bump = r.u8("bump_seed");
    long epoch = r.u64("epoch");
    PublicKey agent = r.publicKey("origin_device_agent_pk");
    PublicKey origin = r.publicKey("origin_device_pk");
    PublicKey target = r.publicKey("target_device_pk");
    PublicKey originLocation = r.publicKey("origin_device_location_pk");
    PublicKey targetLocation = r.publicKey("target_device_location_pk");
    PublicKey link = r.publicKey("link_pk");
    SampleSeries series = SampleSeries.read(r, TelemetryLimits.MAX_DEVICE_LATENCY_SAMPLES);
    return new DeviceLatencySamplesV0(
        bump,
        epoch,
        agent,
        origin,
        target,
        originLocation,
        targetLocation,
        link,
        series.samplingIntervalMicroseconds(),
        series.startTimestampMicroseconds(),
        series.unused(),
        series.samples());
  }

  /// @return the account data: 350-byte header then raw samples
  @Override
  public byte[] encode() {
    BorshWriter w =
        new BorshWriter(
            TelemetryLimits.DEVICE_LATENCY_SAMPLES_V0_HEADER_SIZE
                + TelemetryLimits.SAMPLE_BYTES * samples.size());
    w.u8(accountType().wireValue())
        .u8(bumpSeed)
        .u64(epoch)
        .publicKey(originDeviceAgentPk)
        .publicKey(originDevicePk)
        .publicKey(targetDevicePk)
        .publicKey(originDeviceLocationPk)
        .publicKey(targetDeviceLocationPk)
        .publicKey(linkPk);
    series().write(w);
    return w.toByteArray();
  }

  /// @return the header fields (with `bump_seed`) then `samples`
  @Override
  public List<Field> fields() {
    FieldsBuilder b =
        new FieldsBuilder()
            .variant("account_type", accountType().variantName(), accountType().wireValue())
            .u8("bump_seed", bumpSeed)
            .u64("epoch", epoch)
            .key("origin_device_agent_pk", originDeviceAgentPk)
            .key("origin_device_pk", originDevicePk)
            .key("target_device_pk", targetDevicePk)
            .key("origin_device_location_pk", originDeviceLocationPk)
            .key("target_device_location_pk", targetDeviceLocationPk)
            .key("link_pk", linkPk);
    return series().addFields(b).build();
  }
}
