package doublezero.controller.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.DynamicMessage;
import doublezero.controller.api.BgpPeers;
import doublezero.controller.api.ConfigRequest;
import doublezero.controller.api.ConfigResponse;
import org.junit.jupiter.api.Test;

/// Our controller's ConfigResponse decodes with protobuf's own parser into the reference's
/// definition, and a request encoded by the reference's definition (every field, the map and the
/// optionals) decodes into ours.
class WireCompatibilityTest {
  @Test
  void configResponseDecodesAsTheReferenceMessage() throws Exception {
    FileDescriptor f = ReferenceMessages.controller();
    Descriptor d = ReferenceMessages.type(f, "ConfigResponse");
    String config = "!\nlogging buffered 128000\n";
    DynamicMessage ref =
        DynamicMessage.parseFrom(
            d, ConfigResponse.newBuilder().setConfig(config).build().toByteArray());
    assertThat(ref.getUnknownFields().asMap()).isEmpty();
    assertThat(ref.getField(d.findFieldByName("config"))).isEqualTo(config);
    assertThat(ref.getField(d.findFieldByName("hash"))).isEqualTo("");
  }

  @Test
  void referenceRequestDecodesIntoOurs() throws Exception {
    FileDescriptor f = ReferenceMessages.controller();
    Descriptor req = ReferenceMessages.type(f, "ConfigRequest");
    Descriptor peers = ReferenceMessages.type(f, "BgpPeers");
    Descriptor entry = req.findNestedTypeByName("BgpPeersByVrfEntry");
    DynamicMessage vrf1 =
        DynamicMessage.newBuilder(peers)
            .addRepeatedField(peers.findFieldByName("peers"), "169.254.0.1")
            .build();
    DynamicMessage e =
        DynamicMessage.newBuilder(entry)
            .setField(entry.findFieldByName("key"), "vrf1")
            .setField(entry.findFieldByName("value"), vrf1)
            .build();
    byte[] bytes =
        DynamicMessage.newBuilder(req)
            .setField(req.findFieldByName("pubkey"), "pk")
            .addRepeatedField(req.findFieldByName("bgp_peers"), "169.254.0.1")
            .setField(req.findFieldByName("hash"), "h")
            .addRepeatedField(req.findFieldByName("bgp_peers_by_vrf"), e)
            .setField(req.findFieldByName("agent_version"), "v")
            .setField(req.findFieldByName("agent_commit"), "c")
            .setField(req.findFieldByName("agent_date"), "d")
            .build()
            .toByteArray();
    ConfigRequest ours = ConfigRequest.parseFrom(bytes);
    assertThat(ours.getUnknownFields().asMap()).isEmpty();
    assertThat(ours)
        .isEqualTo(
            ConfigRequest.newBuilder()
                .setPubkey("pk")
                .addBgpPeers("169.254.0.1")
                .setHash("h")
                .putBgpPeersByVrf("vrf1", BgpPeers.newBuilder().addPeers("169.254.0.1").build())
                .setAgentVersion("v")
                .setAgentCommit("c")
                .setAgentDate("d")
                .build());
    assertThat(ours.hasAgentVersion()).isTrue();
  }
}
