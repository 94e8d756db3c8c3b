package doublezero.sdk.telemetry.state;

/// Sample caps and account-size rules of the telemetry program
/// (`reference/telemetry-geolocation.md` §A.2, §A.3, §A.6, §A.8, §A.10).
public final class TelemetryLimits {
  private TelemetryLimits() {}

  /// Most samples one DeviceLatencySamples account holds (`MAX_DEVICE_LATENCY_SAMPLES`); more ⇒
  /// error 1006.
  public static final int MAX_DEVICE_LATENCY_SAMPLES = 35_000;

  /// Most samples one InternetLatencySamples account holds (`MAX_INTERNET_LATENCY_SAMPLES`).
  public static final int MAX_INTERNET_LATENCY_SAMPLES = 3_000;

  /// Longest data provider name in UTF-8 bytes (`MAX_DATA_PROVIDER_NAME_BYTES`); longer ⇒ error
  /// 1015.
  public static final int MAX_DATA_PROVIDER_NAME_BYTES = 32;

  /// DeviceLatencySamples header size in bytes (349; the reference doc comment's 350 is stale).
  public static final int DEVICE_LATENCY_SAMPLES_HEADER_SIZE = 349;

  /// Legacy DeviceLatencySamplesV0 header size: the current one plus a bump byte.
  public static final int DEVICE_LATENCY_SAMPLES_V0_HEADER_SIZE = 350;

  /// InternetLatencySamples header size without the provider name bytes (257).
  public static final int INTERNET_LATENCY_SAMPLES_HEADER_SIZE_MINUS_PROVIDER = 257;

  /// InternetLatencySamples header size with a 32-byte provider name (289; the README's 290 is
  /// stale).
  public static final int INTERNET_LATENCY_SAMPLES_MAX_HEADER_SIZE =
      INTERNET_LATENCY_SAMPLES_HEADER_SIZE_MINUS_PROVIDER + MAX_DATA_PROVIDER_NAME_BYTES;

  /// Solana's per-instruction account growth cap (`MAX_PERMITTED_DATA_INCREASE`), in bytes.
  public static final int MAX_PERMITTED_DATA_INCREASE = 10_240;

  /// Most samples one write instruction may carry on-chain: 10 240 / 4; more ⇒ error 1013.
  public static final int MAX_SAMPLES_PER_WRITE = MAX_PERMITTED_DATA_INCREASE / 4;

  /// Batch size the reference Go writer uses so a write transaction fits the 1 232-byte packet.
  public static final int MAX_SAMPLES_PER_BATCH = 245;

  /// Bytes per sample in an account.
  public static final int SAMPLE_BYTES = 4;

  /// @param samples number of samples, ≥ 0
  /// @return the DeviceLatencySamples account size in bytes: 349 + 4·samples
  public static long deviceLatencySamplesSize(long samples) {
    return DEVICE_LATENCY_SAMPLES_HEADER_SIZE + SAMPLE_BYTES * samples;
  }

  /// @param providerNameBytes UTF-8 length of the data provider name
  /// @param samples number of samples, ≥ 0
  /// @return the InternetLatencySamples account size in bytes: 257 + name + 4·samples
  public static long internetLatencySamplesSize(int providerNameBytes, long samples) {
    return INTERNET_LATENCY_SAMPLES_HEADER_SIZE_MINUS_PROVIDER
        + providerNameBytes
        + SAMPLE_BYTES * samples;
  }
}
