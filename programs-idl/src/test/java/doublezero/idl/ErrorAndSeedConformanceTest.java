package doublezero.idl;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.sdk.borsh.U128;
import doublezero.sdk.geolocation.error.GeolocationError;
import doublezero.sdk.geolocation.pda.GeolocationPda;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.solana.key.ProgramDerivedAddress;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.telemetry.error.TelemetryError;
import doublezero.sdk.telemetry.pda.TelemetryPda;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/// Proves that the SDK error enums list exactly the IDL errors (code, Rust name, message), and that
/// deriving each PDA from the IDL seed list alone gives the address (and bump) of the SDK's `pda`
/// function, for sample inputs.
class ErrorAndSeedConformanceTest {
  /// A sample input value for each seed placeholder name, by sample number.
  private record Inputs(Map<String, Object> values) {
    Object get(String name) {
      Object v = values.get(name);
      if (v == null) {
        throw new IllegalArgumentException("no sample value for seed placeholder " + name);
      }
      return v;
    }
  }

  private static final Map<String, BiFunction<PublicKey, Inputs, ProgramDerivedAddress>> SDK =
      Map.ofEntries(
          sdk("serviceability", "GlobalState", null, (p, in) -> ServiceabilityPdas.globalState(p)),
          sdk(
              "serviceability",
              "GlobalConfig",
              null,
              (p, in) -> ServiceabilityPdas.globalConfig(p)),
          sdk(
              "serviceability",
              "ProgramConfig",
              null,
              (p, in) -> ServiceabilityPdas.programConfig(p)),
          sdk(
              "serviceability",
              "Location",
              null,
              (p, in) -> ServiceabilityPdas.location(p, (U128) in.get("index"))),
          sdk(
              "serviceability",
              "Exchange",
              null,
              (p, in) -> ServiceabilityPdas.exchange(p, (U128) in.get("index"))),
          sdk(
              "serviceability",
              "Device",
              null,
              (p, in) -> ServiceabilityPdas.device(p, (U128) in.get("index"))),
          sdk(
              "serviceability",
              "Link",
              null,
              (p, in) -> ServiceabilityPdas.link(p, (U128) in.get("index"))),
          sdk(
              "serviceability",
              "MulticastGroup",
              null,
              (p, in) -> ServiceabilityPdas.multicastGroup(p, (U128) in.get("index"))),
          sdk(
              "serviceability",
              "Contributor",
              null,
              (p, in) -> ServiceabilityPdas.contributor(p, (U128) in.get("index"))),
          sdk(
              "serviceability",
              "User",
              "V1",
              (p, in) -> ServiceabilityPdas.userV1(p, (U128) in.get("index"))),
          sdk(
              "serviceability",
              "User",
              "V2",
              (p, in) ->
                  ServiceabilityPdas.userV2(
                      p, (Ipv4Address) in.get("client_ip"), (Integer) in.get("user_type"))),
          sdk(
              "serviceability",
              "Tenant",
              null,
              (p, in) -> ServiceabilityPdas.tenant(p, (String) in.get("code"))),
          sdk(
              "serviceability",
              "AccessPass",
              null,
              (p, in) ->
                  ServiceabilityPdas.accessPass(
                      p, (Ipv4Address) in.get("client_ip"), (PublicKey) in.get("user_payer"))),
          sdk(
              "serviceability",
              "Permission",
              null,
              (p, in) -> ServiceabilityPdas.permission(p, (PublicKey) in.get("user_payer"))),
          sdk(
              "serviceability",
              "Reservation",
              null,
              (p, in) ->
                  ServiceabilityPdas.reservation(
                      p, (PublicKey) in.get("device_pk"), (PublicKey) in.get("owner"))),
          sdk(
              "serviceability",
              "ResourceExtension",
              "DeviceTunnelBlock",
              (p, in) -> ServiceabilityPdas.deviceTunnelBlock(p)),
          sdk(
              "serviceability",
              "ResourceExtension",
              "UserTunnelBlock",
              (p, in) -> ServiceabilityPdas.userTunnelBlock(p)),
          sdk(
              "serviceability",
              "ResourceExtension",
              "MulticastGroupBlock",
              (p, in) -> ServiceabilityPdas.multicastGroupBlock(p)),
          sdk(
              "serviceability",
              "ResourceExtension",
              "MulticastPublisherBlock",
              (p, in) -> ServiceabilityPdas.multicastPublisherBlock(p)),
          sdk(
              "serviceability",
              "ResourceExtension",
              "DzPrefixBlock",
              (p, in) ->
                  ServiceabilityPdas.dzPrefixBlock(
                      p, (PublicKey) in.get("device_pk"), (Long) in.get("index:u64"))),
          sdk(
              "serviceability",
              "ResourceExtension",
              "TunnelIds",
              (p, in) ->
                  ServiceabilityPdas.tunnelIds(
                      p, (PublicKey) in.get("device_pk"), (Long) in.get("index:u64"))),
          sdk(
              "serviceability",
              "ResourceExtension",
              "LinkIds",
              (p, in) -> ServiceabilityPdas.linkIds(p)),
          sdk(
              "serviceability",
              "ResourceExtension",
              "SegmentRoutingIds",
              (p, in) -> ServiceabilityPdas.segmentRoutingIds(p)),
          sdk(
              "serviceability",
              "ResourceExtension",
              "VrfIds",
              (p, in) -> ServiceabilityPdas.vrfIds(p)),
          sdk(
              "telemetry",
              "DeviceLatencySamples",
              null,
              (p, in) ->
                  TelemetryPda.deviceLatencySamples(
                      p,
                      (PublicKey) in.get("origin_device_pk"),
                      (PublicKey) in.get("target_device_pk"),
                      (PublicKey) in.get("link_pk"),
                      (Long) in.get("epoch"))),
          sdk(
              "telemetry",
              "InternetLatencySamples",
              null,
              (p, in) ->
                  TelemetryPda.internetLatencySamples(
                      p,
                      (PublicKey) in.get("oracle_agent_pk"),
                      (String) in.get("data_provider_name"),
                      (PublicKey) in.get("origin_exchange_pk"),
                      (PublicKey) in.get("target_exchange_pk"),
                      (Long) in.get("epoch"))),
          sdk("geolocation", "ProgramConfig", null, (p, in) -> GeolocationPda.programConfig(p)),
          sdk(
              "geolocation",
              "GeoProbe",
              null,
              (p, in) -> GeolocationPda.geoProbe(p, (String) in.get("code"))),
          sdk(
              "geolocation",
              "GeolocationUser",
              null,
              (p, in) -> GeolocationPda.geolocationUser(p, (String) in.get("code"))));

  private static Map.Entry<String, BiFunction<PublicKey, Inputs, ProgramDerivedAddress>> sdk(
      String program,
      String account,
      String variant,
      BiFunction<PublicKey, Inputs, ProgramDerivedAddress> f) {
    return Map.entry(key(program, account, variant), f);
  }

  private static String key(String program, String account, String variant) {
    return program + "/" + account + (variant == null ? "" : "/" + variant);
  }

  @Test
  void sdkErrorsAreTheIdlErrors() {
    assertThat(sdkErrors(ServiceabilityError.values())).isEqualTo(idlErrors("serviceability"));
    assertThat(sdkErrors(TelemetryError.values())).isEqualTo(idlErrors("telemetry"));
    assertThat(sdkErrors(GeolocationError.values())).isEqualTo(idlErrors("geolocation"));
  }

  private static List<String> idlErrors(String program) {
    return ProgramIdl.load(program).errors().stream()
        .map(e -> e.code() + " " + e.name() + " | " + e.message())
        .sorted()
        .toList();
  }

  private static List<String> sdkErrors(Enum<?>[] values) {
    return Arrays.stream(values)
        .map(
            e ->
                switch (e) {
                  case ServiceabilityError s ->
                      s.code() + " " + s.variantName() + " | " + s.message();
                  case TelemetryError t -> t.code() + " " + t.variantName() + " | " + t.message();
                  case GeolocationError g -> g.code() + " " + g.variantName() + " | " + g.message();
                  default -> throw new IllegalArgumentException(e.toString());
                })
        .sorted()
        .toList();
  }

  @Test
  void everyIdlSeedHasAnSdkDerivation() {
    Set<String> idl = new TreeSet<>();
    for (String program : ProgramIdl.PROGRAMS) {
      ProgramIdl.load(program)
          .seeds()
          .forEach(s -> idl.add(key(program, s.account(), s.variant())));
    }
    assertThat(new TreeSet<>(SDK.keySet())).isEqualTo(idl);
  }

  @TestFactory
  Stream<DynamicTest> idlSeedsDeriveTheSdkAddresses() {
    return ProgramIdl.PROGRAMS.stream()
        .flatMap(
            program -> {
              ProgramIdl idl = ProgramIdl.load(program);
              return idl.seeds().stream()
                  .map(
                      seed ->
                          DynamicTest.dynamicTest(
                              key(program, seed.account(), seed.variant()),
                              () -> {
                                var sdk = SDK.get(key(program, seed.account(), seed.variant()));
                                for (String env : List.of("mainnet-beta", "testnet")) {
                                  PublicKey programId =
                                      PublicKey.fromBase58(idl.programIds().get(env));
                                  for (int sample = 0; sample < 3; sample++) {
                                    Inputs in = inputs(sample);
                                    ProgramDerivedAddress expected =
                                        PublicKey.findProgramAddress(
                                            seedBytes(seed, in), programId);
                                    assertThat(sdk.apply(programId, in))
                                        .as("%s sample %d", env, sample)
                                        .isEqualTo(expected);
                                  }
                                }
                              }));
            });
  }

  private static List<byte[]> seedBytes(SeedDef seed, Inputs in) {
    List<byte[]> out = new ArrayList<>();
    for (String s : seed.seeds()) {
      if (!s.startsWith("{")) {
        out.add(s.getBytes(StandardCharsets.UTF_8));
        continue;
      }
      String[] nameKind = s.substring(1, s.length() - 1).split(":");
      String kind = nameKind[1];
      Object v =
          in.get(kind.equals("u64") && nameKind[0].equals("index") ? "index:u64" : nameKind[0]);
      out.add(
          switch (kind) {
            case "pubkey" -> ((PublicKey) v).toBytes();
            case "u128" -> le(((U128) v).toBigInteger(), 16);
            case "u64" -> le(BigInteger.valueOf((Long) v), 8);
            case "u8" -> new byte[] {(byte) (int) (Integer) v};
            case "ipv4" -> ((Ipv4Address) v).octets();
            case "string" -> ((String) v).getBytes(StandardCharsets.UTF_8);
            default -> throw new IllegalArgumentException("unknown seed kind " + kind);
          });
    }
    return out;
  }

  private static byte[] le(BigInteger v, int width) {
    byte[] out = new byte[width];
    for (int i = 0; i < width; i++) {
      out[i] = v.shiftRight(8 * i).byteValue();
    }
    return out;
  }

  private static Inputs inputs(int sample) {
    Random r = new Random(1000 + sample);
    byte[] ip = new byte[4];
    r.nextBytes(ip);
    Map<String, Object> v = new java.util.HashMap<>();
    v.put("index", sample == 0 ? U128.ofUnsigned(1) : new U128(r.nextLong(), r.nextLong()));
    v.put("index:u64", sample == 0 ? 0L : r.nextLong());
    v.put("client_ip", Ipv4Address.ofOctets(ip));
    v.put("user_type", r.nextInt(4));
    v.put("code", List.of("ams-dz01", "tenant-é", "x").get(sample));
    v.put("data_provider_name", List.of("ripeatlas", "wheresitup", "é").get(sample));
    v.put("epoch", sample == 0 ? 0L : r.nextLong());
    for (String k :
        List.of(
            "user_payer",
            "device_pk",
            "owner",
            "origin_device_pk",
            "target_device_pk",
            "link_pk",
            "oracle_agent_pk",
            "origin_exchange_pk",
            "target_exchange_pk")) {
      byte[] b = new byte[32];
      r.nextBytes(b);
      v.put(k, PublicKey.of(b));
    }
    return new Inputs(v);
  }
}
