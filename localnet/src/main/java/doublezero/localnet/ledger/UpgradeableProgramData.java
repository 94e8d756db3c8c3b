package doublezero.localnet.ledger;

import doublezero.sdk.solana.key.PublicKey;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/// The program-data account the upgradeable BPF loader keeps for a program deployed with `solana
/// program deploy` (Solana `UpgradeableLoaderState::ProgramData`, bincode: u32 LE variant 3, `slot`
/// u64 LE, `upgrade_authority_address` as `Option<Pubkey>`: tag 1 and 32 bytes), without the ELF
/// that follows the header on a real ledger: our programs are Java ports, and the only reader is a
/// program checking who its upgrade authority is (the geolocation program's InitProgramConfig and
/// UpdateProgramConfig, `reference/telemetry-geolocation.md` §D.6). The account lives at the PDA
/// `[program_id]` under [Builtins#BPF_LOADER_UPGRADEABLE].
public final class UpgradeableProgramData {
  /// Bytes of the header: variant (4) + slot (8) + option tag (1) + authority (32).
  public static final int HEADER_BYTES = 45;

  private static final int PROGRAM_DATA_VARIANT = 3;

  private UpgradeableProgramData() {}

  /// @param slot the deployment slot
  /// @param authority the upgrade authority
  /// @return the 45-byte header with `Some(authority)`
  public static byte[] encode(long slot, PublicKey authority) {
    return ByteBuffer.allocate(HEADER_BYTES)
        .order(ByteOrder.LITTLE_ENDIAN)
        .putInt(PROGRAM_DATA_VARIANT)
        .putLong(slot)
        .put((byte) 1)
        .put(authority.toBytes())
        .array();
  }

  /// @param slot the deployment slot
  /// @param authority the upgrade authority
  /// @return a rent-exempt, non-executable account owned by the upgradeable loader holding
  ///   [#encode]
  public static Account account(long slot, PublicKey authority) {
    byte[] data = encode(slot, authority);
    return new Account(
        Rent.minimumBalance(data.length),
        Builtins.BPF_LOADER_UPGRADEABLE,
        data,
        false,
        Account.RENT_EXEMPT_EPOCH);
  }
}
