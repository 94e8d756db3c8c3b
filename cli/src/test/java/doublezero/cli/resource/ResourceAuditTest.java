package doublezero.cli.resource;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.cli.ledger.LedgerView;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.instruction.IdOrIp;
import doublezero.sdk.serviceability.instruction.ResourceType;
import doublezero.sdk.serviceability.state.Allocator;
import doublezero.sdk.serviceability.state.ResourceExtension;
import doublezero.sdk.serviceability.state.ServiceabilityAccount;
import doublezero.sdk.solana.key.PublicKey;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/// The reference's unit tests of `smartcontract/cli/src/resource/verify.rs` on a [LedgerView] built
/// in memory: the five global extensions empty (no discrepancy), LinkIds with bits 0–7 set and no
/// links (eight orphans), no extension at all (the five global ones reported missing).
class ResourceAuditTest {
  static final PublicKey PROGRAM =
      PublicKey.fromBase58("GYhQDKuESrasNZGyhMJhGYFtbzNijYhcrN9poSqCQVah");

  static Map<PublicKey, ServiceabilityAccount> globals(int linkIdBits) {
    Map<PublicKey, ServiceabilityAccount> m = new LinkedHashMap<>();
    put(
        m,
        ResourceType.Global.USER_TUNNEL_BLOCK,
        new Allocator.Ip(NetworkV4.parse("10.0.0.0/24"), 0));
    put(
        m,
        ResourceType.Global.DEVICE_TUNNEL_BLOCK,
        new Allocator.Ip(NetworkV4.parse("172.16.0.0/24"), 0));
    put(
        m,
        ResourceType.Global.MULTICAST_GROUP_BLOCK,
        new Allocator.Ip(NetworkV4.parse("239.0.0.0/24"), 0));
    put(m, ResourceType.Global.SEGMENT_ROUTING_IDS, new Allocator.Id(0, 100, 0));
    ResourceExtension links = put(m, ResourceType.Global.LINK_IDS, new Allocator.Id(0, 100, 0));
    for (int i = 0; i < linkIdBits; i++) {
      links = links.withAllocated(i, true);
    }
    m.put(ResourceArgs.address(PROGRAM, ResourceType.Global.LINK_IDS), links);
    return m;
  }

  static ResourceExtension put(
      Map<PublicKey, ServiceabilityAccount> m, ResourceType t, Allocator a) {
    ResourceExtension e = ResourceExtension.create(PROGRAM, 255, PublicKey.DEFAULT, a);
    m.put(ResourceArgs.address(PROGRAM, t), e);
    return e;
  }

  @Test
  void emptyExtensionsHaveNoDiscrepancy() {
    ResourceAudit.Result r = ResourceAudit.run(new LedgerView(PROGRAM, globals(0)));
    assertThat(r.ok()).isTrue();
    assertThat(r.checked()).isEqualTo(new ResourceAudit.Checked(0, 0, 0, 0, 0, 0, 0));
  }

  @Test
  void allocatedLinkIdsWithoutLinksAreOrphans() {
    ResourceAudit.Result r = ResourceAudit.run(new LedgerView(PROGRAM, globals(8)));
    assertThat(r.discrepancies())
        .hasSize(8)
        .allMatch(d -> d instanceof ResourceDiscrepancy.AllocatedButNotUsed);
    assertThat(r.discrepancies().getFirst())
        .isEqualTo(
            new ResourceDiscrepancy.AllocatedButNotUsed(
                ResourceType.Global.LINK_IDS, new IdOrIp.Id(0)));
  }

  @Test
  void missingGlobalExtensionsAreReported() {
    ResourceAudit.Result r = ResourceAudit.run(new LedgerView(PROGRAM, Map.of()));
    assertThat(r.discrepancies())
        .extracting(d -> d.type().toString())
        .containsExactly(
            "UserTunnelBlock",
            "DeviceTunnelBlock",
            "SegmentRoutingIds",
            "LinkIds",
            "MulticastGroupBlock");
  }
}
