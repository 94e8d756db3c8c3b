package doublezero.sdk.geolocation;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.sdk.environment.Environment;
import doublezero.sdk.geolocation.error.GeolocationError;
import doublezero.sdk.geolocation.error.GeolocationErrorResolver;
import doublezero.sdk.geolocation.pda.GeolocationPda;
import doublezero.sdk.solana.key.ProgramDerivedAddress;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.ProgramError;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/// Geolocation PDAs (§D.1) against solanaj's derivation, and the error table (§D.6).
class GeolocationPdaErrorTest {
  private static void assertSame(
      ProgramDerivedAddress ours, List<byte[]> seeds, PublicKey program) {
    var theirs =
        org.p2p.solanaj.core.PublicKey.findProgramAddress(
            seeds, new org.p2p.solanaj.core.PublicKey(program.toBytes()));
    assertThat(ours.address().toBase58()).isEqualTo(theirs.getAddress().toBase58());
    assertThat(ours.bump()).isEqualTo(theirs.getNonce());
  }

  @Test
  void fixedPdasMatchSolanaj() {
    for (Environment env : Environment.values()) {
      PublicKey program = env.geolocationProgramId();
      assertSame(
          GeolocationPda.programConfig(program),
          List.of("doublezero".getBytes(), "programconfig".getBytes()),
          program);
      assertSame(
          GeolocationPda.programData(program),
          List.of(program.toBytes()),
          PublicKey.fromBase58("BPFLoaderUpgradeab1e11111111111111111111111"));
    }
  }

  @Property(tries = 100)
  void codePdasMatchSolanaj(@ForAll @StringLength(min = 1, max = 8) String code) {
    PublicKey program = Environment.MAINNET_BETA.geolocationProgramId();
    byte[] raw = code.getBytes(StandardCharsets.UTF_8);
    assertSame(
        GeolocationPda.geoProbe(program, code),
        List.of("doublezero".getBytes(), "probe".getBytes(), raw),
        program);
    assertSame(
        GeolocationPda.geolocationUser(program, code),
        List.of("doublezero".getBytes(), "geouser".getBytes(), raw),
        program);
    assertThat(GeolocationPda.geoProbe(program, code).address())
        .isNotEqualTo(GeolocationPda.geolocationUser(program, code).address());
  }

  @Test
  void errorTable() {
    int[] codes = {1, 2, 4, 5, 6, 7, 8, 11, 12, 15, 17, 18};
    String[] names = {
      "InvalidAccountType",
      "NotAllowed",
      "InvalidCodeLength",
      "InvalidIpAddress",
      "MaxParentDevicesReached",
      "ParentDeviceAlreadyExists",
      "ParentDeviceNotFound",
      "InvalidServiceabilityProgramId",
      "InvalidAccountCode",
      "ReferenceCountNotZero",
      "UnauthorizedInitializer",
      "InvalidMinCompatibleVersion"
    };
    assertThat(GeolocationError.values()).hasSize(codes.length);
    for (int i = 0; i < codes.length; i++) {
      assertThat(GeolocationError.fromCode(codes[i]).variantName()).isEqualTo(names[i]);
    }
    for (int missing : new int[] {0, 3, 9, 10, 13, 14, 16, 19}) {
      assertThat(GeolocationError.fromCode(missing)).isNull();
    }
    GeolocationErrorResolver r = GeolocationErrorResolver.allEnvironments();
    assertThat(r.resolve(Environment.DEVNET.geolocationProgramId(), 15))
        .contains(new ProgramError(15, "ReferenceCountNotZero", "Reference count is not zero"));
    assertThat(r.resolve(Environment.DEVNET.telemetryProgramId(), 15)).isEmpty();
    assertThat(
            GeolocationErrorResolver.of(Environment.LOCAL.geolocationProgramId())
                .resolve(Environment.TESTNET.geolocationProgramId(), 2))
        .isEmpty();
  }
}
