package doublezero.telemetry.ledger;

import doublezero.sdk.solana.client.TransactionFailedException;
import doublezero.sdk.solana.client.TransactionSender;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.AccountInfo;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.sdk.solana.rpc.ConfirmationException;
import doublezero.sdk.solana.rpc.ConfirmationFailure;
import doublezero.sdk.solana.rpc.CustomInstructionError;
import doublezero.sdk.solana.rpc.DataSlice;
import doublezero.sdk.solana.rpc.EpochInfo;
import doublezero.sdk.solana.rpc.InstructionFailed;
import doublezero.sdk.solana.rpc.RpcClient;
import doublezero.sdk.solana.rpc.RpcException;
import doublezero.sdk.solana.rpc.TransactionError;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.sdk.telemetry.error.TelemetryErrorResolver;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/// The JSON-RPC side shared by the telemetry ledgers ([RpcTelemetryLedger],
/// [InternetLatencyLedger]): the signer signs and pays every transaction
/// (`reference/telemetry-geolocation.md` §A.6), reads use the commitment writes are confirmed at
/// (so a confirmed write is visible to the next read), and failures become [LedgerException]s by
/// what they mean for what landed: telemetry error 1011 is a missing account, 1006 a full account,
/// any other program error or an expired blockhash a definite rejection, a network error or a
/// confirmation timeout an unknown outcome.
final class TelemetryTransactions {
  static final long ACCOUNT_ALREADY_EXISTS = 1010;
  static final long ACCOUNT_DOES_NOT_EXIST = 1011;
  static final long SAMPLES_ACCOUNT_FULL = 1006;

  private final RpcClient rpc;
  private final Keypair signer;
  private final Commitment commitment;
  private final TransactionSender sender;

  TelemetryTransactions(
      RpcClient rpc, PublicKey programId, Keypair signer, Commitment commitment, Duration timeout) {
    this.rpc = rpc;
    this.signer = signer;
    this.commitment = commitment;
    this.sender =
        new TransactionSender(rpc, TelemetryErrorResolver.of(programId), commitment, timeout);
  }

  EpochInfo epochInfo() {
    try {
      return rpc.getEpochInfo();
    } catch (RpcException e) {
      throw new LedgerException(LedgerException.Kind.UNKNOWN, "getEpochInfo: " + e.getMessage(), e);
    }
  }

  /// @return the account's bytes in `slice`, or empty when it does not exist
  Optional<byte[]> read(PublicKey address, DataSlice slice) {
    Optional<AccountInfo> info;
    try {
      info = rpc.getAccountInfo(address, commitment, slice);
    } catch (RpcException e) {
      throw new LedgerException(
          LedgerException.Kind.UNKNOWN, "getAccountInfo: " + e.getMessage(), e);
    }
    return info.map(AccountInfo::data);
  }

  /// Sends an Initialize…LatencySamples; an account that already exists is not an error.
  void initialize(Instruction ix) {
    try {
      send(ix);
    } catch (LedgerException e) {
      if (e.getCause() instanceof TransactionFailedException f
          && customCode(f.error()) == ACCOUNT_ALREADY_EXISTS) {
        return;
      }
      throw e;
    }
  }

  void send(Instruction ix) {
    try {
      sender.send(List.of(ix), signer, List.of());
    } catch (TransactionFailedException e) {
      long code = customCode(e.error());
      LedgerException.Kind kind =
          code == ACCOUNT_DOES_NOT_EXIST
              ? LedgerException.Kind.ACCOUNT_NOT_FOUND
              : code == SAMPLES_ACCOUNT_FULL
                  ? LedgerException.Kind.ACCOUNT_FULL
                  : LedgerException.Kind.REJECTED;
      throw new LedgerException(kind, e.error().describe(), e);
    } catch (ConfirmationException e) {
      LedgerException.Kind kind =
          e.failure() == ConfirmationFailure.BLOCKHASH_EXPIRED
              ? LedgerException.Kind.REJECTED
              : LedgerException.Kind.UNKNOWN;
      throw new LedgerException(kind, e.getMessage(), e);
    } catch (RpcException e) {
      throw new LedgerException(LedgerException.Kind.UNKNOWN, e.getMessage(), e);
    }
  }

  private static long customCode(TransactionError error) {
    if (error instanceof InstructionFailed(int index, CustomInstructionError custom)) {
      return custom.code();
    }
    return -1;
  }
}
