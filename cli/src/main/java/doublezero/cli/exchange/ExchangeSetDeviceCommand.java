package doublezero.cli.exchange;

import doublezero.cli.args.PubkeyOrCodeConverter;
import doublezero.cli.command.CliCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.serviceability.instruction.SetDeviceExchange;
import doublezero.sdk.serviceability.instruction.SetDeviceOption;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.ExchangeStatus;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `doublezero exchange set-device --pubkey <pk|code> [--device1 <pk|code>] [--device2 <pk|code>]`
/// (reference `smartcontract/cli/src/exchange/setdevice.rs`, SDK `commands/exchange/setdevice.rs`).
/// A device argument that does not resolve is an error naming it, sending nothing (the reference
/// treats it as absent and may clear the slot or print a default signature: see README,
/// "Differences from the reference CLI"). Per slot, one SetDeviceExchange (#65) `[exchange, device,
/// globalstate, payer, system]` is sent only when the slot changes between empty and set: `Set`
/// when a device is given for an empty slot, `Remove` (naming the current device) when none is
/// given for a filled slot. Prints the last signature, or the all-`1` default signature when
/// nothing was sent (reference behaviour).
@Command(name = "set-device", description = "Set or clear the devices of an exchange.")
final class ExchangeSetDeviceCommand extends CliCommand {
  /// The reference's `Signature::default()`, printed when no transaction was needed.
  static final String DEFAULT_SIGNATURE = "1".repeat(64);

  @Option(
      names = "--pubkey",
      required = true,
      converter = PubkeyOrCodeConverter.class,
      description = "Exchange pubkey or code to update.")
  String pubkey;

  @Option(
      names = "--device1",
      converter = PubkeyOrCodeConverter.class,
      description = "Device 1 pubkey or code to set.")
  String device1;

  @Option(
      names = "--device2",
      converter = PubkeyOrCodeConverter.class,
      description = "Device 2 pubkey or code to set.")
  String device2;

  @Override
  protected void execute(Session s) {
    Sender.checkBalance(s, s.signer());
    LedgerView ledger = s.ledger();
    Keyed<Exchange> ex = ledger.exchange(pubkey);
    Optional<PublicKey> d1 = lookup(ledger, device1);
    Optional<PublicKey> d2 = lookup(ledger, device2);
    ExchangeCommand.globalState(s);
    if (ex.value().status() != ExchangeStatus.ACTIVATED) {
      throw new CliException("Exchange is not active");
    }
    String sig = DEFAULT_SIGNATURE;
    sig = slot(s, ex.key(), 1, ex.value().device1Pk(), d1).orElse(sig);
    sig = slot(s, ex.key(), 2, ex.value().device2Pk(), d2).orElse(sig);
    s.out().println("Signature: " + sig);
  }

  private static Optional<PublicKey> lookup(LedgerView ledger, String arg) {
    if (arg == null) {
      return Optional.empty();
    }
    return Optional.of(ledger.device(arg).key());
  }

  private static Optional<String> slot(
      Session s, PublicKey exchange, int index, PublicKey current, Optional<PublicKey> wanted) {
    boolean empty = current.equals(PublicKey.DEFAULT);
    if (empty == wanted.isEmpty()) {
      return Optional.empty();
    }
    PublicKey program = s.connection().programId();
    SetDeviceExchange ix =
        new SetDeviceExchange(
            index, wanted.isPresent() ? SetDeviceOption.SET : SetDeviceOption.REMOVE);
    return Optional.of(
        Sender.sendQuietly(
            s,
            List.of(
                ix.toInstruction(
                    program,
                    new SetDeviceExchange.Accounts(
                        exchange,
                        wanted.orElse(current),
                        ServiceabilityPdas.globalState(program).address(),
                        s.signer().publicKey())))));
  }
}
