package doublezero.doublezerod;

import doublezero.doublezerod.chain.ChainSource;
import doublezero.doublezerod.chain.ProgramData;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceDesiredStatus;
import doublezero.sdk.serviceability.state.DeviceHealth;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.DeviceType;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.ExchangeStatus;
import doublezero.sdk.serviceability.state.GlobalConfig;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserCyoa;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.PublicKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/// An in-memory ledger for daemon tests: devices, users and exchanges built with few arguments,
/// served as [ProgramData]; [#fail] makes the next fetches throw (an RPC outage).
public final class ChainFixture implements ChainSource {
  public static final PublicKey EXCHANGE = key(200);
  public final Map<PublicKey, Device> devices = new LinkedHashMap<>();
  public final Map<PublicKey, User> users = new LinkedHashMap<>();
  public final Map<PublicKey, Exchange> exchanges = new LinkedHashMap<>();
  private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

  public ChainFixture() {
    exchanges.put(
        EXCHANGE,
        new Exchange(
            key(1),
            U128.ZERO,
            255,
            40.7,
            -74.0,
            10000,
            0,
            ExchangeStatus.ACTIVATED,
            "xewr",
            "New York",
            0,
            PublicKey.DEFAULT,
            PublicKey.DEFAULT));
  }

  public static PublicKey key(int n) {
    byte[] b = new byte[32];
    b[0] = (byte) n;
    b[31] = 7;
    return PublicKey.of(b);
  }

  public synchronized PublicKey device(int n, String code, String publicIp, String prefix) {
    PublicKey k = key(100 + n);
    devices.put(
        k,
        new Device(
            key(1),
            U128.ZERO,
            255,
            key(2),
            EXCHANGE,
            DeviceType.HYBRID,
            Ipv4Address.parse(publicIp),
            DeviceStatus.ACTIVATED,
            code,
            List.of(NetworkV4.parse(prefix)),
            key(1),
            key(3),
            "mgmt",
            List.of(),
            0,
            0,
            128,
            DeviceHealth.READY_FOR_USERS,
            DeviceDesiredStatus.ACTIVATED,
            0,
            0,
            0,
            0,
            0,
            0,
            0));
    return k;
  }

  public synchronized PublicKey user(
      int n,
      PublicKey device,
      UserType type,
      String clientIp,
      String dzIp,
      String tunnelNet,
      UserStatus status) {
    PublicKey k = key(n);
    users.put(
        k,
        new User(
            key(1),
            U128.ZERO,
            255,
            type,
            PublicKey.DEFAULT,
            device,
            UserCyoa.GRE_OVER_DIA,
            Ipv4Address.parse(clientIp),
            Ipv4Address.parse(dzIp),
            500,
            NetworkV4.parse(tunnelNet),
            status,
            List.of(),
            List.of(),
            PublicKey.DEFAULT,
            Ipv4Address.UNSPECIFIED));
    return k;
  }

  public synchronized void removeUser(PublicKey k) {
    users.remove(k);
  }

  public void fail(RuntimeException e) {
    failure.set(e);
  }

  @Override
  public synchronized ProgramData fetch() {
    RuntimeException e = failure.get();
    if (e != null) {
      throw e;
    }
    GlobalConfig gc =
        new GlobalConfig(
            key(1),
            255,
            65000,
            65342,
            NetworkV4.parse("172.16.0.0/16"),
            NetworkV4.parse("169.254.0.0/16"),
            NetworkV4.parse("233.84.178.0/24"),
            0,
            NetworkV4.parse("148.51.120.0/21"));
    return new ProgramData(devices, users, exchanges, Map.of(), Map.of(), Optional.of(gc));
  }
}
