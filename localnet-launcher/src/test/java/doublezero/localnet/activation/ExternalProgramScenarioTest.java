package doublezero.localnet.activation;

import static doublezero.localnet.programs.ProgramHarness.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.CreateContributor;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.external.ExternalLedger;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Serviceability program scenarios through the SDK client, no activator, on whatever ledger
/// [E2eNetwork#start] gives (the in-process ports, or an external ledger running the real programs:
/// `-Dledger.url=…`): what the foundation creates is stored as sent and left Pending; an outsider's
/// creates fail with `NotAllowed` and change no program account. Codes and addresses are random, so
/// runs on a shared ledger do not collide.
@ExternalLedger
class ExternalProgramScenarioTest {
  @TempDir static Path dir;
  static E2eNetwork n;
  static Keypair outsider;

  @BeforeAll
  static void start() {
    n = E2eNetwork.start(dir);
    outsider = n.h.funded();
  }

  @AfterAll
  static void stop() {
    n.close();
  }

  @Test
  void theFoundationsDeviceIsStoredAsSentAndLeftPending() {
    Ipv4Address ip = E2eNetwork.randomPublicIp();
    String prefix = E2eNetwork.randomDzPrefix();
    PublicKey device = n.device(n.unique("dev"), ip.toString(), prefix, 7);
    Device d = n.h.account(device, Device.class);
    assertThat(d.code()).isEqualTo(n.unique("dev"));
    assertThat(d.publicIp()).isEqualTo(ip);
    assertThat(d.dzPrefixes()).containsExactly(NetworkV4.parse(prefix));
    assertThat(d.maxUsers()).isEqualTo(7);
    assertThat(d.status()).isEqualTo(DeviceStatus.PENDING);
    assertThat(d.contributorPk()).isEqualTo(n.contributor);
  }

  @Test
  void anOutsidersContributorIsNotAllowedAndChangesNothing() {
    PublicKey pda = ServiceabilityPdas.contributor(n.h.programId, n.f.nextIndex()).address();
    assertError(
        n.h.fail(
            outsider,
            new CreateContributor(n.unique("out"))
                .toInstruction(
                    n.h.programId,
                    new CreateContributor.Accounts(
                        pda, outsider.publicKey(), n.h.globalState(), outsider.publicKey()))),
        ServiceabilityError.NOT_ALLOWED);
    assertThat(n.h.data(pda)).isEmpty();
  }

  @Test
  void anOutsidersAccessPassIsRefusedAndTheFoundationsIsStored() {
    Ipv4Address clientIp = E2eNetwork.randomPublicIp();
    Keypair holder = Keypair.generate();
    PublicKey pass = n.f.accessPassPda(clientIp, holder.publicKey());
    n.h.fail(outsider, n.f.accessPass(clientIp, holder.publicKey(), outsider.publicKey()));
    assertThat(n.h.data(pass)).isEmpty();
    n.h.ok(n.h.foundation, n.f.accessPass(clientIp, holder.publicKey()));
    AccessPass stored = n.h.account(pass, AccessPass.class);
    assertThat(stored.clientIp()).isEqualTo(clientIp);
    assertThat(stored.userPayer()).isEqualTo(holder.publicKey());
  }
}
