package doublezero.doublezerod.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import doublezero.doublezerod.tunnel.IpCommand;
import doublezero.doublezerod.tunnel.TunnelException;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// [RouteTable] over `ip -j route` (iproute2's JSON), until the composition root wires the
/// rtnetlink codec.
public final class IpRouteTable implements RouteTable {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public List<KernelRoute> bgpRoutes() {
    List<KernelRoute> out = new ArrayList<>();
    for (JsonNode r :
        parse(IpCommand.run("-j", "-4", "route", "show", "table", "all", "proto", "bgp"))) {
      String dst = r.path("dst").asText();
      NetworkV4 net =
          dst.equals("default")
              ? NetworkV4.DEFAULT
              : NetworkV4.parse(dst.contains("/") ? dst : dst + "/32");
      out.add(
          new KernelRoute(
              net,
              ip(r.path("gateway")),
              ip(r.path("prefsrc")),
              table(r.path("table")),
              KernelRoute.PROTO_BGP));
    }
    return out;
  }

  @Override
  public Optional<Ipv4Address> sourceTowards(Ipv4Address dst) {
    try {
      JsonNode arr = parse(IpCommand.run("-j", "-4", "route", "get", dst.toString()));
      if (arr.isEmpty() || !arr.get(0).hasNonNull("prefsrc")) {
        return Optional.empty();
      }
      return Optional.of(Ipv4Address.parse(arr.get(0).get("prefsrc").asText()));
    } catch (TunnelException e) {
      if (e.getMessage().contains("unreachable")) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private static JsonNode parse(String text) {
    try {
      return text.isBlank() ? JSON.createArrayNode() : JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException("ip -j: " + e.getMessage(), e);
    }
  }

  private static Ipv4Address ip(JsonNode n) {
    return n.isMissingNode() || n.isNull()
        ? Ipv4Address.UNSPECIFIED
        : Ipv4Address.parse(n.asText());
  }

  private static int table(JsonNode n) {
    if (n.isMissingNode() || n.asText().equals("main")) {
      return KernelRoute.MAIN;
    }
    return n.asText().equals("local") ? 255 : n.asInt();
  }
}
