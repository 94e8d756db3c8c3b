package doublezero.sdk.telemetry.state;

import static java.util.Objects.requireNonNull;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.fields.Field;
import doublezero.sdk.fields.FieldsBuilder;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;

/// A `DeviceLatencySamples` account (type 3): the RTT samples one device agent measured towards a
/// peer device over one link during one DZ-ledger epoch (`reference/telemetry-geolocation.md` §A.2,
/// `src/state/device_latency_samples.rs`).
///
/// Layout: a 349-byte Borsh header, then `next_sample_index` raw u32 samples (µs, 0 = loss) with no
/// length prefix. The program decodes it with `borsh::from_slice`, i.e. **strictly**: every header
/// field and every sample must be present and no byte may follow the last sample; this record
/// decodes the same way. `next_sample_index` is not a component: it always equals `samples.size()`.
///
/// @param epoch DZ-ledger epoch (u64)
/// @param originDeviceAgentPk the only key allowed to write (the origin device's metrics publisher)
/// @param originDevicePk origin Device account (serviceability)
/// @param targetDevicePk target Device account
/// @param originDeviceLocationPk origin device's Location, copied at initialization
/// @param targetDeviceLocationPk target device's Location, copied at initialization
/// @param linkPk the Link the samples were taken over
/// @param samplingIntervalMicroseconds interval between samples in µs (u64)
/// @param startTimestampMicroseconds µs since the UNIX epoch of the first sample; 0 before the
///   first write
/// @param unused the reserved 128 bytes (`_unused`), zero as the program writes them
/// @param samples RTT samples in µs
public record DeviceLatencySamples(
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

  private static final String TYPE = "DeviceLatencySamples";

  /// @throws NullPointerException for a null component
  /// @throws IllegalArgumentException when `unused` is not 128 bytes
  public DeviceLatencySamples {
    requireNonNull(originDeviceAgentPk, "originDeviceAgentPk");
    requireNonNull(originDevicePk, "originDevicePk");
    requireNonNull(targetDevicePk, "targetDevicePk");
    requireNonNull(originDeviceLocationPk, "originDeviceLocationPk");
    requireNonNull(targetDeviceLocationPk, "targetDeviceLocationPk");
    requireNonNull(linkPk, "linkPk");
    SampleSeries.check(unused, samples);
  }

  /// @return the header's `next_sample_index` (u32): the number of samples
  public long nextSampleIndex() {
    return samples.size();
  }

  /// The closing sampling fields, see [SampleSeries].
  private SampleSeries series() {
    return new SampleSeries(
        samplingIntervalMicroseconds, startTimestampMicroseconds, unused, samples);
  }

  /// @return [TelemetryAccountType#DEVICE_LATENCY_SAMPLES]
  @Override
  public TelemetryAccountType accountType() {
    return TelemetryAccountType.DEVICE_LATENCY_SAMPLES;
  }

  /// @param data the account data
  /// @return the account
  /// @throws DecodeException when the type byte is not 3, a field or sample is missing, or bytes
  ///   follow the samples
  public static DeviceLatencySamples decode(byte[] data) {
    BorshReader r = BorshReader.strict(data, TYPE);
    TelemetryAccountType.expect(r, TelemetryAccountType.DEVICE_LATENCY_SAMPLES);
    long epoch = r.u64("epoch");
    PublicKey agent = r.publicKey("origin_device_agent_pk");
    PublicKey origin = r.publicKey("origin_device_pk");
    PublicKey target = r.publicKey("target_device_pk");
    PublicKey originLocation = r.publicKey("origin_device_location_pk");
    PublicKey targetLocation = r.publicKey("target_device_location_pk");
    PublicKey link = r.publicKey("link_pk");
    SampleSeries series = SampleSeries.read(r, SampleSeries.NO_CAP);
    r.expectEnd();
    return new DeviceLatencySamples(
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

  /// @return the account data: header then raw samples, `349 + 4·n` bytes
  @Override
  public byte[] encode() {
    BorshWriter w = new BorshWriter((int) TelemetryLimits.deviceLatencySamplesSize(samples.size()));
    w.u8(accountType().wireValue())
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

  /// @return the header fields then `samples` (a list of u32), with the Rust names
  @Override
  public List<Field> fields() {
    FieldsBuilder b =
        new FieldsBuilder()
            .variant("account_type", accountType().variantName(), accountType().wireValue())
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
