package doublezero.controller.state;

import static doublezero.controller.state.Accounts.at;
import static doublezero.controller.state.Accounts.device;
import static doublezero.controller.state.Accounts.loopback;
import static doublezero.controller.state.Accounts.pk;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.controller.device.BgpPeer;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.LoopbackType;
import doublezero.sdk.serviceability.state.ServiceabilityAccount;
import doublezero.sdk.solana.client.DecodedAccount;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/// iBGP/MSDP peers come out in the order `getProgramAccounts` returned the devices, neither by code
/// nor by address: the reference appends each healthy device's loopbacks in response order
/// (`controlplane/controller/internal/controller/server.go:270,347-348`, devices in response order
/// from `smartcontract/sdk/go/serviceability/client.go:64,100`) and sorts nothing but interfaces.
class PeerOrderRuleTest {
  static DecodedAccount<? extends ServiceabilityAccount> dev(int key, String code, int octet) {
    return at(
        pk(key),
        device(
            code,
            octet + ".0.0.1",
            E2eScenarios.EXCHANGE,
            DeviceStatus.ACTIVATED,
            List.of(
                loopback("Loopback255", LoopbackType.VPNV4, octet + ".0.0.255/32", key),
                loopback("Loopback256", LoopbackType.IPV4, octet + ".0.1.0/32", 0))));
  }

  @Test
  void peersKeepTheRpcOrder() {
    List<DecodedAccount<? extends ServiceabilityAccount>> a =
        new ArrayList<>(StateBuilderTest.base());
    a.add(dev(3, "mmm", 30));
    a.add(dev(1, "zzz", 10));
    a.add(dev(2, "aaa", 20));
    StateCache c = StateBuilderTest.build(a);
    assertThat(c.vpnv4Peers().stream().map(BgpPeer::name)).containsExactly("mmm", "zzz", "aaa");
    assertThat(c.ipv4Peers().stream().map(BgpPeer::name)).containsExactly("mmm", "zzz", "aaa");
  }
}
