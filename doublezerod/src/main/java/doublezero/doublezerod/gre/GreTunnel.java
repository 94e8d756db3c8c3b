package doublezero.doublezerod.gre;

import doublezero.doublezerod.netlink.Netlink;
import doublezero.doublezerod.tunnel.Tunnel;
import doublezero.doublezerod.tunnel.TunnelException;
import doublezero.doublezerod.tunnel.TunnelLinks;
import doublezero.doublezerod.tunnel.TunnelSpec;
import doublezero.sdk.net.Ipv4Address;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// One userspace GRE tunnel: a TUN interface carrying the overlay addresses, a raw GRE socket, and
/// two pump threads. Outbound, each IPv4 packet read from the interface gets the 4-byte GRE header
/// and goes to the peer; inbound, each GRE packet from the peer is decoded and its IPv4 payload
/// written to the interface. Anything else (IPv6 from the interface, malformed GRE, other protocol
/// types) is counted in [#dropped] and logged once per kind.
public final class GreTunnel implements Tunnel {
  private static final Logger LOG = LoggerFactory.getLogger(GreTunnel.class);
  private static final int BUF = 65536;
  private final TunnelSpec spec;
  private final TunDevice tun;
  private final RawGreSocket raw;
  private final Thread out;
  private final Thread in;
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong received = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private volatile boolean running = true;
  private volatile boolean warnedOut;
  private volatile boolean warnedIn;

  private GreTunnel(TunnelSpec spec, TunDevice tun, RawGreSocket raw) {
    this.spec = spec;
    this.tun = tun;
    this.raw = raw;
    this.out = Thread.ofPlatform().daemon().name("gre-out-" + spec.name()).start(this::pumpOut);
    this.in = Thread.ofPlatform().daemon().name("gre-in-" + spec.name()).start(this::pumpIn);
  }

  /// Builds a tunnel whose interface carries `localAddress/31` (and the dz_ip /32 of `spec`, when
  /// present).
  ///
  /// @param netlink the request socket that configures the interface
  /// @param spec the tunnel
  /// @param localAddress this side's overlay address: [TunnelSpec#localOverlay] for a client, the
  ///   network address for a device-side endpoint
  /// @return the running tunnel
  /// @throws TunnelException when the interface or socket cannot be set up (nothing is left behind)
  public static GreTunnel open(Netlink netlink, TunnelSpec spec, Ipv4Address localAddress) {
    TunDevice tun;
    try {
      tun = TunDevice.open(spec.name());
    } catch (RuntimeException e) {
      throw new TunnelException(
          "cannot create TUN interface " + spec.name() + ": " + e.getMessage(), e);
    }
    RawGreSocket raw;
    try {
      TunnelLinks.configure(netlink, spec, localAddress);
      raw = RawGreSocket.open(spec.src(), spec.dst(), spec.ttl());
    } catch (RuntimeException e) {
      tun.close();
      throw e instanceof TunnelException t
          ? t
          : new TunnelException(
              "cannot open GRE socket " + spec.src() + "->" + spec.dst() + ": " + e.getMessage(),
              e);
    }
    LOG.atInfo()
        .addKeyValue("name", spec.name())
        .addKeyValue("src", spec.src())
        .addKeyValue("dst", spec.dst())
        .addKeyValue("address", localAddress + "/31")
        .log("gre: userspace tunnel up");
    return new GreTunnel(spec, tun, raw);
  }

  private void pumpOut() {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment buf = a.allocate(BUF + GreCodec.HEADER);
      MemorySegment payload = buf.asSlice(GreCodec.HEADER);
      byte[] header = new byte[GreCodec.HEADER];
      GreCodec.writeHeader(header, 0, GreCodec.PROTO_IPV4);
      MemorySegment.copy(header, 0, buf, ValueLayout.JAVA_BYTE, 0, GreCodec.HEADER);
      while (running) {
        int n = tun.read(payload, 200);
        if (n <= 0) {
          continue;
        }
        if ((payload.get(ValueLayout.JAVA_BYTE, 0) & 0xf0) != 0x40) {
          drop(true, "non-IPv4 packet from the interface");
          continue;
        }
        if (raw.send(buf, n + GreCodec.HEADER)) {
          sent.incrementAndGet();
        } else {
          drop(true, "peer unreachable (ICMP error)");
        }
      }
    } catch (RuntimeException e) {
      if (running) {
        LOG.atError()
            .addKeyValue("name", spec.name())
            .addKeyValue("error", e.getMessage())
            .log("gre: outbound failed");
      }
    }
  }

  private void pumpIn() {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment buf = a.allocate(BUF);
      byte[] bytes = new byte[BUF];
      while (running) {
        int n = raw.receive(buf);
        if (n <= 0) {
          continue;
        }
        MemorySegment.copy(buf, ValueLayout.JAVA_BYTE, 0, bytes, 0, n);
        GreFrame f;
        try {
          f = GreCodec.decodeIpv4(bytes, n);
        } catch (GreFormatException e) {
          drop(false, e.getMessage());
          continue;
        }
        if (f.protocol() != GreCodec.PROTO_IPV4) {
          drop(false, String.format("GRE protocol 0x%04x", f.protocol()));
          continue;
        }
        tun.write(buf.asSlice(f.payloadOffset()), f.payloadLength());
        received.incrementAndGet();
      }
    } catch (RuntimeException e) {
      if (running) {
        LOG.atError()
            .addKeyValue("name", spec.name())
            .addKeyValue("error", e.getMessage())
            .log("gre: inbound failed");
      }
    }
  }

  private void drop(boolean outbound, String why) {
    dropped.incrementAndGet();
    if (outbound ? !warnedOut : !warnedIn) {
      if (outbound) {
        warnedOut = true;
      } else {
        warnedIn = true;
      }
      LOG.atDebug()
          .addKeyValue("name", spec.name())
          .addKeyValue("reason", why)
          .log("gre: packet dropped");
    }
  }

  @Override
  public TunnelSpec spec() {
    return spec;
  }

  /// @return packets sent to the peer
  public long sent() {
    return sent.get();
  }

  /// @return packets received from the peer and delivered to the interface
  public long received() {
    return received.get();
  }

  /// @return packets dropped (counted by kind in the log)
  public long dropped() {
    return dropped.get();
  }

  @Override
  public void close() {
    if (!running) {
      return;
    }
    running = false;
    try {
      out.join(1000);
      in.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    raw.close();
    tun.close();
    LOG.atInfo()
        .addKeyValue("name", spec.name())
        .addKeyValue("sent", sent.get())
        .addKeyValue("received", received.get())
        .addKeyValue("dropped", dropped.get())
        .log("gre: userspace tunnel down");
  }
}
