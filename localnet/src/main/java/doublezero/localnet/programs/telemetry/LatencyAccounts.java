package doublezero.localnet.programs.telemetry;

import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.InvokeContext;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.telemetry.error.TelemetryError;

/// The PDA checks and signer seeds both initialize instructions share
/// (`reference/telemetry-geolocation.md` §A.5, §A.6 steps 9–10).
final class LatencyAccounts {
  private LatencyAccounts() {}

  /// The account must be the derived PDA (1009) and hold no data (1010); lamports already on it are
  /// fine (`try_create_account` then allocates and assigns instead of creating).
  static void requireNewPda(InvokeContext ctx, BorrowedAccount account, PublicKey expected)
      throws ProgramException {
    if (!account.key().equals(expected)) {
      ctx.log("Invalid PDA for latency samples account");
      throw TelemetryErrors.of(TelemetryError.INVALID_PDA);
    }
    if (account.dataLength() != 0) {
      ctx.log("Latency samples account already exists");
      throw TelemetryErrors.of(TelemetryError.ACCOUNT_ALREADY_EXISTS);
    }
  }
}
