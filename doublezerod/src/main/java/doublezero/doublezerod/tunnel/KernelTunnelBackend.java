package doublezero.doublezerod.tunnel;

/// The `kernel` backend: a kernel GRE link (`ip link add NAME type gre local SRC remote DST ttl
/// 64`, MTU 1476), the client overlay /31, the dz_ip /32 when asked, link up. It drives iproute2
/// until the composition root wires the rtnetlink codec (`doublezero.doublezerod.netlink`) behind
/// this same interface.
public final class KernelTunnelBackend implements TunnelBackend {
  @Override
  public Tunnel up(TunnelSpec spec) {
    try {
      IpCommand.run("link", "del", spec.name());
    } catch (TunnelException absent) {
      // nothing to replace
    }
    IpCommand.run(
        "link",
        "add",
        spec.name(),
        "type",
        "gre",
        "local",
        spec.src().toString(),
        "remote",
        spec.dst().toString(),
        "ttl",
        Integer.toString(spec.ttl()));
    try {
      IpCommand.run("link", "set", "dev", spec.name(), "mtu", Integer.toString(spec.mtu()));
      IpCommand.run(
          "addr", "add", spec.localOverlay() + "/31", "dev", spec.name(), "scope", "link");
      if (spec.dzIp().isPresent()) {
        IpCommand.run("addr", "add", spec.dzIp().get() + "/32", "dev", spec.name());
      }
      IpCommand.run("link", "set", "dev", spec.name(), "up");
    } catch (TunnelException e) {
      IpCommand.run("link", "del", spec.name());
      throw e;
    }
    return new Tunnel() {
      private boolean closed;

      @Override
      public TunnelSpec spec() {
        return spec;
      }

      @Override
      public synchronized void close() {
        if (!closed) {
          closed = true;
          IpCommand.run("link", "del", spec.name());
        }
      }
    };
  }
}
