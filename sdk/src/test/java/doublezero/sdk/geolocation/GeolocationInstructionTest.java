package doublezero.sdk.geolocation;

import static doublezero.sdk.geolocation.GeolocationStateTest.key;
import static doublezero.sdk.geolocation.GeolocationStateTest.keyHex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.environment.Environment;
import doublezero.sdk.geolocation.instruction.AddParentDevice;
import doublezero.sdk.geolocation.instruction.AddParentDeviceAccounts;
import doublezero.sdk.geolocation.instruction.CreateGeoProbe;
import doublezero.sdk.geolocation.instruction.CreateGeoProbeAccounts;
import doublezero.sdk.geolocation.instruction.DeleteGeoProbe;
import doublezero.sdk.geolocation.instruction.GeoProbeAccounts;
import doublezero.sdk.geolocation.instruction.GeolocationInstruction;
import doublezero.sdk.geolocation.instruction.InitProgramConfig;
import doublezero.sdk.geolocation.instruction.ProgramConfigAccounts;
import doublezero.sdk.geolocation.instruction.RemoveParentDevice;
import doublezero.sdk.geolocation.instruction.UpdateGeoProbe;
import doublezero.sdk.geolocation.instruction.UpdateProgramConfig;
import doublezero.sdk.geolocation.pda.GeolocationPda;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.testkit.Hex;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/// Geolocation instruction data (hand-written from `reference/telemetry-geolocation.md` §D.6),
/// strictness, accounts.
class GeolocationInstructionTest {
  private static final Map<GeolocationInstruction, String> GOLDEN = new LinkedHashMap<>();

  static {
    GOLDEN.put(new InitProgramConfig(), "00");
    GOLDEN.put(new UpdateProgramConfig(Optional.of(2L), Optional.empty()), "01 01 02000000 00");
    GOLDEN.put(
        new UpdateProgramConfig(Optional.empty(), Optional.of(0xFFFF_FFFFL)), "01 00 01 ffffffff");
    GOLDEN.put(
        new CreateGeoProbe("probe-ams-01", Ipv4Address.parse("203.0.113.7"), 8923, key(0x12)),
        "02 0c000000 " + Hex.of("probe-ams-01".getBytes()) + " cb007107 db22 " + keyHex(0x12));
    GOLDEN.put(
        new UpdateGeoProbe(Optional.empty(), Optional.of(8924), Optional.of(key(0x13))),
        "03 00 01 dc22 01 " + keyHex(0x13));
    GOLDEN.put(
        new UpdateGeoProbe(
            Optional.of(Ipv4Address.parse("1.2.3.4")), Optional.empty(), Optional.empty()),
        "03 01 01020304 00 00");
    GOLDEN.put(new DeleteGeoProbe(), "04");
    GOLDEN.put(new AddParentDevice(), "05");
    GOLDEN.put(new RemoveParentDevice(key(0x20)), "06 " + keyHex(0x20));
  }

  @Test
  void goldenBytes() {
    GOLDEN.forEach(
        (ix, hex) -> {
          byte[] bytes = Hex.bytes(hex);
          assertThat(ix.encode()).as(ix.toString()).isEqualTo(bytes);
          assertThat(GeolocationInstruction.decode(bytes)).isEqualTo(ix);
        });
  }

  @Test
  void strictDecodingRejectsEveryTruncationAndAnyTrailingByte() {
    GOLDEN.forEach(
        (ix, hex) -> {
          byte[] full = Hex.bytes(hex);
          for (int len = 0; len < full.length; len++) {
            byte[] prefix = Arrays.copyOf(full, len);
            assertThatThrownBy(() -> GeolocationInstruction.decode(prefix))
                .as("%s cut at %d", ix, len)
                .isInstanceOf(DecodeException.class);
          }
          byte[] longer = Arrays.copyOf(full, full.length + 1);
          assertThatThrownBy(() -> GeolocationInstruction.decode(longer))
              .as("%s + 1 byte", ix)
              .isInstanceOf(DecodeException.class)
              .hasMessageContaining("trailing");
        });
  }

  @Test
  void unknownTagsAndBadOptionTagsAreRejected() {
    for (int tag : new int[] {7, 8, 13, 0xFF}) {
      assertThatThrownBy(() -> GeolocationInstruction.decode(new byte[] {(byte) tag}))
          .isInstanceOf(DecodeException.class)
          .hasMessageContaining("unknown instruction tag " + tag);
    }
    assertThatThrownBy(() -> GeolocationInstruction.decode(Hex.bytes("01 02 02000000 00")))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("invalid Option tag 2");
    assertThatThrownBy(() -> GeolocationInstruction.decode(Hex.bytes("03 00 00 05")))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("metrics_publisher_pk");
  }

  @Test
  void accountLists() {
    PublicKey program = Environment.TESTNET.geolocationProgramId();
    PublicKey payer = key(0x40), globalState = key(0x41), exchange = key(0x42), device = key(0x43);
    PublicKey config = GeolocationPda.programConfig(program).address();
    PublicKey probe = GeolocationPda.geoProbe(program, "probe-ams-01").address();
    AccountMeta payerMeta = new AccountMeta(payer, true, true);
    AccountMeta system =
        new AccountMeta(PublicKey.fromBase58("11111111111111111111111111111111"), false, true);

    assertThat(ProgramConfigAccounts.derive(program, payer).metas())
        .containsExactly(
            new AccountMeta(config, false, true),
            new AccountMeta(GeolocationPda.programData(program).address(), false, false),
            payerMeta,
            system);
    assertThat(
            CreateGeoProbeAccounts.derive(program, "probe-ams-01", exchange, globalState, payer)
                .metas())
        .containsExactly(
            new AccountMeta(probe, false, true),
            new AccountMeta(exchange, false, false),
            new AccountMeta(config, false, false),
            new AccountMeta(globalState, false, false),
            payerMeta,
            system);
    assertThat(GeoProbeAccounts.derive(program, "probe-ams-01", globalState, payer).metas())
        .containsExactly(
            new AccountMeta(probe, false, true),
            new AccountMeta(config, false, false),
            new AccountMeta(globalState, false, false),
            payerMeta,
            system);
    assertThat(
            AddParentDeviceAccounts.derive(program, "probe-ams-01", device, globalState, payer)
                .metas())
        .containsExactly(
            new AccountMeta(probe, false, true),
            new AccountMeta(device, false, false),
            new AccountMeta(config, false, false),
            new AccountMeta(globalState, false, false),
            payerMeta,
            system);
    var built =
        new RemoveParentDevice(device)
            .toInstruction(
                program, GeoProbeAccounts.derive(program, "probe-ams-01", globalState, payer));
    assertThat(built.data()).isEqualTo(Hex.bytes("06" + Hex.of(device.toBytes())));
    assertThat(built.programId()).isEqualTo(program);
  }

  @Property
  void everyInstructionRoundTrips(@ForAll("instructions") GeolocationInstruction ix) {
    byte[] bytes = ix.encode();
    assertThat(bytes[0] & 0xFF).isEqualTo(ix.tag().index());
    assertThat(GeolocationInstruction.decode(bytes)).isEqualTo(ix);
  }

  @Provide
  Arbitrary<GeolocationInstruction> instructions() {
    Arbitrary<Optional<Long>> optU32 = GeolocationArbitraries.u32().optional();
    return Arbitraries.oneOf(
        List.of(
            Arbitraries.just(new InitProgramConfig()),
            Combinators.combine(optU32, optU32).as(UpdateProgramConfig::new),
            Combinators.combine(
                    GeolocationArbitraries.codes(),
                    GeolocationArbitraries.ips(),
                    GeolocationArbitraries.ports(),
                    GeolocationArbitraries.keys())
                .as(CreateGeoProbe::new),
            Combinators.combine(
                    GeolocationArbitraries.ips().optional(),
                    GeolocationArbitraries.ports().optional(),
                    GeolocationArbitraries.keys().optional())
                .as(UpdateGeoProbe::new),
            Arbitraries.just(new DeleteGeoProbe()),
            Arbitraries.just(new AddParentDevice()),
            GeolocationArbitraries.keys().map(RemoveParentDevice::new)));
  }
}
