package doublezero.localnet.up;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.localnet.LocalnetConfig;
import doublezero.sdk.environment.Environment;
import doublezero.sdk.geolocation.client.GeolocationClient;
import doublezero.sdk.geolocation.instruction.InitProgramConfig;
import doublezero.sdk.geolocation.instruction.ProgramConfigAccounts;
import doublezero.sdk.geolocation.state.GeolocationProgramConfig;
import doublezero.sdk.solana.client.TransactionFailedException;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.KeypairFile;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.sdk.solana.rpc.CustomInstructionError;
import doublezero.sdk.solana.rpc.InstructionFailed;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `doublezero-localnet up` deploys the geolocation program as the reference e2e does (upgradeable,
/// with a program-data account naming its upgrade authority), the user as that authority: the user
/// can initialise the program config, the admin (foundation, not upgrade authority) is refused with
/// `UnauthorizedInitializer` (17), and a restart with another user keeps the first authority.
/// Before, `up` left no program-data account and every InitProgramConfig failed with
/// `InvalidAccountData`.
@NeedsLedgerInternals(
    "tests doublezero-localnet up itself: the geolocation program-data account it seeds, across a"
        + " restart")
class GeolocationDeploymentTest {
  static final PublicKey GEO = Environment.LOCAL.geolocationProgramId();

  @Test
  void theUserIsTheUpgradeAuthorityAndARestartKeepsIt(@TempDir Path dir) {
    Path key = dir.resolve("home/.config/doublezero/id.json");
    LocalnetConfig ledger = LocalnetConfig.ephemeral(dir.resolve("ledger")).withSlotMillis(20);
    try (LocalNetwork net = LocalNetwork.start(new UpConfig(ledger, key, false))) {
      assertThat(net.report())
          .contains(
              "geolocation program upgrade authority "
                  + net.user()
                  + " (`doublezero geolocation init-config` initialises its config)");
      GeolocationClient geo =
          new GeolocationClient(net.rpc(), GEO, Commitment.CONFIRMED, Duration.ofSeconds(30));
      assertThatThrownBy(() -> init(geo, net.admin()))
          .isInstanceOfSatisfying(
              TransactionFailedException.class,
              e ->
                  assertThat(e.error())
                      .isInstanceOfSatisfying(
                          InstructionFailed.class,
                          f ->
                              assertThat(f.error())
                                  .isInstanceOfSatisfying(
                                      CustomInstructionError.class,
                                      c -> assertThat(c.code()).isEqualTo(17))));
      init(geo, KeypairFile.read(key));
      PublicKey config = ProgramConfigAccounts.derive(GEO, net.user()).config();
      byte[] data = net.rpc().getAccountInfo(config).orElseThrow().data();
      assertThat(GeolocationProgramConfig.decode(data).version()).isEqualTo(1);
    }
    Path other = dir.resolve("other.json");
    try (LocalNetwork again = LocalNetwork.start(new UpConfig(ledger, other, false))) {
      assertThat(again.report()).noneMatch(l -> l.startsWith("geolocation"));
    }
  }

  private static void init(GeolocationClient geo, Keypair payer) {
    geo.send(
        payer,
        new InitProgramConfig()
            .toInstruction(GEO, ProgramConfigAccounts.derive(GEO, payer.publicKey())));
  }
}
