package doublezero.doublezerod.clientip;

import doublezero.sdk.net.Ipv4Address;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/// The daemon's client IP (reference `client/doublezerod/internal/runtime/clientip.go`, §D.2):
/// `--client-ip` when given (must be IPv4); else the kernel's source address for the default route
/// (a UDP "connect" to 8.8.8.8:80, no packet sent), accepted only when it is not a BGP martian;
/// else `GET https://ifconfig.me/ip` (5 s timeout, 3 attempts 2 s apart, must be IPv4).
public final class ClientIpDiscovery {
  private ClientIpDiscovery() {}

  /// How the address was found (the `method` of the start-up log line).
  ///
  /// @param ip the address
  /// @param method `explicit flag`, `default route` or `external discovery (ifconfig.me)`
  public record Discovered(Ipv4Address ip, String method) {}

  /// @param explicit `--client-ip`, empty when not given
  /// @param external the external discovery URL (tests point it elsewhere)
  /// @return the client IP and how it was found
  /// @throws IllegalArgumentException `client IP discovery failed: …` when every method fails
  public static Discovered discover(Optional<String> explicit, URI external) {
    if (explicit.isPresent()) {
      try {
        return new Discovered(Ipv4Address.parse(explicit.get()), "explicit flag");
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "client IP discovery failed: invalid --client-ip "
                + explicit.get()
                + ": not an IPv4 address");
      }
    }
    Optional<Ipv4Address> route = defaultRouteSource();
    if (route.isPresent() && Martians.reason(route.get()).isEmpty()) {
      return new Discovered(route.get(), "default route");
    }
    String last = "no public IPv4 source on the default route";
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return new Discovered(fetch(external), "external discovery (ifconfig.me)");
      } catch (IOException | IllegalArgumentException e) {
        last = e.getMessage();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      try {
        Thread.sleep(2000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new IllegalArgumentException("client IP discovery failed: " + last);
  }

  static Optional<Ipv4Address> defaultRouteSource() {
    try (DatagramSocket s = new DatagramSocket()) {
      s.connect(new InetSocketAddress("8.8.8.8", 80));
      InetAddress a = s.getLocalAddress();
      if (a instanceof Inet4Address && !a.isAnyLocalAddress()) {
        return Optional.of(Ipv4Address.ofOctets(a.getAddress()));
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static Ipv4Address fetch(URI url) throws IOException, InterruptedException {
    try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IOException(url + " answered " + r.statusCode());
      }
      return Ipv4Address.parse(r.body().strip());
    }
  }
}
