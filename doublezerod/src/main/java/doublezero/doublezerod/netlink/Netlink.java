package doublezero.doublezerod.netlink;

import doublezero.sdk.net.NetworkV4;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/// Requests over an rtnetlink socket: each request is sent with `NLM_F_ACK` and waits for its ack;
/// batches put many requests in one datagram and collect their errors and one final ack; dumps read
/// until `NLMSG_DONE`. Thread-safe (one request at a time). The socket lives in the network
/// namespace of the thread that called [#open].
public final class Netlink implements AutoCloseable {
  /// Requests per datagram. Only the last request of a datagram asks for an ack; the kernel acks
  /// the others only when they fail, each such ack being its own socket buffer (under 1 KiB of
  /// receive-buffer accounting), so even a datagram whose every request fails fits the default
  /// receive buffer (about 208 KiB).
  static final int BATCH_MESSAGES = 128;

  private static final int FLAGS_OFFSET = 6;
  private static final VarHandle U16 =
      MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.nativeOrder());

  private final NetlinkSocket socket = new NetlinkSocket(0, 5000, 0);
  private int seq = (int) (System.nanoTime() & 0x3FFFFFFF);

  private Netlink() {}

  /// @return a request socket in the calling thread's network namespace
  /// @throws NetlinkException when the socket cannot be opened or bound
  public static Netlink open() {
    return new Netlink();
  }

  /// Sends one request and waits for its ack.
  ///
  /// @param operation text for errors, e.g. `RTM_NEWROUTE 4.4.4.4/32`
  /// @param request builds the request bytes for a sequence number (an [RtnetlinkCodec] method)
  /// @throws NetlinkException with the kernel's errno when it refuses
  public synchronized void execute(String operation, IntFunction<byte[]> request) {
    int s = ++seq;
    socket.send(request.apply(s));
    int errno = awaitAcks(s, 1, new int[1]);
    if (errno != 0) {
      throw new NetlinkException(operation, errno);
    }
  }

  /// Sends many requests, packed 128 to a datagram, and collects the outcome of each. Within a
  /// datagram only the last request carries `NLM_F_ACK`: the kernel processes a datagram's requests
  /// in order and reports every failure whatever the flag, so the last ack arrives after every
  /// error of its datagram (one `recv` per datagram instead of one per request). The request bytes
  /// are otherwise unchanged.
  ///
  /// @param requests request builders, in order (requests that ask for an ack)
  /// @return the errno of each request that failed, by its index in `requests` (empty when all
  ///   succeeded)
  /// @throws NetlinkException (errno 110) when the final ack of a datagram does not come within 10
  ///   s
  public synchronized Map<Integer, Integer> executeAll(List<IntFunction<byte[]>> requests) {
    Map<Integer, Integer> failures = new HashMap<>();
    int[] errnos = new int[Math.min(BATCH_MESSAGES, requests.size())];
    int i = 0;
    while (i < requests.size()) {
      int count = Math.min(BATCH_MESSAGES, requests.size() - i);
      int first = seq + 1;
      byte[][] messages = new byte[count][];
      int length = 0;
      for (int k = 0; k < count; k++) {
        messages[k] = requests.get(i + k).apply(++seq);
        length += messages[k].length;
      }
      byte[] datagram = new byte[length];
      int at = 0;
      for (int k = 0; k < count; k++) {
        byte[] m = messages[k];
        if (k < count - 1) {
          short flags = (short) U16.get(m, FLAGS_OFFSET);
          U16.set(m, FLAGS_OFFSET, (short) (flags & ~Rtnetlink.NLM_F_ACK));
        }
        System.arraycopy(m, 0, datagram, at, m.length);
        at += m.length;
      }
      socket.send(datagram);
      Arrays.fill(errnos, 0);
      awaitAcks(first, count, errnos);
      for (int k = 0; k < count; k++) {
        if (errnos[k] != 0) {
          failures.put(i + k, errnos[k]);
        }
      }
      i += count;
    }
    return failures;
  }

  /// Reads acks until the one of the last request `first + count - 1` (errors of the requests
  /// before it arrive first).
  ///
  /// @param errnos receives the errno of request `first + k` at `k` (untouched when it succeeded)
  /// @return the errno of the last request
  private int awaitAcks(int first, int count, int[] errnos) {
    int last = first + count - 1;
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (true) {
      byte[] datagram = socket.receive();
      if (datagram.length == 0 && System.nanoTime() > deadline) {
        throw new NetlinkException("waiting for the ack of netlink request " + last, 110);
      }
      boolean done = false;
      for (NetlinkMessage m : RtnetlinkParser.parse(datagram, datagram.length)) {
        if (m instanceof NetlinkMessage.Ack(int s, int errno) && s - first >= 0 && s - last <= 0) {
          errnos[s - first] = errno;
          done |= s == last;
        }
      }
      if (done) {
        return errnos[count - 1];
      }
    }
  }

  /// @return every IPv4 route of every table
  public List<KernelRoute> routes() {
    List<KernelRoute> out = new ArrayList<>();
    for (NetlinkMessage m : dump(RtnetlinkCodec::dumpRoutes)) {
      if (m instanceof NetlinkMessage.Route r) {
        out.add(r.route());
      }
    }
    return out;
  }

  /// @return every link
  public List<KernelLink> links() {
    List<KernelLink> out = new ArrayList<>();
    for (NetlinkMessage m : dump(RtnetlinkCodec::dumpLinks)) {
      if (m instanceof NetlinkMessage.Link l) {
        out.add(l.link());
      }
    }
    return out;
  }

  /// @return every IPv4 policy rule
  public List<KernelRule> rules() {
    List<KernelRule> out = new ArrayList<>();
    for (NetlinkMessage m : dump(RtnetlinkCodec::dumpRules)) {
      if (m instanceof NetlinkMessage.Rule r) {
        out.add(r.rule());
      }
    }
    return out;
  }

  /// @param name an interface name
  /// @return the link of that name
  public Optional<KernelLink> link(String name) {
    return links().stream().filter(l -> l.name().equals(name)).findFirst();
  }

  private synchronized List<NetlinkMessage> dump(IntFunction<byte[]> request) {
    int s = ++seq;
    socket.send(request.apply(s));
    List<NetlinkMessage> out = new ArrayList<>();
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline) {
      byte[] datagram = socket.receive();
      for (NetlinkMessage m : RtnetlinkParser.parse(datagram, datagram.length)) {
        if (m.seq() != s) {
          continue;
        }
        if (m instanceof NetlinkMessage.Done) {
          return out;
        }
        if (m instanceof NetlinkMessage.Ack(int ignored, int errno) && errno != 0) {
          throw new NetlinkException("dump", errno);
        }
        out.add(m);
      }
    }
    throw new NetlinkException("dump did not finish within 10 s", 110);
  }

  /// `ip route replace`.
  ///
  /// @param route the route
  /// @throws NetlinkException when the kernel refuses
  public void replaceRoute(RouteSpec route) {
    execute("RTM_NEWROUTE " + route, s -> RtnetlinkCodec.replaceRoute(route, s));
  }

  /// `ip route del`.
  ///
  /// @param route the route
  /// @throws NetlinkException when the kernel refuses (3 ESRCH when it is not there)
  public void deleteRoute(RouteSpec route) {
    execute("RTM_DELROUTE " + route, s -> RtnetlinkCodec.deleteRoute(route, s));
  }

  /// `ip link add NAME type gre ...`.
  ///
  /// @param link the link
  /// @throws NetlinkException when the kernel refuses (95 EOPNOTSUPP without `ip_gre`, 17 EEXIST)
  public void createGreLink(GreLinkSpec link) {
    execute("RTM_NEWLINK gre " + link.name(), s -> RtnetlinkCodec.newGreLink(link, s));
  }

  /// `ip link set dev X up mtu M`.
  ///
  /// @param index interface index
  /// @param mtu MTU, bytes
  public void setLinkUp(int index, int mtu) {
    execute("RTM_NEWLINK up ifindex " + index, s -> RtnetlinkCodec.setLinkUp(index, mtu, s));
  }

  /// `ip link del X`.
  ///
  /// @param index interface index
  public void deleteLink(int index) {
    execute("RTM_DELLINK ifindex " + index, s -> RtnetlinkCodec.deleteLink(index, s));
  }

  /// `ip addr add A/N dev X`.
  ///
  /// @param index interface index
  /// @param address address and prefix length
  public void addAddress(int index, NetworkV4 address) {
    execute("RTM_NEWADDR " + address, s -> RtnetlinkCodec.addAddress(index, address, s));
  }

  /// `ip addr del A/N dev X`.
  ///
  /// @param index interface index
  /// @param address address and prefix length
  public void deleteAddress(int index, NetworkV4 address) {
    execute("RTM_DELADDR " + address, s -> RtnetlinkCodec.deleteAddress(index, address, s));
  }

  /// `ip rule add`.
  ///
  /// @param rule the rule
  public void addRule(RuleSpec rule) {
    execute("RTM_NEWRULE " + rule, s -> RtnetlinkCodec.addRule(rule, s));
  }

  /// `ip rule del`.
  ///
  /// @param rule the rule
  public void deleteRule(RuleSpec rule) {
    execute("RTM_DELRULE " + rule, s -> RtnetlinkCodec.deleteRule(rule, s));
  }

  @Override
  public void close() {
    socket.close();
  }
}
