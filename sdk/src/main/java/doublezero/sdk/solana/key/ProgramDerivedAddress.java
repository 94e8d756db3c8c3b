package doublezero.sdk.solana.key;

/// A program-derived address and the bump seed that made it off-curve.
///
/// @param address the PDA
/// @param bump    the bump seed, 0..255
public record ProgramDerivedAddress(PublicKey address, int bump) {}
