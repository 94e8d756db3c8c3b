package doublezero.cli.session;

import doublezero.cli.error.CliException;
import doublezero.cli.output.Spinner;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.tx.Instruction;
import java.util.List;

/// Sends a command's instructions as the reference CLI does: checks the signer (`CHECK_ID_JSON`)
/// and its balance (`CHECK_BALANCE`, reference `smartcontract/cli/src/requirements.rs`), sends one
/// transaction signed by the payer, waits for `confirmed`, and prints `Signature: <base58>`. A
/// spinner runs on stderr only when it is a terminal.
public final class Sender {
  private Sender() {}

  /// @param session the invocation
  /// @param instructions the instructions, in order
  /// @return the signature
  /// @throws CliException `Insufficient balance` when the payer holds no lamports
  /// @throws doublezero.sdk.solana.client.TransactionFailedException with the program error's name
  public static String send(Session session, Instruction... instructions) {
    String sig = sendQuietly(session, List.of(instructions));
    session.out().println("Signature: " + sig);
    session.out().flush();
    return sig;
  }

  /// Like [#send] without printing.
  ///
  /// @param session the invocation
  /// @param instructions the instructions
  /// @return the signature
  public static String sendQuietly(Session session, List<Instruction> instructions) {
    Keypair payer = session.signer();
    checkBalance(session, payer);
    try (Spinner spinner =
        Spinner.start(session.err(), session.env().stderrTty(), "Sending transaction")) {
      String sig = session.client().sender().send(instructions, payer, List.of());
      session.refresh();
      return sig;
    }
  }

  /// @param session the invocation
  /// @param payer the payer
  /// @throws CliException when the payer has no lamports
  public static void checkBalance(Session session, Keypair payer) {
    if (session.rpc().getBalance(payer.publicKey()) <= 0) {
      throw new CliException(
          "Insufficient balance\nThis DoubleZero account has no available credits. "
              + "Please recharge your account. ["
              + payer.publicKey()
              + "].");
    }
  }
}
