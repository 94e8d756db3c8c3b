package doublezero.e2e;

import doublezero.e2e.DeviceSide.UserTunnel;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.client.ServiceabilityClient;
import doublezero.sdk.serviceability.state.AccountType;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.solana.client.DecodedAccount;
import java.util.Comparator;
import java.util.List;

/// Plays the controller and the device agent: every 200 ms it reads the users from chain and, when
/// the set of tunnels of the client IPs' Activated (or Updating: a group change keeps the tunnel)
/// users changes, configures the device for exactly those ([DeviceSide#configure]). A tunnel ends
/// on the user's tunnel endpoint, or on the device's public IP when that is 0.0.0.0.
final class ControllerStandIn implements AutoCloseable {
  private final ServiceabilityClient chain;
  private final List<Ipv4Address> clientIps;
  private final DeviceSide device;
  private final Thread loop;
  private volatile boolean running = true;
  private volatile long configuredAt;

  ControllerStandIn(ServiceabilityClient chain, List<Ipv4Address> clientIps, DeviceSide device) {
    this.chain = chain;
    this.clientIps = List.copyOf(clientIps);
    this.device = device;
    this.loop = Thread.ofPlatform().daemon().name("controller").start(this::run);
  }

  private void run() {
    while (running) {
      try {
        List<UserTunnel> want =
            chain.getAll(AccountType.USER, User.class).stream()
                .map(DecodedAccount::state)
                .filter(u -> clientIps.contains(u.clientIp()))
                .filter(
                    u -> u.status() == UserStatus.ACTIVATED || u.status() == UserStatus.UPDATING)
                .map(this::tunnel)
                .sorted(Comparator.comparing(UserTunnel::name))
                .toList();
        if (!want.equals(device.tunnels())) {
          device.configure(want);
          if (!want.isEmpty()) {
            configuredAt = System.nanoTime();
          }
        }
        Thread.sleep(200);
      } catch (InterruptedException e) {
        return;
      } catch (Exception e) {
        System.err.println("controller stand-in: " + e);
      }
    }
  }

  private UserTunnel tunnel(User u) {
    Ipv4Address endpoint =
        u.tunnelEndpoint().isUnspecified() ? device.deviceIp() : u.tunnelEndpoint();
    return new UserTunnel("Tunnel" + u.tunnelId(), endpoint, u.clientIp(), u.tunnelNet());
  }

  /// @return [System#nanoTime] when the device was last configured for an activated user
  long configuredAt() {
    return configuredAt;
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    loop.interrupt();
    loop.join(5000);
  }
}
