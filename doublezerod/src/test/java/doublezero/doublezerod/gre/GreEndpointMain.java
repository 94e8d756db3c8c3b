package doublezero.doublezerod.gre;

import doublezero.doublezerod.latency.IcmpPinger;
import doublezero.doublezerod.netlink.Netlink;
import doublezero.doublezerod.tunnel.Tunnel;
import doublezero.doublezerod.tunnel.TunnelSpec;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/// One side of [GreNamespaceTest], run inside a network namespace: `device SRC DST NET` opens the
/// device side of the /31 (network address) with [GreTunnel] and serves a TCP echo on port 7777;
/// `client SRC DST NET` opens the client side through [UserspaceGreBackend] (the daemon's backend),
/// pings the device overlay and sends a line over TCP. Prints `UP`, then results; exits when stdin
/// closes.
public final class GreEndpointMain {
  private GreEndpointMain() {}

  public static void main(String[] args) throws Exception {
    String role = args[0];
    TunnelSpec spec =
        new TunnelSpec(
            "doublezero0",
            Ipv4Address.parse(args[1]),
            Ipv4Address.parse(args[2]),
            NetworkV4.parse(args[3]),
            Optional.empty(),
            TunnelSpec.MTU,
            TunnelSpec.TTL);
    Netlink netlink = Netlink.open();
    Tunnel t =
        role.equals("device")
            ? GreTunnel.open(netlink, spec, spec.remoteOverlay())
            : new UserspaceGreBackend(netlink).up(spec);
    System.out.println("UP");
    System.out.flush();
    if (role.equals("device")) {
      Thread.ofPlatform().daemon().start(() -> serve(spec.remoteOverlay()));
    } else {
      List<Long> rtts = new IcmpPinger().ping(spec.remoteOverlay(), 3, Duration.ofSeconds(6));
      System.out.println("PING " + rtts.size());
      try (Socket s = new Socket()) {
        s.connect(
            new InetSocketAddress(InetAddress.getByName(spec.remoteOverlay().toString()), 7777),
            5000);
        s.setSoTimeout(5000);
        PrintWriter w = new PrintWriter(s.getOutputStream(), true, StandardCharsets.UTF_8);
        BufferedReader r =
            new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
        String big = "x".repeat(20000);
        w.println("hello " + big);
        String back = r.readLine();
        System.out.println(
            "TCP " + (back != null && back.equals("hello " + big) ? "OK" : "BAD " + back));
        System.out.println("FROM " + s.getLocalAddress().getHostAddress());
      }
      GreTunnel g = (GreTunnel) t;
      System.out.println("COUNTS sent=" + g.sent() + " received=" + g.received());
    }
    System.out.flush();
    while (System.in.read() >= 0) {
      // wait for the test to close stdin
    }
    t.close();
  }

  private static void serve(Ipv4Address address) {
    try (ServerSocket ss = new ServerSocket()) {
      ss.bind(new InetSocketAddress(InetAddress.getByName(address.toString()), 7777));
      while (true) {
        Socket s = ss.accept();
        BufferedReader r =
            new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter w = new PrintWriter(s.getOutputStream(), true, StandardCharsets.UTF_8);
        w.println(r.readLine());
        s.close();
      }
    } catch (Exception e) {
      System.out.println("SERVER " + e);
    }
  }
}
