package doublezero.controller.wire;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Label;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Type;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.MessageOptions;
import com.google.protobuf.DescriptorProtos.OneofDescriptorProto;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.DescriptorValidationException;
import com.google.protobuf.Descriptors.FileDescriptor;

/// The reference's message definitions (`controlplane/proto/controller/controller.proto` of
/// v0.12.0) built as protobuf descriptors field by field from §B.3 / §G, so protobuf's own parser
/// ([com.google.protobuf.DynamicMessage]) can decode our bytes as the Go side would.
public final class ReferenceMessages {
  private ReferenceMessages() {}

  static FieldDescriptorProto field(String name, int number, Type type, Label label) {
    return FieldDescriptorProto.newBuilder()
        .setName(name)
        .setNumber(number)
        .setType(type)
        .setLabel(label)
        .build();
  }

  static FieldDescriptorProto message(String name, int number, String typeName, Label label) {
    return FieldDescriptorProto.newBuilder()
        .setName(name)
        .setNumber(number)
        .setType(Type.TYPE_MESSAGE)
        .setTypeName(typeName)
        .setLabel(label)
        .build();
  }

  static FieldDescriptorProto optional(String name, int number, int oneof) {
    return field(name, number, Type.TYPE_STRING, Label.LABEL_OPTIONAL).toBuilder()
        .setOneofIndex(oneof)
        .setProto3Optional(true)
        .build();
  }

  /// @return `controller.ConfigRequest`, `controller.BgpPeers`, `controller.ConfigResponse`
  public static FileDescriptor controller() {
    Label opt = Label.LABEL_OPTIONAL;
    Label rep = Label.LABEL_REPEATED;
    DescriptorProto entry =
        DescriptorProto.newBuilder()
            .setName("BgpPeersByVrfEntry")
            .addField(field("key", 1, Type.TYPE_STRING, opt))
            .addField(message("value", 2, ".controller.BgpPeers", opt))
            .setOptions(MessageOptions.newBuilder().setMapEntry(true))
            .build();
    DescriptorProto request =
        DescriptorProto.newBuilder()
            .setName("ConfigRequest")
            .addField(field("pubkey", 1, Type.TYPE_STRING, opt))
            .addField(field("bgp_peers", 2, Type.TYPE_STRING, rep))
            .addField(field("hash", 3, Type.TYPE_STRING, opt))
            .addField(
                message("bgp_peers_by_vrf", 4, ".controller.ConfigRequest.BgpPeersByVrfEntry", rep))
            .addField(optional("agent_version", 5, 0))
            .addField(optional("agent_commit", 6, 1))
            .addField(optional("agent_date", 7, 2))
            .addOneofDecl(OneofDescriptorProto.newBuilder().setName("_agent_version"))
            .addOneofDecl(OneofDescriptorProto.newBuilder().setName("_agent_commit"))
            .addOneofDecl(OneofDescriptorProto.newBuilder().setName("_agent_date"))
            .addNestedType(entry)
            .build();
    DescriptorProto peers =
        DescriptorProto.newBuilder()
            .setName("BgpPeers")
            .addField(field("peers", 1, Type.TYPE_STRING, rep))
            .build();
    DescriptorProto response =
        DescriptorProto.newBuilder()
            .setName("ConfigResponse")
            .addField(field("config", 1, Type.TYPE_STRING, opt))
            .addField(field("hash", 2, Type.TYPE_STRING, opt))
            .build();
    return build(
        FileDescriptorProto.newBuilder()
            .setName("ref/controller.proto")
            .setPackage("controller")
            .setSyntax("proto3")
            .addMessageType(request)
            .addMessageType(peers)
            .addMessageType(response)
            .build());
  }

  private static FileDescriptor build(FileDescriptorProto p) {
    try {
      return FileDescriptor.buildFrom(p, new FileDescriptor[0]);
    } catch (DescriptorValidationException e) {
      throw new IllegalStateException(e);
    }
  }

  /// @param file a file
  /// @param name a top-level message name
  /// @return its descriptor
  public static Descriptor type(FileDescriptor file, String name) {
    return file.findMessageTypeByName(name);
  }
}
