package doublezero.telemetry.journal;

import doublezero.sdk.borsh.DecodeException;

/// The bytes that name a circuit inside a journal frame ([JournalCodec]): the device agent's
/// [Circuit] (three keys, 96 bytes) or the internet-latency collector's exchange pair with its data
/// provider. An encoding must be self-contained (the frame carries its length) and at most
/// [#MAX_BYTES] long.
///
/// @param <C> the circuit type
public interface CircuitCodec<C> {
  /// Longest encoding a frame can carry.
  int MAX_BYTES = 255;

  /// @param circuit a circuit
  /// @return its bytes (at most [#MAX_BYTES])
  byte[] encode(C circuit);

  /// @param bytes what [#encode] wrote
  /// @return the circuit
  /// @throws DecodeException when the bytes do not name a circuit
  C decode(byte[] bytes);
}
