package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.*;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import java.util.Optional;

/// One instance of every instruction, in discriminant order, with non-default values (high u8/u16/u32 values,
/// u64 with the top bit set, non-ASCII strings, last enum variants, options mostly Some).
final class InstructionSamples {
  private InstructionSamples() {}

  static PublicKey key(int n) {
    byte[] b = new byte[32];
    b[0] = (byte) n;
    b[31] = (byte) (255 - n);
    return PublicKey.of(b);
  }

  static List<ServiceabilityInstruction> all() {
    return List.of(
        new Migrate(),
        new InitGlobalState(),
        new SetAuthority(Optional.of(key(2)), Optional.of(key(4)), Optional.empty(), Optional.of(key(7))),
        new SetGlobalConfig(4000000008L, 4000000009L, NetworkV4.parse("10.10.0.0/31"), NetworkV4.parse("10.11.0.0/31"), NetworkV4.parse("10.12.0.0/31"), Optional.of(60014), NetworkV4.parse("10.15.0.0/31")),
        new AddFoundationAllowlist(key(16)),
        new RemoveFoundationAllowlist(key(17)),
        new AddDeviceAllowlist(),
        new RemoveDeviceAllowlist(),
        new AddUserAllowlist(),
        new RemoveUserAllowlist(),
        new CreateLocation("val-18-é", "val-19-é", "val-20-é", -21.125, -22.125, 4000000023L),
        new UpdateLocation(Optional.of("val-25-é"), Optional.of("val-27-é"), Optional.of("val-29-é"), Optional.empty(), Optional.of(-32.125), Optional.of(4000000034L)),
        new SuspendLocation(),
        new ResumeLocation(),
        new DeleteLocation(),
        new CreateExchange("val-35-é", "val-36-é", -37.125, -38.125, 60039),
        new UpdateExchange(Optional.empty(), Optional.of("val-42-é"), Optional.of(-44.125), Optional.empty(), Optional.of(60047)),
        new SuspendExchange(),
        new ResumeExchange(),
        new DeleteExchange(),
        new CreateDevice("val-48-é", DeviceType.EDGE, Ipv4Address.parse("198.51.100.50"), List.of(NetworkV4.parse("203.0.51.0/24"), NetworkV4.parse("198.18.0.0/15")), key(52), "val-53-é", Optional.of(DeviceDesiredStatus.DRAINED), 206),
        new ActivateDevice(1000000064L),
        new RejectDevice("val-58-é"),
        new UpdateDevice(Optional.of("val-60-é"), Optional.of(DeviceType.EDGE), Optional.of(key(64)), Optional.empty(), Optional.of(List.of(NetworkV4.parse("203.0.67.0/24"), NetworkV4.parse("198.18.0.0/15"))), Optional.of(key(69)), Optional.empty(), Optional.of(60072), Optional.of(60074), Optional.empty(), Optional.of(DeviceDesiredStatus.DRAINED), 1000000085L, Optional.of(4000000080L), Optional.of(60082), Optional.of(60084), Optional.empty(), Optional.of(60087), Optional.of(60089), Optional.empty()),
        new SuspendDevice(),
        new ResumeDevice(),
        new DeleteDevice(241),
        new CloseAccountDevice(1000000099L),
        new CreateLink("val-93-é", LinkLinkType.DZX, -95L, 4000000096L, -97L, -98L, "val-99-é", Optional.empty(), Optional.of(LinkDesiredStatus.SOFT_DRAINED), true),
        new ActivateLink(60104, NetworkV4.parse("10.105.0.0/31"), true),
        new RejectLink("val-107-é"),
        new UpdateLink(Optional.of("val-109-é"), Optional.empty(), Optional.of(LinkLinkType.DZX), Optional.of(-114L), Optional.empty(), Optional.of(-117L), Optional.of(-119L), Optional.empty(), Optional.of(-122L), Optional.of(LinkDesiredStatus.SOFT_DRAINED)),
        new SuspendLink(),
        new ResumeLink(),
        new DeleteLink(true),
        new CloseAccountLink(true),
        new CreateUser(UserType.MULTICAST, UserCyoa.GRE_OVER_CABLE, Ipv4Address.parse("198.51.100.129"), Ipv4Address.parse("198.51.100.130"), 231),
        new ActivateUser(60132, NetworkV4.parse("10.133.0.0/31"), Ipv4Address.parse("198.51.100.134"), 235, Ipv4Address.parse("198.51.100.136")),
        new RejectUser("val-137-é"),
        new UpdateUser(Optional.of(UserType.MULTICAST), Optional.empty(), Optional.of(Ipv4Address.parse("198.51.100.142")), Optional.of(60144), Optional.empty(), Optional.of(key(147)), Optional.of(key(149)), 200, 201),
        new SuspendUser(),
        new ResumeUser(),
        new DeleteUser(202, 203),
        new CloseAccountUser(204, 205),
        new RequestBanUser(206, 207),
        new BanUser(),
        new CreateMulticastGroup("val-158-é", -159L, key(160), true),
        new ActivateMulticastGroup(Ipv4Address.parse("198.51.100.162")),
        new RejectMulticastGroup("val-163-é"),
        new UpdateMulticastGroup(Optional.of("val-165-é"), Optional.of(Ipv4Address.parse("198.51.100.167")), Optional.of(-169L), Optional.empty(), Optional.of(4000000172L), true),
        new SuspendMulticastGroup(),
        new ReactivateMulticastGroup(),
        new DeleteMulticastGroup(true),
        new DeactivateMulticastGroup(true),
        new AddMulticastGroupPubAllowlist(Ipv4Address.parse("198.51.100.176"), key(177)),
        new RemoveMulticastGroupPubAllowlist(Ipv4Address.parse("198.51.100.178"), key(179)),
        new AddMulticastGroupSubAllowlist(Ipv4Address.parse("198.51.100.180"), key(181)),
        new RemoveMulticastGroupSubAllowlist(Ipv4Address.parse("198.51.100.182"), key(183)),
        new SubscribeMulticastGroup(Ipv4Address.parse("198.51.100.184"), true, true, true),
        new CreateSubscribeUser(UserType.MULTICAST, UserCyoa.GRE_OVER_CABLE, Ipv4Address.parse("198.51.100.190"), true, true, Ipv4Address.parse("198.51.100.193"), 244),
        new CreateContributor("val-195-é"),
        new UpdateContributor(Optional.of("val-197-é"), Optional.of(key(199)), Optional.empty()),
        new SuspendContributor(),
        new ResumeContributor(),
        new DeleteContributor(),
        new SetDeviceExchange(201, SetDeviceOption.SET),
        new AcceptLink("val-203-é"),
        new SetAccessPass(new AccessPassType.Others("type-204", "key-204"), Ipv4Address.parse("198.51.100.205"), -206L, true),
        new SetAirdrop(Optional.of(-209L), Optional.empty()),
        new CloseAccessPass(),
        new CheckStatusAccessPass(),
        new CheckUserAccessPass(),
        new ActivateDeviceInterface("val-211-é", NetworkV4.parse("10.212.0.0/31"), 60213),
        new CreateDeviceInterface("val-214-é", LoopbackType.PIM_RP_ADDR, 60216, Optional.of(NetworkV4.parse("10.218.0.0/31")), true, InterfaceCyoa.GRE_OVER_PUBLIC_PEERING, InterfaceDia.DIA, -222L, -223L, 60224, RoutingMode.BGP, true),
        new DeleteDeviceInterface("val-227-é", true),
        new RemoveDeviceInterface("val-229-é"),
        new UpdateDeviceInterface("val-230-é", Optional.of(LoopbackType.PIM_RP_ADDR), Optional.of(60234), Optional.empty(), Optional.of(InterfaceStatus.UNLINKED), Optional.of(NetworkV4.parse("10.239.0.0/31")), Optional.empty(), Optional.of(InterfaceCyoa.GRE_OVER_PUBLIC_PEERING), Optional.of(InterfaceDia.DIA), Optional.empty(), Optional.of(-247L), Optional.of(60249), Optional.empty()),
        new UnlinkDeviceInterface("val-251-é"),
        new RejectDeviceInterface("val-252-é"),
        new SetMinVersion(4000000253L, 4000000254L, 4000000255L),
        new AllocateResource(new ResourceType.DzPrefixBlock(key(256), 256L), Optional.of(new IdOrIp.Ip(NetworkV4.parse("10.9.8.0/31")))),
        new CreateResource(new ResourceType.DzPrefixBlock(key(259), 259L)),
        new DeallocateResource(new ResourceType.DzPrefixBlock(key(260), 260L), new IdOrIp.Ip(NetworkV4.parse("10.9.11.0/31"))),
        new SetDeviceHealth(DeviceHealth.IMPAIRED),
        new SetLinkHealth(LinkHealth.IMPAIRED),
        new CloseResource(),
        new AddQaAllowlist(key(264)),
        new RemoveQaAllowlist(key(265)),
        new CreateTenant("val-266-é", key(267), Optional.of(key(269)), true, true),
        new UpdateTenant(Optional.of(60273), Optional.of(key(275)), Optional.of(true), Optional.of(true), Optional.empty()),
        new DeleteTenant(),
        new TenantAddAdministrator(key(281)),
        new TenantRemoveAdministrator(key(282)),
        new UpdatePaymentStatus(233, Optional.of(-285L)),
        new SetFeatureFlags(new U128(286L, -286L)),
        new ReserveConnection(60287),
        new CloseReservation(),
        new CreatePermission(key(288), new U128(289L, -289L)),
        new UpdatePermission(new U128(290L, -290L), new U128(291L, -291L)),
        new SuspendPermission(),
        new ResumePermission(),
        new DeletePermission(),
        new CreateReservedSubscribeUser(UserType.MULTICAST, UserCyoa.GRE_OVER_CABLE, Ipv4Address.parse("198.51.100.44"), Ipv4Address.parse("198.51.100.45"), 246),
        new DeleteReservedSubscribeUser(247, 248));
  }
}
