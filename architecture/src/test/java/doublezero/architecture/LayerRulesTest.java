package doublezero.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// The shape of the house (DESIGN.md "Dependency rules", docs/conventions.md "Layers"), checked on
/// the bytecode of every module's main code: no package cycles, `sdk` at the bottom, daemons on
/// `sdk` only, `cli` talking to `doublezerod` over HTTP, `localnet` a library without its launcher
/// or the activator.
class LayerRulesTest {
  static JavaClasses main;

  @BeforeAll
  static void importMainCode() {
    main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("doublezero");
  }

  @Test
  void everyModuleWithCodeIsImported() {
    Set<String> seen = new HashSet<>();
    main.forEach(
        c -> {
          String m = Modules.of(c);
          if (m != null) {
            seen.add(m);
          }
        });
    // modules that hold main code today; a rule over an empty import would pass vacuously
    assertThat(seen)
        .contains(
            "sdk",
            "programs-idl",
            "localnet",
            "localnet-launcher",
            "cli",
            "activator",
            "controller",
            "agent",
            "telemetry-agent",
            "geoprobe",
            "doublezerod");
  }

  @Test
  void noPackageCycles() {
    slices().matching("doublezero.(**)").should().beFreeOfCycles().check(main);
  }

  @Test
  void sdkImportsNoOtherModule() {
    Set<String> others = new HashSet<>(Modules.ALL);
    others.remove("sdk");
    noClasses()
        .that(Modules.in("sdk"))
        .should()
        .dependOnClassesThat(Modules.in(others))
        .check(main);
  }

  @Test
  void daemonsImportSdkOnly() {
    for (String daemon : Modules.DAEMONS) {
      Set<String> forbidden = new HashSet<>(Modules.ALL);
      forbidden.removeAll(Set.of("sdk", daemon));
      noClasses()
          .that(Modules.in(daemon))
          .should()
          .dependOnClassesThat(Modules.in(forbidden))
          .allowEmptyShould(true)
          .check(main);
    }
  }

  @Test
  void cliDoesNotImportTheDaemon() {
    noClasses()
        .that(Modules.in("cli"))
        .should()
        .dependOnClassesThat(Modules.in("doublezerod"))
        .check(main);
  }

  @Test
  void localnetIsALibraryWithoutItsLauncherOrTheActivator() {
    noClasses()
        .that(Modules.in("localnet"))
        .should()
        .dependOnClassesThat(Modules.in(Set.of("localnet-launcher", "activator", "cli")))
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage("picocli..", "ch.qos.logback..")
        .check(main);
  }
}
