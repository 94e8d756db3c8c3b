package doublezero.cli.geolocation;

import doublezero.cli.args.CodeConverter;
import doublezero.cli.args.Ipv4Converter;
import doublezero.cli.args.PubkeyConverter;
import doublezero.cli.args.PubkeyOrCodeConverter;
import doublezero.cli.args.U16Converter;
import doublezero.cli.command.CliCommand;
import doublezero.cli.command.GroupCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.session.Session;
import doublezero.sdk.geolocation.instruction.CreateGeoProbe;
import doublezero.sdk.geolocation.instruction.CreateGeoProbeAccounts;
import doublezero.sdk.geolocation.instruction.DeleteGeoProbe;
import doublezero.sdk.geolocation.instruction.GeoProbeAccounts;
import doublezero.sdk.geolocation.instruction.UpdateGeoProbe;
import doublezero.sdk.geolocation.pda.GeolocationPda;
import doublezero.sdk.geolocation.state.GeoProbe;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.ExchangeStatus;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/// `doublezero geolocation probe create|update|delete|get|list|add-parent|remove-parent` (reference
/// `smartcontract/cli/src/geolocation/probe/*.rs`, SDK `smartcontract/sdk/rs/src/geolocation/
/// geo_probe/*.rs`, `telemetry-geolocation.md` §D.6): CreateGeoProbe (tag 2), UpdateGeoProbe (3)
/// and DeleteGeoProbe (4) here, the parent commands in [ProbeParentCommands], `get`/`list` in
/// [ProbeReadCommands]. Every write is checked against the ledger first (the probe exists, the
/// exchange or device exists and is activated) so that a mistake is named before anything is sent.
@Command(
    name = "probe",
    description = "Manage geolocation probes.",
    subcommands = {
      ProbeCommand.Create.class,
      ProbeCommand.Update.class,
      ProbeCommand.Delete.class,
      ProbeReadCommands.Get.class,
      ProbeReadCommands.ListCmd.class,
      ProbeParentCommands.AddParent.class,
      ProbeParentCommands.RemoveParent.class
    })
public final class ProbeCommand extends GroupCommand {

  /// @param geo the context
  /// @param code a probe code
  /// @return the probe's account, which must exist
  static PublicKey existing(GeoContext geo, String code) {
    PublicKey pda = GeolocationPda.geoProbe(geo.programId(), code).address();
    geo.probe(pda, code);
    return pda;
  }

  @Command(name = "create", description = "Create a new geolocation probe.")
  static final class Create extends CliCommand {
    @Mixin GeoProgramOption program;

    @Option(
        names = "--code",
        required = true,
        converter = CodeConverter.class,
        description = "Unique probe code (e.g. ams-probe-01).")
    String code;

    @Option(
        names = "--exchange",
        required = true,
        converter = PubkeyOrCodeConverter.class,
        description = "Exchange account pubkey (or code).")
    String exchange;

    @Option(
        names = "--public-ip",
        required = true,
        converter = Ipv4Converter.class,
        description = "Public IPv4 address where the probe listens.")
    Ipv4Address publicIp;

    @Option(
        names = "--port",
        defaultValue = "8923",
        converter = U16Converter.class,
        description = "UDP listen port for location offsets (default: 8923).")
    int port;

    @Option(
        names = "--signing-keypair",
        required = true,
        converter = PubkeyConverter.class,
        description = "Signing keypair public key.")
    PublicKey signingKey;

    @Override
    protected void execute(Session s) {
      GeoContext geo = GeoContext.of(s, program);
      Keyed<Exchange> ex = s.ledger().exchange(exchange);
      if (ex.value().status() != ExchangeStatus.ACTIVATED) {
        throw new CliException(
            "Exchange "
                + ex.value().code()
                + " is not activated (status: "
                + ex.value().status().rustDisplay()
                + ")");
      }
      PublicKey pda = GeolocationPda.geoProbe(geo.programId(), code).address();
      if (geo.client().get(pda).isPresent()) {
        throw new CliException("GeoProbe '" + code + "' already exists (account " + pda + ")");
      }
      geo.send(
          new CreateGeoProbe(code, publicIp, port, signingKey)
              .toInstruction(
                  geo.programId(),
                  CreateGeoProbeAccounts.derive(
                      geo.programId(), code, ex.key(), geo.globalState(), s.signer().publicKey())));
      s.out().println("Account: " + pda);
    }
  }

  @Command(name = "update", description = "Update an existing probe.")
  static final class Update extends CliCommand {
    @Mixin GeoProgramOption program;

    @Option(
        names = "--code",
        required = true,
        converter = CodeConverter.class,
        description = "Probe code to update.")
    String code;

    @Option(
        names = "--public-ip",
        converter = Ipv4Converter.class,
        description = "Updated public IPv4 address.")
    Ipv4Address publicIp;

    @Option(
        names = "--port",
        converter = U16Converter.class,
        description = "Updated UDP listen port for location offsets.")
    Integer port;

    @Option(
        names = "--signing-keypair",
        converter = PubkeyConverter.class,
        description = "Updated signing keypair public key.")
    PublicKey signingKey;

    @Override
    protected void execute(Session s) {
      if (publicIp == null && port == null && signingKey == null) {
        throw new CliException(
            "At least one of --public-ip, --port, or --signing-keypair is required");
      }
      GeoContext geo = GeoContext.of(s, program);
      existing(geo, code);
      geo.send(
          new UpdateGeoProbe(
                  Optional.ofNullable(publicIp),
                  Optional.ofNullable(port),
                  Optional.ofNullable(signingKey))
              .toInstruction(
                  geo.programId(),
                  GeoProbeAccounts.derive(
                      geo.programId(), code, geo.globalState(), s.signer().publicKey())));
    }
  }

  @Command(name = "delete", description = "Delete a probe.")
  static final class Delete extends CliCommand {
    @Mixin GeoProgramOption program;

    @Option(
        names = "--code",
        required = true,
        converter = CodeConverter.class,
        description = "Probe code to delete.")
    String code;

    @Option(names = "--yes", description = "Skip confirmation prompt.")
    boolean yes;

    @Override
    protected void execute(Session s) {
      GeoContext geo = GeoContext.of(s, program);
      PublicKey pda = existing(geo, code);
      GeoProbe probe = geo.probe(pda, code).state();
      if (probe.referenceCount() > 0) {
        throw new CliException(
            "GeoProbe '"
                + code
                + "' cannot be deleted, it has "
                + probe.referenceCount()
                + " references");
      }
      if (!yes && !Prompt.confirm(s, "Delete probe '" + code + "'? [y/N]: ")) {
        return;
      }
      geo.send(
          new DeleteGeoProbe()
              .toInstruction(
                  geo.programId(),
                  GeoProbeAccounts.derive(
                      geo.programId(), code, geo.globalState(), s.signer().publicKey())));
    }
  }
}
