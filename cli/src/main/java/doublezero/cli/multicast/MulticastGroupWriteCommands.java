package doublezero.cli.multicast;

import doublezero.cli.args.BandwidthConverter;
import doublezero.cli.args.CodeConverter;
import doublezero.cli.args.Ipv4Converter;
import doublezero.cli.args.MeKey;
import doublezero.cli.args.PubkeyOrCodeConverter;
import doublezero.cli.args.PubkeyOrMeConverter;
import doublezero.cli.command.CliCommand;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.session.ActivationWait;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.instruction.CreateMulticastGroup;
import doublezero.sdk.serviceability.instruction.MulticastGroupWithBlockAccounts;
import doublezero.sdk.serviceability.instruction.UpdateMulticastGroup;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `multicast group create|update` (reference
/// `smartcontract/cli/src/multicastgroup/{create,update}.rs`, SDK
/// `commands/multicastgroup/{create,update}.rs`): the group PDA of `account_index + 1`,
/// GlobalState, and the MulticastGroupBlock when allocation is on chain (for update, only when
/// `--multicast-ip` is given).
final class MulticastGroupWriteCommands {
  private MulticastGroupWriteCommands() {}

  static void await(Session s, PublicKey group) {
    ActivationWait.printStatus(s, ActivationWait.multicastGroup(s, group).status().rustDisplay());
  }

  static Optional<PublicKey> block(PublicKey program, boolean onchain) {
    return onchain
        ? Optional.of(ServiceabilityPdas.multicastGroupBlock(program).address())
        : Optional.empty();
  }

  @Command(name = "create", description = "Create a new multicast group")
  static final class Create extends CliCommand {
    @Option(
        names = "--code",
        required = true,
        converter = CodeConverter.class,
        description = "Unique code for the multicast group")
    String code;

    @Option(
        names = "--max-bandwidth",
        required = true,
        converter = BandwidthConverter.class,
        description = "Maximum bandwidth for the group (e.g. 10Gbps, 100Mbps)")
    long maxBandwidth;

    @Option(
        names = "--owner",
        required = true,
        converter = PubkeyOrMeConverter.class,
        description = "Owner Pubkey or 'me' for current payer")
    String owner;

    @Option(
        names = {"-w", "--wait"},
        description = "Wait for the multicast group to be activated")
    boolean await;

    @Override
    protected void execute(Session s) {
      PublicKey payer = s.signer().publicKey();
      Sender.checkBalance(s, s.signer());
      PublicKey ownerPk = MeKey.resolve(owner, payer);
      LedgerView l = s.ledger();
      GlobalState gs = MulticastInstructions.globalState(l);
      boolean onchain = MulticastInstructions.onchain(l);
      PublicKey program = s.connection().programId();
      PublicKey pda =
          ServiceabilityPdas.multicastGroup(program, gs.accountIndex().increment()).address();
      Sender.send(
          s,
          new CreateMulticastGroup(code, maxBandwidth, ownerPk, onchain)
              .toInstruction(
                  program,
                  new MulticastGroupWithBlockAccounts(
                      pda,
                      ServiceabilityPdas.globalState(program).address(),
                      block(program, onchain),
                      payer)));
      if (await) {
        MulticastGroupWriteCommands.await(s, pda);
      }
    }
  }

  @Command(name = "update", description = "Update an existing multicast group")
  static final class Update extends CliCommand {
    @Option(
        names = "--pubkey",
        required = true,
        converter = PubkeyOrCodeConverter.class,
        description = "Multicast group Pubkey to update")
    String pubkey;

    @Option(
        names = "--code",
        converter = CodeConverter.class,
        description = "Updated code for the multicast group")
    String code;

    @Option(
        names = "--multicast-ip",
        converter = Ipv4Converter.class,
        description = "Updated multicast IPv4 address (e.g. 239.0.0.1)")
    Ipv4Address multicastIp;

    @Option(
        names = "--max-bandwidth",
        converter = BandwidthConverter.class,
        description = "Updated maximum bandwidth (e.g. 1Gbps, 100Mbps)")
    Long maxBandwidth;

    @Option(names = "--publisher-count", description = "Updated publisher count")
    Long publisherCount;

    @Option(names = "--subscriber-count", description = "Updated subscriber count")
    Long subscriberCount;

    @Option(
        names = {"-w", "--wait"},
        description = "Wait for the multicast group to be activated")
    boolean await;

    @Override
    protected void execute(Session s) {
      for (Long c : new Long[] {publisherCount, subscriberCount}) {
        if (c != null && (c < 0 || c > 0xFFFF_FFFFL)) {
          throw usage("invalid value '" + c + "': number too large to fit in target type");
        }
      }
      PublicKey payer = s.signer().publicKey();
      Sender.checkBalance(s, s.signer());
      LedgerView l = s.ledger();
      Keyed<MulticastGroup> g = l.multicastGroup(pubkey);
      MulticastInstructions.globalState(l);
      boolean onchain = multicastIp != null && MulticastInstructions.onchain(l);
      PublicKey program = s.connection().programId();
      Sender.send(
          s,
          new UpdateMulticastGroup(
                  Optional.ofNullable(code),
                  Optional.ofNullable(multicastIp),
                  Optional.ofNullable(maxBandwidth),
                  Optional.ofNullable(publisherCount),
                  Optional.ofNullable(subscriberCount),
                  onchain)
              .toInstruction(
                  program,
                  new MulticastGroupWithBlockAccounts(
                      g.key(),
                      ServiceabilityPdas.globalState(program).address(),
                      block(program, onchain),
                      payer)));
      if (await) {
        MulticastGroupWriteCommands.await(s, g.key());
      }
    }
  }
}
