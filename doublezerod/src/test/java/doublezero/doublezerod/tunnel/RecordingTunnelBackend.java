package doublezero.doublezerod.tunnel;

import java.util.ArrayList;
import java.util.List;

/// A [TunnelBackend] that builds nothing and records every call: `up NAME SRC->DST OVERLAY [dz=IP]`
/// and `down NAME`. For tests of the reconciler, the API and the CLI flows.
public final class RecordingTunnelBackend implements TunnelBackend {
  private final List<String> calls = new ArrayList<>();
  private final List<TunnelSpec> active = new ArrayList<>();

  @Override
  public synchronized Tunnel up(TunnelSpec spec) {
    calls.add(
        "up "
            + spec.name()
            + " "
            + spec.src()
            + "->"
            + spec.dst()
            + " "
            + spec.overlay()
            + spec.dzIp().map(ip -> " dz=" + ip).orElse("")
            + " mtu="
            + spec.mtu()
            + " ttl="
            + spec.ttl());
    active.add(spec);
    return new Tunnel() {
      private boolean closed;

      @Override
      public TunnelSpec spec() {
        return spec;
      }

      @Override
      public void close() {
        synchronized (RecordingTunnelBackend.this) {
          if (!closed) {
            closed = true;
            calls.add("down " + spec.name());
            active.remove(spec);
          }
        }
      }
    };
  }

  /// @return every call so far
  public synchronized List<String> calls() {
    return List.copyOf(calls);
  }

  /// @return the tunnels that are up
  public synchronized List<TunnelSpec> active() {
    return List.copyOf(active);
  }
}
