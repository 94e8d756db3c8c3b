package doublezero.sdk.telemetry.state;

import static java.util.Objects.requireNonNull;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.fields.Field;
import doublezero.sdk.fields.FieldsBuilder;
import doublezero.sdk.solana.key.PublicKey;
import java.nio.charset.StandardCharsets;
import java.util.List;

/// An `InternetLatencySamples` account (type 4): RTT samples a third-party provider measured
/// between two Exchanges over the public internet during one epoch
/// (`reference/telemetry-geolocation.md` §A.3, `src/state/internet_latency_samples.rs`).
///
/// Layout: Borsh header of `257 + L` bytes (L = provider name length), then `next_sample_index` raw
/// u32 samples. Decoded **strictly**, as the program's `borsh::from_slice`: every field and sample
/// must be present, no trailing byte. Like `from_slice`, this decoder does not cap the name at 32
/// bytes (only the program's header parser on the write path does, see
/// [TelemetryLimits#MAX_DATA_PROVIDER_NAME_BYTES]).
///
/// @param epoch DZ-ledger epoch (u64)
/// @param dataProviderName provider, e.g. `ripeatlas` or `wheresitup`
/// @param oracleAgentPk the collector key, the only one allowed to write
/// @param originExchangePk origin Exchange account (serviceability)
/// @param targetExchangePk target Exchange account
/// @param samplingIntervalMicroseconds interval between samples in µs
/// @param startTimestampMicroseconds µs since the UNIX epoch of the first sample; 0 before the
///   first write
/// @param unused the reserved 128 bytes (`_unused`)
/// @param samples RTT samples in µs
public record InternetLatencySamples(
    long epoch,
    String dataProviderName,
    PublicKey oracleAgentPk,
    PublicKey originExchangePk,
    PublicKey targetExchangePk,
    long samplingIntervalMicroseconds,
    long startTimestampMicroseconds,
    ReservedBytes unused,
    RttSamples samples)
    implements TelemetryAccount {

  private static final String TYPE = "InternetLatencySamples";

  /// @throws NullPointerException for a null component
  /// @throws IllegalArgumentException when `unused` is not 128 bytes
  public InternetLatencySamples {
    requireNonNull(dataProviderName, "dataProviderName");
    requireNonNull(oracleAgentPk, "oracleAgentPk");
    requireNonNull(originExchangePk, "originExchangePk");
    requireNonNull(targetExchangePk, "targetExchangePk");
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

  /// @return the header size in bytes, `257 + UTF-8 length of the provider name`
  public int headerSize() {
    return TelemetryLimits.INTERNET_LATENCY_SAMPLES_HEADER_SIZE_MINUS_PROVIDER
        + dataProviderName.getBytes(StandardCharsets.UTF_8).length;
  }

  /// @return [TelemetryAccountType#INTERNET_LATENCY_SAMPLES]
  @Override
  public TelemetryAccountType accountType() {
    return TelemetryAccountType.INTERNET_LATENCY_SAMPLES;
  }

  /// @param data the account data
  /// @return the account
  /// @throws DecodeException when the type byte is not 4, a field or sample is missing, the name is
  ///   not UTF-8, or bytes follow the samples
  public static InternetLatencySamples decode(byte[] data) {
    BorshReader r = BorshReader.strict(data, TYPE);
    TelemetryAccountType.expect(r, TelemetryAccountType.INTERNET_LATENCY_SAMPLES);
    long epoch = r.u64("epoch");
    String name = r.string("data_provider_name");
    PublicKey agent = r.publicKey("oracle_agent_pk");
    PublicKey origin = r.publicKey("origin_exchange_pk");
    PublicKey target = r.publicKey("target_exchange_pk");
    SampleSeries series = SampleSeries.read(r, SampleSeries.NO_CAP);
    r.expectEnd();
    return new InternetLatencySamples(
        epoch,
        name,
        agent,
        origin,
        target,
        series.samplingIntervalMicroseconds(),
        series.startTimestampMicroseconds(),
        series.unused(),
        series.samples());
  }

  /// @return the account data: header then raw samples, `257 + L + 4·n` bytes
  @Override
  public byte[] encode() {
    BorshWriter w = new BorshWriter(headerSize() + TelemetryLimits.SAMPLE_BYTES * samples.size());
    w.u8(accountType().wireValue())
        .u64(epoch)
        .string(dataProviderName)
        .publicKey(oracleAgentPk)
        .publicKey(originExchangePk)
        .publicKey(targetExchangePk);
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
            .text("data_provider_name", dataProviderName)
            .key("oracle_agent_pk", oracleAgentPk)
            .key("origin_exchange_pk", originExchangePk)
            .key("target_exchange_pk", targetExchangePk);
    return series().addFields(b).build();
  }
}
