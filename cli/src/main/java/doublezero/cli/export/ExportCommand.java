package doublezero.cli.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import doublezero.cli.command.CliCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.output.Formats;
import doublezero.cli.session.Session;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.solana.key.PublicKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `doublezero export --path DIR` (reference `smartcontract/cli/src/export.rs`): for every device,
/// prints `DIR/<code>.yml` and writes there a YAML document `device:` with its name, pubkey,
/// contributor code, public IP, location and exchange, its links (`tunnels`, seen from this device)
/// and its users. A device whose location, exchange or contributor is missing stops the export with
/// `Unable to retrieve <Type>`.
@Command(name = "export", description = "Export all data to files")
public final class ExportCommand extends CliCommand {
  private static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .build());

  @Option(names = "--path", required = true, description = "Path to export the YAML files")
  String path;

  @Override
  protected void execute(Session s) {
    LedgerView l = s.ledger();
    for (Keyed<Device> d : l.all(Device.class)) {
      String name = path + "/" + d.value().code() + ".yml";
      ObjectNode doc = YAML.createObjectNode();
      ObjectNode dev = device(l, d);
      s.out().println(name);
      doc.set("device", dev);
      try {
        Files.writeString(Path.of(name), YAML.writeValueAsString(doc));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    s.out().flush();
  }

  static <T> T need(Optional<T> v, String type) {
    return v.orElseThrow(() -> new CliException("Unable to retrieve " + type));
  }

  private static ObjectNode device(LedgerView l, Keyed<Device> k) {
    Device d = k.value();
    Location loc = need(l.get(d.locationPk(), Location.class), "Location");
    Exchange ex = need(l.get(d.exchangePk(), Exchange.class), "Exchange");
    Contributor co = need(l.get(d.contributorPk(), Contributor.class), "Contributor");
    ObjectNode o = YAML.createObjectNode();
    o.put("name", d.code())
        .put("pubkey", k.key().toBase58())
        .put("contributor", co.code())
        .put("public_ip", d.publicIp().toString());
    o.putObject("location")
        .put("code", loc.code())
        .put("name", loc.name())
        .put("pubkey", d.locationPk().toBase58())
        .put("country", loc.country())
        .put("lat", loc.lat())
        .put("lng", loc.lng())
        .put("owner", loc.owner().toBase58());
    o.putObject("exchange")
        .put("code", ex.code())
        .put("name", ex.name())
        .put("pubkey", d.exchangePk().toBase58())
        .put("lat", ex.lat())
        .put("lng", ex.lng())
        .put("owner", ex.owner().toBase58());
    ArrayNode tunnels = o.putArray("tunnels");
    for (Keyed<Link> lk : l.all(Link.class)) {
      tunnel(l, k.key(), lk).ifPresent(tunnels::add);
    }
    ArrayNode users = o.putArray("users");
    l.all(User.class).stream()
        .filter(u -> u.value().devicePk().equals(k.key()))
        .forEach(
            u ->
                users
                    .addObject()
                    .put("pubkey", u.key().toBase58())
                    .put("user_type", u.value().userType().rustDisplay())
                    .put("cyoa_type", u.value().cyoaType().rustDisplay())
                    .put("client_ip", u.value().clientIp().toString())
                    .put("tunnel_id", u.value().tunnelId())
                    .put("tunnel_net", u.value().tunnelNet().toString())
                    .put("dz_ip", u.value().dzIp().toString())
                    .put("status", u.value().status().rustDisplay())
                    .put("owner", u.value().owner().toBase58())
                    .put("validator_pubkey", u.value().validatorPubkey().toBase58()));
    o.put("owner", d.owner().toBase58());
    return o;
  }

  private static Optional<ObjectNode> tunnel(LedgerView l, PublicKey device, Keyed<Link> k) {
    Link link = k.value();
    boolean a = link.sideAPk().equals(device);
    if (!a && !link.sideZPk().equals(device)) {
      return Optional.empty();
    }
    PublicKey other = a ? link.sideZPk() : link.sideAPk();
    Optional<Device> side = l.get(other, Device.class);
    if (side.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode o = YAML.createObjectNode();
    o.put("pubkey", k.key().toBase58())
        .put("code", link.code())
        .put("iface_name", a ? link.sideAIfaceName() : link.sideZIfaceName());
    o.putObject("side")
        .put("name", side.get().code())
        .put("pubkey", other.toBase58())
        .put("tunnel_id", link.tunnelId())
        .put("tunnel_net", link.tunnelNet().toString())
        .put("public_ip", side.get().publicIp().toString())
        .put("iface_name", a ? link.sideZIfaceName() : link.sideAIfaceName());
    o.put("tunnel_net", link.tunnelNet().toString())
        .put("link_type", link.linkType().rustDisplay())
        .put("bandwidth", Formats.bandwidth(link.bandwidth()))
        .put("mtu", link.mtu())
        .put("delay_ms", (float) link.delayNs() / 1_000_000f)
        .put("jitter_ms", (float) link.jitterNs() / 1_000_000f)
        .put("owner", link.owner().toBase58());
    return Optional.of(o);
  }
}
