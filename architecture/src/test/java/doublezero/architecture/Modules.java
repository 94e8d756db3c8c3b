package doublezero.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Which Maven module a class was loaded from: `<module>/target/classes/…` in a reactor build
/// before packaging, `<module>/target/<module>-<version>.jar` after it. Classes with another origin
/// (the JDK, libraries) have none.
final class Modules {
  /// The daemons: each may import `sdk` only (DESIGN.md, "Dependency rules").
  static final Set<String> DAEMONS =
      Set.of("activator", "controller", "agent", "telemetry-agent", "geoprobe", "doublezerod");

  /// Every module of the reactor that holds main code.
  static final Set<String> ALL =
      Set.of(
          "sdk",
          "programs-idl",
          "testkit",
          "localnet",
          "localnet-launcher",
          "cli",
          "activator",
          "controller",
          "agent",
          "telemetry-agent",
          "geoprobe",
          "doublezerod",
          "bench");

  private static final Pattern ORIGIN =
      Pattern.compile("/([A-Za-z0-9-]+)/target/(?:classes/|\\1-[^/]+\\.jar)");

  private Modules() {}

  /// @return the module `c` was loaded from, or null for a class from outside the reactor
  static String of(JavaClass c) {
    return c.getSource()
        .map(
            s -> {
              Matcher m = ORIGIN.matcher(s.getUri().toString());
              return m.find() && ALL.contains(m.group(1)) ? m.group(1) : null;
            })
        .orElse(null);
  }

  /// @return a predicate true for classes of one of `modules`
  static DescribedPredicate<JavaClass> in(Set<String> modules) {
    return DescribedPredicate.describe(
        "in module " + modules,
        c -> {
          String m = of(c);
          return m != null && modules.contains(m);
        });
  }

  /// @return a predicate true for classes of `module`
  static DescribedPredicate<JavaClass> in(String module) {
    return in(Set.of(module));
  }
}
