package doublezero.cli.link;

import doublezero.cli.args.BandwidthConverter;
import doublezero.cli.args.CodeConverter;
import doublezero.cli.args.DelayConverter;
import doublezero.cli.args.IfaceConverter;
import doublezero.cli.args.JitterConverter;
import doublezero.cli.args.LinkMtuConverter;
import doublezero.cli.args.PubkeyOrCodeConverter;
import doublezero.cli.args.Validators;
import doublezero.cli.args.WireEnumArgs;
import doublezero.cli.command.CliCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.session.ActivationWait;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.serviceability.instruction.CreateLink;
import doublezero.sdk.serviceability.instruction.LinkAllocationAccounts;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.FeatureFlag;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LinkDesiredStatus;
import doublezero.sdk.serviceability.state.LinkLinkType;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Optional;
import picocli.CommandLine.Option;

/// What `link create wan` and `link create dzx` share (reference
/// `smartcontract/cli/src/link/{wan,dzx}_create.rs`, SDK `commands/link/create.rs`): CreateLink
/// (#28) at the link PDA of `account_index + 1` with accounts link, contributor, side A, side Z,
/// GlobalState (+ DeviceTunnelBlock, LinkIds with `OnChainAllocation`); delay and jitter sent in
/// nanoseconds (`ms × 1e6`, truncated). Project additions: without `--contributor` the link takes
/// side A's contributor; without `--side-a-interface` the one eligible interface of side A is used
/// ([LinkInterfaces#pick]).
abstract class LinkCreateBase extends CliCommand {
  @Option(
      names = "--code",
      required = true,
      converter = CodeConverter.class,
      description = "Link code, must be unique.")
  String code;

  @Option(
      names = "--contributor",
      converter = PubkeyOrCodeConverter.class,
      description =
          "Contributor (pubkey or code) associated with the link (default: side A's contributor)")
  String contributor;

  @Option(
      names = "--desired-status",
      description = "Link desired status (e.g. activated, soft-drained, hard-drained)")
  String desiredStatus;

  @Option(
      names = "--side-a",
      required = true,
      converter = PubkeyOrCodeConverter.class,
      description = "Device Pubkey or code for side A.")
  String sideA;

  @Option(
      names = "--side-a-interface",
      converter = IfaceConverter.class,
      description = "Device interface name for side A (default: its only eligible interface).")
  String sideAInterface;

  @Option(
      names = "--side-z",
      required = true,
      converter = PubkeyOrCodeConverter.class,
      description = "Device Pubkey or code for side Z.")
  String sideZ;

  @Option(
      names = "--bandwidth",
      required = true,
      converter = BandwidthConverter.class,
      description = "Bandwidth (required). Accepts values in Kbps, Mbps, or Gbps.")
  long bandwidth;

  @Option(
      names = "--mtu",
      required = true,
      converter = LinkMtuConverter.class,
      description = "MTU (Maximum Transmission Unit) in bytes.")
  long mtu;

  @Option(
      names = "--delay-ms",
      required = true,
      converter = DelayConverter.class,
      description = "RTT (Round Trip Time) delay in milliseconds.")
  double delayMs;

  @Option(
      names = "--jitter-ms",
      required = true,
      converter = JitterConverter.class,
      description = "Jitter in milliseconds.")
  double jitterMs;

  @Option(
      names = {"-w", "--wait"},
      description = "Wait for the link to be activated")
  boolean wait;

  /// @return WAN or DZX
  abstract LinkLinkType linkType();

  /// Checks side Z's interface and names it.
  ///
  /// @param z side Z
  /// @return side Z's interface name (WAN), or empty (DZX: side Z names it on `link accept`)
  abstract Optional<String> sideZInterface(Device z);

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
    PublicKey contributorPk =
        contributor == null
            ? null
            : l.keyOf(contributor, Contributor.class, Contributor::code, "Contributor not found");
    Keyed<Device> a = device(l, sideA);
    Keyed<Device> z = device(l, sideZ);
    if (contributorPk == null) {
      contributorPk = a.value().contributorPk();
    }
    String aName =
        sideAInterface != null
            ? sideAInterface
            : LinkInterfaces.pick(a.value(), "--side-a-interface");
    LinkInterfaces.checkUsable(
        LinkInterfaces.find(a.value(), aName, "A"), aName, "A", linkType().rustDisplay());
    Optional<String> zName = sideZInterface(z.value());
    if (l.all(Link.class).stream().anyMatch(k -> k.value().code().equalsIgnoreCase(code))) {
      throw new CliException("Link with code '" + code + "' already exists");
    }
    GlobalState gs =
        l.globalState().orElseThrow(() -> new CliException("Globalstate not initialized"));
    PublicKey programId = s.connection().programId();
    boolean onchain = gs.featureFlags().isSet(FeatureFlag.ON_CHAIN_ALLOCATION);
    PublicKey link = ServiceabilityPdas.link(programId, gs.accountIndex().increment()).address();
    Optional<LinkAllocationAccounts> alloc =
        onchain
            ? Optional.of(
                new LinkAllocationAccounts(
                    ServiceabilityPdas.deviceTunnelBlock(programId).address(),
                    ServiceabilityPdas.linkIds(programId).address()))
            : Optional.empty();
    CreateLink args =
        new CreateLink(
            Validators.asciiLowercase(code),
            linkType(),
            bandwidth,
            mtu,
            nanos(delayMs),
            nanos(jitterMs),
            aName,
            zName,
            desired,
            onchain);
    Sender.send(
        s,
        args.toInstruction(
            programId,
            new CreateLink.Accounts(
                link,
                contributorPk,
                a.key(),
                z.key(),
                ServiceabilityPdas.globalState(programId).address(),
                alloc,
                s.signer().publicKey())));
    if (wait) {
      ActivationWait.printStatus(s, ActivationWait.link(s, link).status().rustDisplay());
    }
  }

  /// @param ms milliseconds
  /// @return Rust `(ms * 1000000.0) as u64`
  static long nanos(double ms) {
    double ns = ms * 1_000_000.0;
    return ns <= 0 || Double.isNaN(ns) ? 0 : (long) ns;
  }

  private static Keyed<Device> device(LedgerView l, String arg) {
    try {
      return l.device(arg);
    } catch (CliException e) {
      throw new CliException("Device not found");
    }
  }
}
