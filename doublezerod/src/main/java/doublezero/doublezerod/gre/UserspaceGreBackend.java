package doublezero.doublezerod.gre;

import doublezero.doublezerod.tunnel.IpCommand;
import doublezero.doublezerod.tunnel.Tunnel;
import doublezero.doublezerod.tunnel.TunnelBackend;
import doublezero.doublezerod.tunnel.TunnelException;
import doublezero.doublezerod.tunnel.TunnelSpec;

/// The `userspace` tunnel backend: RFC 2784 GRE in this process ([GreTunnel]) for kernels without
/// `ip_gre` (our CI machines and many containers). The interface is a TUN device with the client
/// overlay /31; it interoperates with a kernel GRE peer (4-byte header, no key, no checksum). Needs
/// CAP_NET_ADMIN (TUN) and CAP_NET_RAW (raw socket).
public final class UserspaceGreBackend implements TunnelBackend {
  @Override
  public Tunnel up(TunnelSpec spec) {
    try {
      IpCommand.run("link", "del", spec.name());
    } catch (TunnelException absent) {
      // nothing to replace
    }
    return GreTunnel.open(spec, spec.localOverlay());
  }
}
