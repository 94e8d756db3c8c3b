package doublezero.sdk.solana.system;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.DecodeException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/// The system program instructions this project builds and executes, encoded with bincode as the
/// reference does (solana-system-interface `SystemInstruction`, formerly
/// `sdk/program/src/system_instruction.rs`): a u32 little-endian variant index, then the fields in
/// order, u64 little-endian, `Pubkey` as 32 raw bytes, and `String` as a u64 little-endian byte
/// length followed by UTF-8.
///
/// Variant indexes: CreateAccount 0, Assign 1, Transfer 2, CreateAccountWithSeed 3, Allocate 8,
/// AllocateWithSeed 9, AssignWithSeed 10, TransferWithSeed 11. The nonce-account variants (4–7 and
/// 12) are not modelled; [#decode] rejects them by name.
public sealed interface SystemInstruction
    permits CreateAccount,
        Assign,
        Transfer,
        CreateAccountWithSeed,
        Allocate,
        AllocateWithSeed,
        AssignWithSeed,
        TransferWithSeed {

  /// @return the bincode variant index
  int discriminant();

  /// @return the instruction data: u32 LE discriminant followed by the fields
  byte[] encode();

  /// Decodes system program instruction data, strictly (trailing bytes are rejected).
  ///
  /// @param data the instruction data
  /// @return the instruction
  /// @throws DecodeException naming field and offset when the data is short, has trailing bytes,
  ///   holds invalid UTF-8 in a seed, or names a variant that is unknown or not modelled here
  static SystemInstruction decode(byte[] data) {
    return decode(data, false);
  }

  /// Decodes system program instruction data.
  ///
  /// @param data the instruction data
  /// @param allowTrailingBytes whether bytes after the last field are ignored, as the runtime's
  ///   `limited_deserialize` (bincode `allow_trailing_bytes`) ignores them when it executes
  /// @return the instruction
  /// @throws DecodeException naming field and offset when the data is short, holds invalid UTF-8 in
  ///   a seed, names a variant that is unknown or not modelled here, or (unless allowed) has
  ///   trailing bytes
  static SystemInstruction decode(byte[] data, boolean allowTrailingBytes) {
    BorshReader r = BorshReader.strict(data, "SystemInstruction");
    long tag = r.u32("discriminant");
    SystemInstruction ix =
        switch ((int) Math.min(tag, Integer.MAX_VALUE)) {
          case 0 -> new CreateAccount(r.u64("lamports"), r.u64("space"), r.publicKey("owner"));
          case 1 -> new Assign(r.publicKey("owner"));
          case 2 -> new Transfer(r.u64("lamports"));
          case 3 ->
              new CreateAccountWithSeed(
                  r.publicKey("base"),
                  seed(r),
                  r.u64("lamports"),
                  r.u64("space"),
                  r.publicKey("owner"));
          case 8 -> new Allocate(r.u64("space"));
          case 9 ->
              new AllocateWithSeed(
                  r.publicKey("base"), seed(r), r.u64("space"), r.publicKey("owner"));
          case 10 -> new AssignWithSeed(r.publicKey("base"), seed(r), r.publicKey("owner"));
          case 11 -> new TransferWithSeed(r.u64("lamports"), seed(r), r.publicKey("from_owner"));
          case 4, 5, 6, 7, 12 ->
              throw new DecodeException(
                  "SystemInstruction",
                  "discriminant",
                  0,
                  "system instruction "
                      + tag
                      + " ("
                      + unmodelledName((int) tag)
                      + ") is not supported");
          default ->
              throw new DecodeException(
                  "SystemInstruction", "discriminant", 0, "unknown discriminant " + tag);
        };
    if (!allowTrailingBytes) {
      r.expectEnd();
    }
    return ix;
  }

  private static String seed(BorshReader r) {
    int at = r.offset();
    long length = r.u64("seed");
    if (length < 0 || length > r.remaining()) {
      throw new DecodeException(
          r.type(),
          "seed",
          at,
          "length "
              + Long.toUnsignedString(length)
              + " but only "
              + r.remaining()
              + " bytes remain");
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(r.bytes("seed", (int) length)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new DecodeException(r.type(), "seed", at + 8, "invalid UTF-8");
    }
  }

  private static String unmodelledName(int tag) {
    return switch (tag) {
      case 4 -> "AdvanceNonceAccount";
      case 5 -> "WithdrawNonceAccount";
      case 6 -> "InitializeNonceAccount";
      case 7 -> "AuthorizeNonceAccount";
      default -> "UpgradeNonceAccount";
    };
  }
}
