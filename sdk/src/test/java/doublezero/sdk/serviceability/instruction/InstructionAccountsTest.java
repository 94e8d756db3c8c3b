package doublezero.sdk.serviceability.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.DeviceType;
import doublezero.sdk.serviceability.state.LinkLinkType;
import doublezero.sdk.serviceability.state.UserCyoa;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/// Account lists against `serviceability-instructions.md` §3 and the reference SDK builders
/// (`SDK/…`): order, signer and writable flags, payer + system program appended (§0.2), optional
/// groups by path.
class InstructionAccountsTest {
  static final PublicKey PROGRAM =
      PublicKey.fromBase58("GYhQDKuESrasNZGyhMJhGYFtbzNijYhcrN9poSqCQVah");
  static final PublicKey PAYER = InstructionSamples.key(90);
  static final PublicKey GS = ServiceabilityPdas.globalState(PROGRAM).address();
  static final PublicKey GC = ServiceabilityPdas.globalConfig(PROGRAM).address();
  static final PublicKey SYSTEM = PublicKey.fromBase58("11111111111111111111111111111111");

  static AccountMeta w(PublicKey k) {
    return new AccountMeta(k, false, true);
  }

  static List<AccountMeta> withPayer(AccountMeta... own) {
    List<AccountMeta> all = new java.util.ArrayList<>(List.of(own));
    all.add(new AccountMeta(PAYER, true, true));
    all.add(new AccountMeta(SYSTEM, false, true));
    return all;
  }

  @Test
  void createDeviceLegacyAndAtomic() {
    PublicKey device =
        ServiceabilityPdas.device(PROGRAM, doublezero.sdk.borsh.U128.ofUnsigned(5)).address();
    PublicKey contributor = InstructionSamples.key(1);
    PublicKey location = InstructionSamples.key(2);
    PublicKey exchange = InstructionSamples.key(3);
    var legacy =
        new CreateDevice.Accounts(
            device, contributor, location, exchange, GS, Optional.empty(), PAYER);
    assertThat(legacy.metas())
        .containsExactlyElementsOf(
            withPayer(w(device), w(contributor), w(location), w(exchange), w(GS)));

    var resources = DeviceResourceAccounts.derive(PROGRAM, device, 2);
    assertThat(resources.count()).isEqualTo(3);
    var atomic =
        new CreateDevice.Accounts(
            device,
            contributor,
            location,
            exchange,
            GS,
            Optional.of(new DeviceAllocationAccounts(GC, resources)),
            PAYER);
    assertThat(atomic.metas())
        .containsExactlyElementsOf(
            withPayer(
                w(device),
                w(contributor),
                w(location),
                w(exchange),
                w(GS),
                w(GC),
                w(ServiceabilityPdas.tunnelIds(PROGRAM, device, 0).address()),
                w(ServiceabilityPdas.dzPrefixBlock(PROGRAM, device, 0).address()),
                w(ServiceabilityPdas.dzPrefixBlock(PROGRAM, device, 1).address())));

    var args =
        new CreateDevice(
            "dz1",
            DeviceType.HYBRID,
            Ipv4Address.parse("198.51.100.7"),
            List.of(NetworkV4.parse("198.51.100.0/29"), NetworkV4.parse("203.0.113.0/29")),
            PAYER,
            "mgmt",
            Optional.empty(),
            resources.count());
    Instruction ix = args.toInstruction(PROGRAM, atomic);
    assertThat(ix.programId()).isEqualTo(PROGRAM);
    assertThat(ix.accounts()).isEqualTo(atomic.metas());
    assertThat(ix.data()).isEqualTo(args.encode());
  }

  @Test
  void createLinkLegacyAndOnChainAllocation() {
    PublicKey link = InstructionSamples.key(10);
    PublicKey contributor = InstructionSamples.key(11);
    PublicKey sideA = InstructionSamples.key(12);
    PublicKey sideZ = InstructionSamples.key(13);
    var legacy =
        new CreateLink.Accounts(link, contributor, sideA, sideZ, GS, Optional.empty(), PAYER);
    assertThat(legacy.metas())
        .containsExactlyElementsOf(withPayer(w(link), w(contributor), w(sideA), w(sideZ), w(GS)));
    var onchain =
        new CreateLink.Accounts(
            link,
            contributor,
            sideA,
            sideZ,
            GS,
            Optional.of(LinkAllocationAccounts.derive(PROGRAM)),
            PAYER);
    assertThat(onchain.metas())
        .containsExactlyElementsOf(
            withPayer(
                w(link),
                w(contributor),
                w(sideA),
                w(sideZ),
                w(GS),
                w(ServiceabilityPdas.deviceTunnelBlock(PROGRAM).address()),
                w(ServiceabilityPdas.linkIds(PROGRAM).address())));
    assertThat(
            new CreateLink(
                    "l1",
                    LinkLinkType.WAN,
                    10_000_000_000L,
                    9000,
                    10_000,
                    10_000,
                    "Ethernet1",
                    Optional.of("Ethernet2"),
                    Optional.empty(),
                    true)
                .toInstruction(PROGRAM, onchain)
                .accounts())
        .hasSize(9);
  }

  @Test
  void createUserWithResourcesAndTenant() {
    Ipv4Address clientIp = Ipv4Address.parse("198.51.100.20");
    PublicKey user = ServiceabilityPdas.userV2(PROGRAM, clientIp, UserType.IBRL).address();
    PublicKey device = InstructionSamples.key(20);
    PublicKey accessPass = ServiceabilityPdas.accessPass(PROGRAM, clientIp, PAYER).address();
    PublicKey tenant = InstructionSamples.key(21);
    var legacy =
        new CreateUser.Accounts(
            user, device, accessPass, GS, Optional.empty(), Optional.empty(), PAYER);
    assertThat(legacy.metas())
        .containsExactlyElementsOf(withPayer(w(user), w(device), w(accessPass), w(GS)));

    var resources = UserResourceAccounts.derive(PROGRAM, device, 1, true);
    var atomic =
        new CreateUser.Accounts(
            user, device, accessPass, GS, Optional.of(resources), Optional.of(tenant), PAYER);
    assertThat(atomic.metas())
        .containsExactlyElementsOf(
            withPayer(
                w(user),
                w(device),
                w(accessPass),
                w(GS),
                w(ServiceabilityPdas.userTunnelBlock(PROGRAM).address()),
                w(ServiceabilityPdas.multicastPublisherBlock(PROGRAM).address()),
                w(ServiceabilityPdas.tunnelIds(PROGRAM, device, 0).address()),
                w(ServiceabilityPdas.dzPrefixBlock(PROGRAM, device, 0).address()),
                w(tenant)));
    // §3.8: the tenant is recognised iff accounts.len() ≥ 7 + (N > 0 ? 3 + N : 0); here 7 + 4 = 11
    // accounts.
    assertThat(atomic.metas()).hasSize(11);
    assertThat(
            new CreateUser(
                    UserType.IBRL, UserCyoa.GRE_OVER_DIA, clientIp, Ipv4Address.UNSPECIFIED, 1)
                .encode())
        .startsWith((byte) 36);
  }

  @Test
  void activateUserLegacyAndOnChain() {
    PublicKey user = InstructionSamples.key(30);
    PublicKey accessPass = InstructionSamples.key(31);
    PublicKey device = InstructionSamples.key(32);
    assertThat(new ActivateUser.Accounts(user, accessPass, GS, Optional.empty(), PAYER).metas())
        .containsExactlyElementsOf(withPayer(w(user), w(accessPass), w(GS)));
    var resources = UserResourceAccounts.derive(PROGRAM, device, 2, false);
    assertThat(
            new ActivateUser.Accounts(user, accessPass, GS, Optional.of(resources), PAYER).metas())
        .containsExactlyElementsOf(
            withPayer(
                w(user),
                w(accessPass),
                w(GS),
                w(ServiceabilityPdas.userTunnelBlock(PROGRAM).address()),
                w(ServiceabilityPdas.tunnelIds(PROGRAM, device, 0).address()),
                w(ServiceabilityPdas.dzPrefixBlock(PROGRAM, device, 0).address()),
                w(ServiceabilityPdas.dzPrefixBlock(PROGRAM, device, 1).address())));
  }

  @Test
  void readOnlyGlobalStateAndTrailingPermissionAccount() {
    PublicKey permission =
        ServiceabilityPdas.permission(PROGRAM, InstructionSamples.key(40)).address();
    PublicKey mine = ServiceabilityPdas.permission(PROGRAM, PAYER).address();
    var accounts = new PermissionAccounts(permission, GS, Optional.of(mine), PAYER);
    assertThat(accounts.metas())
        .containsExactly(
            w(permission),
            new AccountMeta(GS, false, false),
            new AccountMeta(PAYER, true, true),
            new AccountMeta(SYSTEM, false, true),
            new AccountMeta(mine, false, false));
    assertThat(
            new SetAccessPass.Accounts(
                    InstructionSamples.key(41), GS, PAYER, Optional.empty(), PAYER)
                .metas()
                .get(1))
        .isEqualTo(new AccountMeta(GS, false, false));
  }

  @Test
  void deprecatedVariantsSendOnlyPayerAndSystemProgram() {
    var accounts = new PayerAccounts(PAYER);
    assertThat(accounts.metas()).containsExactlyElementsOf(withPayer());
    assertThat(new SuspendUser().toInstruction(PROGRAM, accounts).accounts())
        .containsExactlyElementsOf(withPayer());
  }

  @Test
  void sharedAccountRecordsKeepEachInstructionsList() {
    PublicKey location = InstructionSamples.key(50);
    var locationAccounts = new LocationAccounts(location, GS, PAYER);
    assertThat(new DeleteLocation().toInstruction(PROGRAM, locationAccounts).accounts())
        .containsExactlyElementsOf(withPayer(w(location), w(GS)));
    PublicKey tenant = InstructionSamples.key(51);
    assertThat(new TenantAccounts(tenant, GS, PAYER).metas())
        .containsExactlyElementsOf(withPayer(w(tenant), new AccountMeta(GS, false, false)));
    PublicKey group = InstructionSamples.key(52);
    PublicKey accessPass = InstructionSamples.key(53);
    assertThat(new MulticastAllowlistAccounts(group, accessPass, GS, PAYER).metas())
        .containsExactlyElementsOf(withPayer(w(group), w(accessPass), w(GS)));
    PublicKey block = InstructionSamples.key(54);
    assertThat(new MulticastGroupWithBlockAccounts(group, GS, Optional.of(block), PAYER).metas())
        .containsExactlyElementsOf(withPayer(w(group), w(GS), w(block)));
    assertThat(new GlobalStateAccounts(GS, PAYER).metas())
        .containsExactlyElementsOf(withPayer(w(GS)));
  }

  @Test
  void refundListsMustPair() {
    assertThatThrownBy(() -> new ResourceRefundAccounts(List.of(PAYER, GS), List.of(PAYER)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 resources but 1 owners");
  }
}
