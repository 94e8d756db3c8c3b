package doublezero.localnet.programs.geolocation;

import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.solana.key.PublicKey;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;

/// `parse_upgrade_authority` (`src/processors/program_config/mod.rs`): the upgrade authority of a
/// BPF upgradeable loader `ProgramData` account, read with `limited_deserialize` (bincode,
/// fixed-width little-endian integers, trailing bytes allowed): u32 variant 3 = `ProgramData`, then
/// `slot` u64, then `Option<Pubkey>` (tag 0 or 1). Anything else (another variant, short data, a
/// bad option tag) is `InvalidAccountData`.
final class UpgradeAuthority {
  private static final int PROGRAM_DATA = 3;

  private UpgradeAuthority() {}

  /// @param data the program-data account's data
  /// @return the authority, or empty for an immutable program
  /// @throws ProgramException `InvalidAccountData` when the data is not a `ProgramData` state
  static Optional<PublicKey> parse(byte[] data) throws ProgramException {
    ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
    if (b.remaining() < 4 || b.getInt() != PROGRAM_DATA || b.remaining() < 9) {
      throw ProgramException.of(BuiltinError.InvalidAccountData);
    }
    b.getLong(); // slot
    int tag = b.get();
    if (tag == 0) {
      return Optional.empty();
    }
    if (tag != 1 || b.remaining() < 32) {
      throw ProgramException.of(BuiltinError.InvalidAccountData);
    }
    return Optional.of(PublicKey.read(data, b.position()));
  }
}
