package doublezero.idl;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.sdk.solana.key.PublicKey;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/// Compares each SDK instruction's accounts record (the type its `toInstruction` takes) (all
/// optional accounts present) with the IDL account list. The IDL lists what the **program**
/// requires (serviceability-instructions.md §3); the SDK follows the reference SDK's builders,
/// which may mark more accounts writable (§0.2). So:
/// - the positions (names, order) must agree, a run of `repeated` accounts counting once;
/// - signer flags must agree;
/// - an account the program writes must be writable in the SDK (else the program would fail);
/// - an account the SDK marks writable that the program only reads is allowed only as the reference
///   SDKs do it: serviceability marks every account it passes writable (§0.2), geolocation marks
///   the system program writable (the same Rust client pattern), telemetry marks nothing extra.
class InstructionAccountsConformanceTest {
  /// Per program: SDK component name (lower case, no underscores; `Instruction.name` for one
  /// instruction only) → IDL account name (same normalisation), where the two name the same
  /// position in other words.
  private static final Map<String, Map<String, String>> ALIASES =
      Map.of(
          "serviceability",
              Map.ofEntries(
                  Map.entry("sidezdevice", "sidez"),
                  Map.entry("dzprefixblocks", "dzprefixblock"),
                  Map.entry("resources", "resource"),
                  Map.entry("resourceowners", "resourceowner"),
                  Map.entry("deviceowner", "owner"),
                  Map.entry("linkowner", "owner"),
                  // the device resource run: TunnelIds(device, 0), then DzPrefixBlock(device, i),
                  // one `repeated` IDL entry
                  Map.entry("CreateDevice.tunnelids", "resource"),
                  Map.entry("CreateDevice.dzprefixblocks", "resource"),
                  Map.entry("ActivateDevice.tunnelids", "resource"),
                  Map.entry("ActivateDevice.dzprefixblocks", "resource"),
                  Map.entry("UpdateDevice.tunnelids", "resource"),
                  Map.entry("UpdateDevice.dzprefixblocks", "resource"),
                  Map.entry("SetAccessPass.oldtenant", "tenantremove"),
                  Map.entry("SetAccessPass.newtenant", "tenantadd")),
          "telemetry", Map.of(),
          "geolocation",
              Map.of("config", "programconfig", "globalstate", "serviceabilityglobalstate"));

  /// `program.Instruction.account` the program writes but the SDK sends read-only, on purpose: the
  /// telemetry writers list the agent read-only like the reference writer; the agent must be the
  /// fee payer, which makes it writable in the compiled message (telemetry-geolocation.md §A.6,
  /// footnote).
  private static final Set<String> WRITABLE_AS_FEE_PAYER =
      Set.of(
          "telemetry.WriteDeviceLatencySamples.agent",
          "telemetry.WriteInternetLatencySamples.agent");

  @TestFactory
  Stream<DynamicTest> sdkAccountListsFollowTheIdl() {
    return ProgramIdl.PROGRAMS.stream()
        .flatMap(
            program ->
                ProgramIdl.load(program).instructions().stream()
                    .filter(def -> !def.deprecated())
                    .map(
                        def ->
                            DynamicTest.dynamicTest(
                                program + "/" + def.name(),
                                () -> {
                                  List<SdkAccountMetas.Meta> sdk =
                                      collapse(
                                          SdkAccountMetas.metas(accountsClass(program, def.name()))
                                              .stream()
                                              .map(
                                                  m ->
                                                      new SdkAccountMetas.Meta(
                                                          alias(program, def.name(), m.name()),
                                                          m.signer(),
                                                          m.writable()))
                                              .toList());
                                  List<InstructionAccount> idl = def.accounts();
                                  assertThat(
                                          String.join(
                                              " ",
                                              sdk.stream()
                                                  .map(SdkAccountMetas.Meta::name)
                                                  .toList()))
                                      .as("positions")
                                      .isEqualTo(
                                          String.join(
                                              " ", idl.stream().map(a -> norm(a.name())).toList()));
                                  List<String> problems = new ArrayList<>();
                                  List<String> extraWritable = new ArrayList<>();
                                  for (int i = 0; i < idl.size(); i++) {
                                    InstructionAccount a = idl.get(i);
                                    SdkAccountMetas.Meta m = sdk.get(i);
                                    if (a.signer() != m.signer()) {
                                      problems.add(
                                          a.name()
                                              + ": signer IDL "
                                              + a.signer()
                                              + ", SDK "
                                              + m.signer());
                                    }
                                    if (a.writable()
                                        && !m.writable()
                                        && !WRITABLE_AS_FEE_PAYER.contains(
                                            program + "." + def.name() + "." + a.name())) {
                                      problems.add(
                                          a.name()
                                              + ": the program writes it but the SDK sends it"
                                              + " read-only");
                                    } else if (!a.writable() && m.writable()) {
                                      extraWritable.add(a.name());
                                    }
                                  }
                                  switch (program) {
                                    case "serviceability" -> {}
                                    case "geolocation" ->
                                        assertThat(extraWritable)
                                            .as("SDK-only writable")
                                            .isSubsetOf("system_program");
                                    default ->
                                        assertThat(extraWritable).as("SDK-only writable").isEmpty();
                                  }
                                  assertThat(problems).isEmpty();
                                })));
  }

  /// The accounts record an instruction takes: the second parameter of its
  /// `toInstruction(PublicKey, accounts)` (a record of its own, or one shared by the instructions
  /// that pass the same accounts).
  private static Class<?> accountsClass(String program, String instruction)
      throws ClassNotFoundException {
    Class<?> type = Class.forName("doublezero.sdk." + program + ".instruction." + instruction);
    List<Method> builders =
        Arrays.stream(type.getMethods())
            .filter(
                m ->
                    m.getName().equals("toInstruction")
                        && m.getParameterCount() == 2
                        && m.getParameterTypes()[0] == PublicKey.class)
            .toList();
    assertThat(builders).as(type.getName() + ".toInstruction(PublicKey, accounts)").hasSize(1);
    return builders.getFirst().getParameterTypes()[1];
  }

  private static List<SdkAccountMetas.Meta> collapse(List<SdkAccountMetas.Meta> metas) {
    List<SdkAccountMetas.Meta> out = new ArrayList<>();
    for (SdkAccountMetas.Meta m : metas) {
      if (out.isEmpty() || !out.getLast().name().equals(m.name())) {
        out.add(m);
      }
    }
    return out;
  }

  private static String alias(String program, String instruction, String sdkName) {
    String n = norm(sdkName);
    Map<String, String> aliases = ALIASES.get(program);
    return aliases.getOrDefault(instruction + "." + n, aliases.getOrDefault(n, n));
  }

  private static String norm(String name) {
    return name.replace("_", "").toLowerCase(Locale.ROOT);
  }
}
