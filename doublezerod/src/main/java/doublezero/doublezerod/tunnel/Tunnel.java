package doublezero.doublezerod.tunnel;

/// A tunnel that is up; [#close] tears it down (interface deleted, its addresses and routes go with
/// it).
public interface Tunnel extends AutoCloseable {
  /// @return what the tunnel was built from
  TunnelSpec spec();

  /// Tears the tunnel down. Idempotent.
  @Override
  void close();
}
