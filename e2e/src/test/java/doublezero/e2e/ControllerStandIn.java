package doublezero.e2e;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.client.ServiceabilityClient;
import doublezero.sdk.serviceability.state.AccountType;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.solana.client.DecodedAccount;
import java.util.Optional;

/// Plays the controller and the device agent: every 200 ms it reads the users from chain and, when
/// the Activated user of the client IP appears, changes tunnel or goes away, configures the device
/// for it ([DeviceSide#configure]) or clears it.
final class ControllerStandIn implements AutoCloseable {
  private final ServiceabilityClient chain;
  private final Ipv4Address clientIp;
  private final DeviceSide device;
  private final Thread loop;
  private volatile boolean running = true;
  private volatile long configuredAt;

  ControllerStandIn(ServiceabilityClient chain, Ipv4Address clientIp, DeviceSide device) {
    this.chain = chain;
    this.clientIp = clientIp;
    this.device = device;
    this.loop = Thread.ofPlatform().daemon().name("controller").start(this::run);
  }

  private void run() {
    while (running) {
      try {
        Optional<NetworkV4> want =
            chain.getAll(AccountType.USER, User.class).stream()
                .map(DecodedAccount::state)
                .filter(u -> u.clientIp().equals(clientIp) && u.status() == UserStatus.ACTIVATED)
                .map(User::tunnelNet)
                .findFirst();
        if (!want.equals(device.overlay())) {
          if (want.isPresent()) {
            device.configure(want.get());
            configuredAt = System.nanoTime();
          } else {
            device.clear();
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
