package doublezero.cli.link;

import doublezero.cli.args.BandwidthConverter;
import doublezero.cli.args.CodeConverter;
import doublezero.cli.args.DelayConverter;
import doublezero.cli.args.DelayOverrideConverter;
import doublezero.cli.args.JitterConverter;
import doublezero.cli.args.LinkMtuConverter;
import doublezero.cli.args.PubkeyOrCodeConverter;
import doublezero.cli.args.PubkeyOrMeConverter;
import doublezero.cli.args.Validators;
import doublezero.cli.args.WireEnumArgs;
import doublezero.cli.command.CliCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.session.ActivationWait;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.serviceability.instruction.UpdateLink;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LinkDesiredStatus;
import doublezero.sdk.serviceability.state.LinkLinkType;
import doublezero.sdk.serviceability.state.LinkStatus;
import doublezero.sdk.serviceability.state.WireEnum;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `doublezero link update --pubkey <pk|code> …` (reference `smartcontract/cli/src/link/update.rs`,
/// SDK `commands/link/update.rs`): UpdateLink (#31) with the given fields; accounts link, its
/// contributor, GlobalState. An unknown `--contributor` is silently dropped, as in the reference.
@Command(name = "update", description = "Update an existing link")
final class LinkUpdateCommand extends CliCommand {
  @Option(
      names = "--pubkey",
      required = true,
      converter = PubkeyOrCodeConverter.class,
      description = "Link Pubkey or code")
  String pubkey;

  @Option(
      names = "--contributor",
      converter = PubkeyOrMeConverter.class,
      description = "Contributor Pubkey")
  String contributor;

  @Option(
      names = "--code",
      converter = CodeConverter.class,
      description = "Updated code for the link")
  String code;

  @Option(names = "--tunnel-type", description = "Link type (WAN, DZX)")
  String tunnelType;

  @Option(
      names = "--bandwidth",
      converter = BandwidthConverter.class,
      description = "Bandwidth (Kbps, Mbps, Gbps)")
  Long bandwidth;

  @Option(names = "--mtu", converter = LinkMtuConverter.class, description = "MTU in bytes")
  Long mtu;

  @Option(
      names = "--delay-ms",
      converter = DelayConverter.class,
      description = "RTT delay in milliseconds")
  Double delayMs;

  @Option(
      names = "--jitter-ms",
      converter = JitterConverter.class,
      description = "Jitter in milliseconds")
  Double jitterMs;

  @Option(
      names = "--delay-override-ms",
      converter = DelayOverrideConverter.class,
      description = "Delay override in milliseconds (0 disables)")
  Double delayOverrideMs;

  @Option(names = "--status", description = "Link status")
  String status;

  @Option(names = "--desired-status", hidden = true, description = "Link desired status")
  String desiredStatus;

  @Option(
      names = {"-w", "--wait"},
      description = "Wait for the link to be activated")
  boolean wait;

  @Override
  protected void execute(Session s) {
    Optional<LinkDesiredStatus> desired =
        parsed(
            () ->
                WireEnumArgs.option(
                    LinkDesiredStatus.class,
                    "--desired-status",
                    desiredStatus,
                    "Invalid LinkDesiredStatus"));
    LedgerView l = s.ledger();
    Keyed<Link> k = l.link(pubkey);
    Optional<PublicKey> contributorPk =
        Optional.ofNullable(contributor).flatMap(c -> contributorKey(l, c));
    Optional<LinkLinkType> type =
        Optional.ofNullable(tunnelType)
            .map(
                t ->
                    enumArg(
                        LinkLinkType.class, t, false, "Invalid tunnel type: Invalid LinkLinkType"));
    Optional<LinkStatus> st =
        Optional.ofNullable(status)
            .map(t -> enumArg(LinkStatus.class, t, true, "Invalid status: Invalid LinkStatus"));
    if (code != null
        && !k.value().code().equals(code)
        && l.all(Link.class).stream().anyMatch(x -> x.value().code().equalsIgnoreCase(code))) {
      throw new CliException("Link with code '" + code + "' already exists");
    }
    if (l.globalState().isEmpty()) {
      throw new CliException("Globalstate not initialized");
    }
    PublicKey programId = s.connection().programId();
    UpdateLink args =
        new UpdateLink(
            Optional.ofNullable(code).map(Validators::asciiLowercase),
            contributorPk,
            type,
            Optional.ofNullable(bandwidth),
            Optional.ofNullable(mtu),
            Optional.ofNullable(delayMs).map(LinkCreateBase::nanos),
            Optional.ofNullable(jitterMs).map(LinkCreateBase::nanos),
            st,
            Optional.ofNullable(delayOverrideMs).map(LinkCreateBase::nanos),
            desired);
    Sender.send(
        s,
        args.toInstruction(
            programId,
            new UpdateLink.Accounts(
                k.key(),
                k.value().contributorPk(),
                Optional.empty(),
                ServiceabilityPdas.globalState(programId).address(),
                s.signer().publicKey())));
    if (wait) {
      ActivationWait.printStatus(s, ActivationWait.link(s, k.key()).status().rustDisplay());
    }
  }

  private static Optional<PublicKey> contributorKey(LedgerView l, String arg) {
    try {
      return Optional.of(l.contributor(arg).key());
    } catch (CliException e) {
      return Optional.empty();
    }
  }

  private static <E extends Enum<E> & WireEnum> E enumArg(
      Class<E> type, String text, boolean ignoreCase, String error) {
    try {
      return WireEnumArgs.fromStr(type, text, ignoreCase, error);
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage());
    }
  }
}
