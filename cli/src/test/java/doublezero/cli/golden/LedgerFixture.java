package doublezero.cli.golden;

import doublezero.localnet.Localnet;
import doublezero.localnet.ledger.Account;
import doublezero.localnet.ledger.Rent;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.environment.Environment;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.*;
import doublezero.sdk.solana.key.PublicKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// Builds ledger state in a running localnet by writing serviceability accounts straight into it
/// (as `solana-test-validator --account` would), at the addresses the program would use.
final class LedgerFixture {
  static final PublicKey PROGRAM = Environment.LOCAL.serviceabilityProgramId();
  private final Map<PublicKey, Account> pending = new LinkedHashMap<>();
  private long index = 1;

  PublicKey location(PublicKey owner, String code, String name, String country) {
    U128 i = next();
    return put(
        ServiceabilityPdas.location(PROGRAM, i).address(),
        new Location(
            owner, i, 255, 1.5, -2.25, 0, LocationStatus.ACTIVATED, code, name, country, 0));
  }

  PublicKey exchange(PublicKey owner, String code, String name) {
    U128 i = next();
    return put(
        ServiceabilityPdas.exchange(PROGRAM, i).address(),
        new Exchange(
            owner,
            i,
            255,
            1,
            2,
            10000,
            0,
            ExchangeStatus.ACTIVATED,
            code,
            name,
            0,
            PublicKey.DEFAULT,
            PublicKey.DEFAULT));
  }

  PublicKey contributor(PublicKey owner, String code) {
    U128 i = next();
    return put(
        ServiceabilityPdas.contributor(PROGRAM, i).address(),
        new Contributor(owner, i, 255, ContributorStatus.ACTIVATED, code, 0, PublicKey.DEFAULT));
  }

  PublicKey device(
      PublicKey owner,
      String code,
      PublicKey contributor,
      PublicKey location,
      PublicKey exchange,
      String publicIp,
      List<NetworkV4> prefixes,
      int users) {
    U128 i = next();
    return put(
        ServiceabilityPdas.device(PROGRAM, i).address(),
        new Device(
            owner,
            i,
            255,
            location,
            exchange,
            DeviceType.HYBRID,
            Ipv4Address.parse(publicIp),
            DeviceStatus.ACTIVATED,
            code,
            prefixes,
            owner,
            contributor,
            "mgmt",
            List.of(),
            0,
            users,
            128,
            DeviceHealth.READY_FOR_USERS,
            DeviceDesiredStatus.ACTIVATED,
            users,
            0,
            0,
            0,
            0,
            0,
            0));
  }

  PublicKey user(
      PublicKey owner,
      UserType type,
      PublicKey device,
      String clientIp,
      String dzIp,
      int tunnelId,
      String tunnelNet,
      UserStatus status,
      List<PublicKey> pubs,
      List<PublicKey> subs) {
    Ipv4Address ip = Ipv4Address.parse(clientIp);
    PublicKey addr = ServiceabilityPdas.userV2(PROGRAM, ip, type).address();
    return put(
        addr,
        new User(
            owner,
            U128.ofUnsigned(0),
            255,
            type,
            PublicKey.DEFAULT,
            device,
            UserCyoa.GRE_OVER_DIA,
            ip,
            Ipv4Address.parse(dzIp),
            tunnelId,
            NetworkV4.parse(tunnelNet),
            status,
            pubs,
            subs,
            PublicKey.DEFAULT,
            Ipv4Address.UNSPECIFIED));
  }

  PublicKey prepaidPass(PublicKey userPayer, String clientIp) {
    Ipv4Address ip = Ipv4Address.parse(clientIp);
    return put(
        ServiceabilityPdas.accessPass(PROGRAM, ip, userPayer).address(),
        new AccessPass(
            userPayer,
            255,
            AccessPassType.PREPAID,
            ip,
            userPayer,
            -1L,
            1,
            AccessPassStatus.CONNECTED,
            List.of(),
            List.of(),
            0,
            List.of()));
  }

  PublicKey multicastGroup(
      PublicKey owner, String code, String ip, long bandwidth, int pubs, int subs) {
    U128 i = next();
    return put(
        ServiceabilityPdas.multicastGroup(PROGRAM, i).address(),
        new MulticastGroup(
            owner,
            i,
            255,
            PublicKey.DEFAULT,
            Ipv4Address.parse(ip),
            bandwidth,
            MulticastGroupStatus.ACTIVATED,
            code,
            pubs,
            subs));
  }

  void writeTo(Localnet net) {
    net.node().writeAccounts(pending).join();
    pending.clear();
  }

  private U128 next() {
    return U128.ofUnsigned(index++);
  }

  private PublicKey put(PublicKey address, ServiceabilityAccount value) {
    byte[] data = value.encode();
    pending.put(
        address,
        new Account(
            Rent.minimumBalance(data.length), PROGRAM, data, false, Account.RENT_EXEMPT_EPOCH));
    return address;
  }
}
