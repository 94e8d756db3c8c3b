package doublezero.sdk.telemetry.state;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Arrays;

/// The header of a latency-samples account as the telemetry program's write instructions read it in
/// place (`DeviceLatencySamplesHeader::try_from(&data[..349])`,
/// `InternetLatencySamplesHeader::try_from(&data)`; `reference/telemetry-geolocation.md` §A.2,
/// §A.3, §A.6): only the header is decoded, the samples after it are neither read nor checked, and
/// the header is written back field for field with a new start timestamp and sample count.
/// [DeviceLatencySamples] and [InternetLatencySamples] decode whole accounts instead.
///
/// @param accountType the `account_type` byte (any of the four known types: the header parser
///   accepts them all; the program compares it afterwards)
/// @param writerPk `origin_device_agent_pk` or `oracle_agent_pk`: the only key allowed to write
/// @param startTimestampMicroseconds µs since the UNIX epoch of the first sample, 0 before the
///   first write
/// @param nextSampleIndex the number of samples (u32)
/// @param bytes the header as stored, `349` or `257 + L` bytes
public record LatencySamplesHeader(
    TelemetryAccountType accountType,
    PublicKey writerPk,
    long startTimestampMicroseconds,
    long nextSampleIndex,
    byte[] bytes) {

  /// Bytes from `start_timestamp_microseconds` to the end of a header: start (8), index (4),
  /// `_unused` (128).
  private static final int TAIL = 8 + 4 + ReservedBytes.TELEMETRY_UNUSED_LENGTH;

  /// Reads a DeviceLatencySamples header from the first 349 bytes of `data`.
  ///
  /// @param data the account data, at least 349 bytes (the program panics on shorter data before
  ///   parsing)
  /// @return the header
  /// @throws IllegalArgumentException when `data` is shorter than 349 bytes
  /// @throws DecodeException when the type byte is not a telemetry account type
  public static LatencySamplesHeader readDevice(byte[] data) {
    int size = TelemetryLimits.DEVICE_LATENCY_SAMPLES_HEADER_SIZE;
    if (data.length < size) {
      throw new IllegalArgumentException(
          "device latency header needs " + size + " bytes, got " + data.length);
    }
    byte[] header = Arrays.copyOf(data, size);
    BorshReader r = BorshReader.strict(header, "DeviceLatencySamplesHeader");
    TelemetryAccountType type = r.enumU8("account_type", TelemetryAccountType::fromWire, null);
    r.u64("epoch");
    PublicKey writer = r.publicKey("origin_device_agent_pk");
    r.publicKey("origin_device_pk");
    r.publicKey("target_device_pk");
    r.publicKey("origin_device_location_pk");
    r.publicKey("target_device_location_pk");
    r.publicKey("link_pk");
    return tail(r, type, writer, header);
  }

  /// Size of an InternetLatencySamples header whose provider-name length field holds `nameLength`,
  /// as the program computes it before slicing (`instance_size`).
  ///
  /// @param data the account data
  /// @return `257 + L`, with L the u32 at offset 9
  /// @throws DecodeException when the data is 257 bytes or shorter ("account data too short for
  ///   header") or the size exceeds 289 ("account data too long for header")
  public static long internetHeaderSize(byte[] data) {
    int minus = TelemetryLimits.INTERNET_LATENCY_SAMPLES_HEADER_SIZE_MINUS_PROVIDER;
    if (data.length <= minus) {
      throw new DecodeException(
          "InternetLatencySamplesHeader", "<data>", 0, "account data too short for header");
    }
    long nameLength =
        BorshReader.strict(Arrays.copyOfRange(data, 9, 13), "InternetLatencySamplesHeader")
            .u32("data_provider_name");
    long size = minus + nameLength;
    if (size > TelemetryLimits.INTERNET_LATENCY_SAMPLES_MAX_HEADER_SIZE) {
      throw new DecodeException(
          "InternetLatencySamplesHeader",
          "data_provider_name",
          9,
          "account data too long for header");
    }
    return size;
  }

  /// Reads an InternetLatencySamples header of [#internetHeaderSize] bytes.
  ///
  /// @param data the account data, at least [#internetHeaderSize] bytes (the program panics on
  ///   less)
  /// @return the header
  /// @throws IllegalArgumentException when `data` is shorter than the header
  /// @throws DecodeException as [#internetHeaderSize], for an unknown type byte, a provider name
  ///   that is not UTF-8 or a name length that leaves fewer than 257 + L bytes for the fields
  public static LatencySamplesHeader readInternet(byte[] data) {
    int size = (int) internetHeaderSize(data);
    if (data.length < size) {
      throw new IllegalArgumentException(
          "internet latency header needs " + size + " bytes, got " + data.length);
    }
    byte[] header = Arrays.copyOf(data, size);
    BorshReader r = BorshReader.strict(header, "InternetLatencySamplesHeader");
    TelemetryAccountType type = r.enumU8("account_type", TelemetryAccountType::fromWire, null);
    r.u64("epoch");
    r.string("data_provider_name");
    PublicKey writer = r.publicKey("oracle_agent_pk");
    r.publicKey("origin_exchange_pk");
    r.publicKey("target_exchange_pk");
    return tail(r, type, writer, header);
  }

  private static LatencySamplesHeader tail(
      BorshReader r, TelemetryAccountType type, PublicKey writer, byte[] header) {
    r.u64("sampling_interval_microseconds");
    long start = r.u64("start_timestamp_microseconds");
    long next = r.u32("next_sample_index");
    r.bytes("_unused", ReservedBytes.TELEMETRY_UNUSED_LENGTH);
    return new LatencySamplesHeader(type, writer, start, next, header);
  }

  /// @param startTimestampMicroseconds the new start timestamp
  /// @param nextSampleIndex the new sample count (u32)
  /// @return the header bytes with both fields replaced, every other byte as read
  public byte[] encode(long startTimestampMicroseconds, long nextSampleIndex) {
    byte[] out = bytes.clone();
    byte[] tail =
        new BorshWriter(12).u64(startTimestampMicroseconds).u32(nextSampleIndex).toByteArray();
    System.arraycopy(tail, 0, out, out.length - TAIL, tail.length);
    return out;
  }

  /// @return the header size in bytes
  public int size() {
    return bytes.length;
  }
}
