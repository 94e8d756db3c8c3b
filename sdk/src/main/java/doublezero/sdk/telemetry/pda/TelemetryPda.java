package doublezero.sdk.telemetry.pda;

import doublezero.sdk.solana.key.ProgramDerivedAddress;
import doublezero.sdk.solana.key.PublicKey;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/// Program-derived addresses of the telemetry program (`reference/telemetry-geolocation.md` §A.5,
/// `src/seeds.rs`, `src/pda.rs`). Seeds are raw bytes; the epoch is a u64 little-endian. The bump
/// is not stored in the account.
public final class TelemetryPda {
  private TelemetryPda() {}

  /// First seed of every telemetry PDA: `"telemetry"`.
  public static final byte[] SEED_PREFIX = ascii("telemetry");

  /// Second seed of a DeviceLatencySamples PDA: `"dzlatency"`.
  public static final byte[] SEED_DEVICE_LATENCY_SAMPLES = ascii("dzlatency");

  /// Second seed of an InternetLatencySamples PDA: `"inetlatency"`.
  public static final byte[] SEED_INTERNET_LATENCY_SAMPLES = ascii("inetlatency");

  /// The DeviceLatencySamples account of one direction (origin → target) of a link in one epoch.
  ///
  /// @param programId the telemetry program
  /// @param originDevicePk origin Device account
  /// @param targetDevicePk target Device account
  /// @param linkPk the Link
  /// @param epoch DZ-ledger epoch (u64)
  /// @return the address and bump
  public static ProgramDerivedAddress deviceLatencySamples(
      PublicKey programId,
      PublicKey originDevicePk,
      PublicKey targetDevicePk,
      PublicKey linkPk,
      long epoch) {
    return PublicKey.findProgramAddress(
        List.of(
            SEED_PREFIX,
            SEED_DEVICE_LATENCY_SAMPLES,
            originDevicePk.toBytes(),
            targetDevicePk.toBytes(),
            linkPk.toBytes(),
            le64(epoch)),
        programId);
  }

  /// The InternetLatencySamples account of one provider, collector, exchange pair and epoch.
  ///
  /// @param programId the telemetry program
  /// @param oracleAgentPk the collector key (signer of the writes)
  /// @param dataProviderName provider name; its UTF-8 bytes are a seed, so at most 32 bytes
  /// @param originExchangePk origin Exchange account
  /// @param targetExchangePk target Exchange account
  /// @param epoch DZ-ledger epoch (u64)
  /// @return the address and bump
  /// @throws IllegalArgumentException when the name is longer than 32 bytes (no PDA can have such a
  ///   seed)
  public static ProgramDerivedAddress internetLatencySamples(
      PublicKey programId,
      PublicKey oracleAgentPk,
      String dataProviderName,
      PublicKey originExchangePk,
      PublicKey targetExchangePk,
      long epoch) {
    return PublicKey.findProgramAddress(
        List.of(
            SEED_PREFIX,
            SEED_INTERNET_LATENCY_SAMPLES,
            oracleAgentPk.toBytes(),
            dataProviderName.getBytes(StandardCharsets.UTF_8),
            originExchangePk.toBytes(),
            targetExchangePk.toBytes(),
            le64(epoch)),
        programId);
  }

  private static byte[] le64(long v) {
    return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v).array();
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
