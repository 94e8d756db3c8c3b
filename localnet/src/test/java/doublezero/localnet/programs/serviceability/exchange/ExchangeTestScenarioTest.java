package doublezero.localnet.programs.serviceability.exchange;

import static doublezero.localnet.programs.ProgramHarness.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.ledger.Rent;
import doublezero.localnet.programs.ProgramHarness;
import doublezero.localnet.programs.serviceability.global.AdminFixtures;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.AddFoundationAllowlist;
import doublezero.sdk.serviceability.instruction.CreateExchange;
import doublezero.sdk.serviceability.instruction.DeleteExchange;
import doublezero.sdk.serviceability.instruction.ExchangeAccounts;
import doublezero.sdk.serviceability.instruction.ExchangeGlobalConfigAccounts;
import doublezero.sdk.serviceability.instruction.GlobalStateAccounts;
import doublezero.sdk.serviceability.instruction.ResumeExchange;
import doublezero.sdk.serviceability.instruction.SetGlobalConfig;
import doublezero.sdk.serviceability.instruction.SuspendExchange;
import doublezero.sdk.serviceability.instruction.UpdateExchange;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.ExchangeStatus;
import doublezero.sdk.serviceability.state.GlobalConfig;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.ProgramDerivedAddress;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Reference `TST/exchange_test.rs`: the Exchange lifecycle and BGP community assignment through
/// localnet.
class ExchangeTestScenarioTest {
  @TempDir static Path dir;
  static ProgramHarness h;

  @BeforeAll
  static void start() {
    h = ProgramHarness.initialized(dir);
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  static ExchangeAccounts accounts(PublicKey exchange, Keypair payer) {
    return new ExchangeAccounts(exchange, h.globalState(), payer.publicKey());
  }

  static int nextCommunity() {
    return h.account(h.globalConfig(), GlobalConfig.class).nextBgpCommunity();
  }

  static void setNextCommunity(int next) {
    h.ok(
        h.foundation,
        h.setGlobalConfig(
            h.foundation,
            new SetGlobalConfig(
                65000,
                65001,
                NetworkV4.parse("10.100.0.0/24"),
                NetworkV4.parse("10.200.0.0/24"),
                NetworkV4.parse("239.0.0.0/24"),
                Optional.of(next),
                NetworkV4.parse("148.51.120.0/21"))));
  }

  @Test
  void testExchange() {
    U128 index = AdminFixtures.nextIndex(h);
    ProgramDerivedAddress pda = ServiceabilityPdas.exchange(h.programId, index);
    int community = nextCommunity();
    h.ok(
        h.foundation,
        new CreateExchange("LA", "Los Angeles", 1.234, 4.567, 0)
            .toInstruction(
                h.programId,
                new ExchangeGlobalConfigAccounts(
                    pda.address(), h.globalConfig(), h.globalState(), h.foundation.publicKey())));
    Exchange created =
        new Exchange(
            h.foundation.publicKey(),
            index,
            pda.bump(),
            1.234,
            4.567,
            community,
            0,
            ExchangeStatus.ACTIVATED,
            "LA",
            "Los Angeles",
            0,
            PublicKey.DEFAULT,
            PublicKey.DEFAULT);
    assertThat(h.data(pda.address()))
        .hasValueSatisfying(d -> assertThat(d).isEqualTo(created.encode()));
    assertThat(h.lamports(pda.address())).isEqualTo(Rent.minimumBalance(created.encode().length));
    assertThat(nextCommunity()).isEqualTo(community + 1);

    h.ok(
        h.foundation,
        new SuspendExchange().toInstruction(h.programId, accounts(pda.address(), h.foundation)));
    assertThat(h.account(pda.address(), Exchange.class).status())
        .isEqualTo(ExchangeStatus.SUSPENDED);
    h.ok(
        h.foundation,
        new ResumeExchange().toInstruction(h.programId, accounts(pda.address(), h.foundation)));
    assertThat(h.account(pda.address(), Exchange.class)).isEqualTo(created);
    assertError(
        AdminFixtures.failAgain(
            h,
            h.foundation,
            new ResumeExchange().toInstruction(h.programId, accounts(pda.address(), h.foundation))),
        ServiceabilityError.INVALID_STATUS);

    // bgp_community: Some(10500) is not stored: the next community of GlobalConfig is assigned
    // instead.
    h.ok(
        h.foundation,
        new UpdateExchange(
                Optional.of("LA2"),
                Optional.of("Los Angeles - Los Angeles"),
                Optional.of(3.433),
                Optional.of(23.223),
                Optional.of(10500))
            .toInstruction(
                h.programId,
                new ExchangeGlobalConfigAccounts(
                    pda.address(), h.globalConfig(), h.globalState(), h.foundation.publicKey())));
    Exchange updated =
        new Exchange(
            h.foundation.publicKey(),
            index,
            pda.bump(),
            3.433,
            23.223,
            community + 1,
            0,
            ExchangeStatus.ACTIVATED,
            "LA2",
            "Los Angeles - Los Angeles",
            0,
            PublicKey.DEFAULT,
            PublicKey.DEFAULT);
    assertThat(h.data(pda.address()))
        .hasValueSatisfying(d -> assertThat(d).isEqualTo(updated.encode()));
    assertThat(nextCommunity()).isEqualTo(community + 2);

    h.ok(
        h.foundation,
        new DeleteExchange().toInstruction(h.programId, accounts(pda.address(), h.foundation)));
    assertThat(h.data(pda.address())).isEmpty();
  }

  @Test
  void testExchangeDeleteFromSuspended() {
    PublicKey la = AdminFixtures.createExchange(h, "la");
    h.ok(
        h.foundation, new SuspendExchange().toInstruction(h.programId, accounts(la, h.foundation)));
    h.ok(h.foundation, new DeleteExchange().toInstruction(h.programId, accounts(la, h.foundation)));
    assertThat(h.data(la)).isEmpty();
  }

  @Test
  void testExchangeOwnerAndFoundationCanUpdateStatus() {
    PublicKey own = AdminFixtures.createExchange(h, "own");
    h.ok(
        h.foundation,
        new SuspendExchange().toInstruction(h.programId, accounts(own, h.foundation)));
    assertThat(h.account(own, Exchange.class).status()).isEqualTo(ExchangeStatus.SUSPENDED);
    Keypair other = h.funded();
    h.ok(
        h.foundation,
        new AddFoundationAllowlist(other.publicKey())
            .toInstruction(
                h.programId, new GlobalStateAccounts(h.globalState(), h.foundation.publicKey())));
    h.ok(other, new ResumeExchange().toInstruction(h.programId, accounts(own, other)));
    assertThat(h.account(own, Exchange.class).status()).isEqualTo(ExchangeStatus.ACTIVATED);
  }

  @NeedsLedgerInternals(
      "ledger-wide state: sends SetGlobalConfig, which every other test on the ledger would see")
  @Test
  void testExchangeBgpCommunityAutoassignment() {
    int first = nextCommunity();
    PublicKey nyc = AdminFixtures.createExchange(h, "nyc");
    PublicKey lax = AdminFixtures.createExchange(h, "lax");
    PublicKey sfo = AdminFixtures.createExchange(h, "sfo");
    assertThat(h.account(nyc, Exchange.class).bgpCommunity()).isEqualTo(first);
    assertThat(h.account(lax, Exchange.class).bgpCommunity()).isEqualTo(first + 1);
    assertThat(h.account(sfo, Exchange.class).bgpCommunity()).isEqualTo(first + 2);
    assertThat(nextCommunity()).isEqualTo(first + 3);
    setNextCommunity(10999);
    PublicKey last = AdminFixtures.createExchange(h, "last");
    assertThat(h.account(last, Exchange.class).bgpCommunity()).isEqualTo(10999);
    assertThat(nextCommunity()).isEqualTo(11000);
    assertError(
        h.fail(
            h.foundation,
            AdminFixtures.createExchangeIx(
                h, h.foundation, new CreateExchange("over", "Over", 0, 0, 0))),
        ServiceabilityError.INVALID_BGP_COMMUNITY);
    setNextCommunity(first + 100);
  }

  @Test
  void testSuspendExchangeFromSuspendedFails() {
    PublicKey ex = AdminFixtures.createExchange(h, "sus");
    h.ok(
        h.foundation, new SuspendExchange().toInstruction(h.programId, accounts(ex, h.foundation)));
    assertError(
        AdminFixtures.failAgain(
            h,
            h.foundation,
            new SuspendExchange().toInstruction(h.programId, accounts(ex, h.foundation))),
        ServiceabilityError.INVALID_STATUS);
  }
}
