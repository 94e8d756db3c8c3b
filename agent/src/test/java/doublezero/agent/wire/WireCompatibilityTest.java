package doublezero.agent.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.Message;
import doublezero.agent.controller.ControllerClient;
import doublezero.agent.controller.api.ConfigRequest;
import doublezero.agent.eos.api.EapiResponse;
import doublezero.agent.eos.api.RunConfigCmdsRequest;
import doublezero.agent.eos.api.RunShowCmdRequest;
import doublezero.agent.eos.api.RunShowCmdResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/// Our agent's messages decode with protobuf's own parser into the reference's definitions, and the
/// reference's encoding decodes into ours (a Go controller/agent and ours are interchangeable on
/// the wire).
class WireCompatibilityTest {
  @Test
  void configRequestDecodesAsTheReferenceMessage() throws Exception {
    ConfigRequest ours =
        ControllerClient.request(
            "DevicePk",
            Map.of("vrf1", List.of("169.254.0.1"), "default", List.of("172.16.0.1", "172.16.0.3")),
            "0.1.0",
            "abc",
            "2026-12-07");
    FileDescriptor f = ReferenceMessages.controller();
    Descriptor d = ReferenceMessages.type(f, "ConfigRequest");
    DynamicMessage ref = DynamicMessage.parseFrom(d, ours.toByteArray());
    assertThat(ref.getUnknownFields().asMap()).isEmpty();
    assertThat(ref.getField(d.findFieldByName("pubkey"))).isEqualTo("DevicePk");
    assertThat(ref.getField(d.findFieldByName("bgp_peers")))
        .isEqualTo(List.of("169.254.0.1", "172.16.0.1", "172.16.0.3"));
    assertThat(ref.getField(d.findFieldByName("agent_version"))).isEqualTo("0.1.0");
    assertThat(ref.getField(d.findFieldByName("agent_commit"))).isEqualTo("abc");
    assertThat(ref.getField(d.findFieldByName("agent_date"))).isEqualTo("2026-12-07");
    List<?> entries = (List<?>) ref.getField(d.findFieldByName("bgp_peers_by_vrf"));
    assertThat(entries).hasSize(2);
    Message first = (Message) entries.getFirst();
    assertThat(first.getField(first.getDescriptorForType().findFieldByName("key")))
        .isEqualTo("default");
    ConfigRequest back = ConfigRequest.parseFrom(ref.toByteArray());
    assertThat(back).isEqualTo(ours);
  }

  @Test
  void eapiMessagesMatchTheReferenceLayout() throws Exception {
    FileDescriptor f = ReferenceMessages.eapi();
    Descriptor resp = ReferenceMessages.type(f, "RunShowCmdResponse");
    Descriptor eapi = ReferenceMessages.type(f, "EapiResponse");
    DynamicMessage inner =
        DynamicMessage.newBuilder(eapi)
            .setField(eapi.findFieldByName("success"), true)
            .setField(eapi.findFieldByName("error_code"), 1002)
            .setField(eapi.findFieldByName("error_message"), "bad")
            .addRepeatedField(eapi.findFieldByName("responses"), "{\"vrfs\":{}}")
            .setField(eapi.findFieldByName("raw_response"), "raw")
            .build();
    byte[] refBytes =
        DynamicMessage.newBuilder(resp)
            .setField(resp.findFieldByName("response"), inner)
            .build()
            .toByteArray();
    EapiResponse ours = RunShowCmdResponse.parseFrom(refBytes).getResponse();
    assertThat(ours.getSuccess()).isTrue();
    assertThat(ours.getErrorCode()).isEqualTo(1002);
    assertThat(ours.getErrorMessage()).isEqualTo("bad");
    assertThat(ours.getResponsesList()).containsExactly("{\"vrfs\":{}}");
    assertThat(ours.getRawResponse()).isEqualTo("raw");
    Descriptor show = ReferenceMessages.type(f, "RunShowCmdRequest");
    DynamicMessage s =
        DynamicMessage.parseFrom(
            show,
            RunShowCmdRequest.newBuilder()
                .setCommand("show configuration lock")
                .build()
                .toByteArray());
    assertThat(s.getField(show.findFieldByName("command"))).isEqualTo("show configuration lock");
    Descriptor cfg = ReferenceMessages.type(f, "RunConfigCmdsRequest");
    DynamicMessage c =
        DynamicMessage.parseFrom(
            cfg,
            RunConfigCmdsRequest.newBuilder()
                .addCommands("a")
                .addCommands("")
                .build()
                .toByteArray());
    assertThat(c.getField(cfg.findFieldByName("commands"))).isEqualTo(List.of("a", ""));
  }
}
