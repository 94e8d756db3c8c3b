package doublezero.localnet.programs.serviceability.accesspass;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.instruction.SetAccessPass;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.AccessPassType;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The access-pass part of `TST/accesspass_allow_multiple_ip.rs`: a dynamic pass with ALLOW_MULTIPLE_IP, and that
/// SetAccessPass updates recompute the flags while keeping client_ip. The user create / activate / update / delete
/// flow of that file belongs to the user area (it needs CreateUser and ActivateUser).
class AccesspassAllowMultipleIpScenarioTest {
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

  @Test
  void allowMultipleIpPass() {
    PublicKey user = Keypair.generate().publicKey();
    PublicKey pda = ServiceabilityPdas.accessPass(h.programId, Ipv4Address.UNSPECIFIED, user).address();
    var accounts = new SetAccessPass.Accounts(pda, h.globalState(), user, Optional.empty(), h.foundation.publicKey());
    h.ok(h.foundation, new SetAccessPass(new AccessPassType.Prepaid(), Ipv4Address.UNSPECIFIED,
        AccessPass.UNLIMITED_EPOCH, true).toInstruction(h.programId, accounts));
    AccessPass p = h.account(pda, AccessPass.class);
    assertThat(p.flags()).isEqualTo(AccessPass.FLAG_IS_DYNAMIC | AccessPass.FLAG_ALLOW_MULTIPLE_IP);
    assertThat(p.isUnlimited()).isTrue();
    assertThat(p.clientIp()).isEqualTo(Ipv4Address.UNSPECIFIED);
    h.ok(h.foundation, new SetAccessPass(new AccessPassType.Prepaid(), Ipv4Address.UNSPECIFIED,
        AccessPass.UNLIMITED_EPOCH, false).toInstruction(h.programId, accounts));
    assertThat(h.account(pda, AccessPass.class).flags()).isEqualTo(AccessPass.FLAG_IS_DYNAMIC);
  }
}
