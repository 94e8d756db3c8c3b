package doublezero.testkit.external;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/// In external-ledger mode (`-Dledger.url=…`, see [ExternalLedgerConfig]) disables every test class
/// and method marked [NeedsLedgerInternals] (on itself or an enclosing class), with its reason;
/// every other test runs, against the external ledger when its harness connects there
/// ([ExternalLedgerConfig#current()]). Outside that mode enables everything. Also tells
/// [ExternalLedgerReport] which test class is starting. Registered through
/// `META-INF/services/org.junit.jupiter.api.extension.Extension`; a module opts in with
/// `junit.jupiter.extensions.autodetection.enabled=true` in its `junit-platform.properties`.
public final class ExternalLedgerCondition implements ExecutionCondition {
  /// The prefix of a skipped test's reason; the annotation's reason follows.
  public static final String REASON_PREFIX = "needs the in-process ledger: ";

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (!ExternalLedgerConfig.active()) {
      return ConditionEvaluationResult.enabled("in-process ledger");
    }
    Optional<Class<?>> type = context.getTestClass();
    Optional<String> reason = type.flatMap(ExternalLedgerCondition::reasonWithEnclosing);
    if (reason.isEmpty() && context.getTestMethod().isPresent()) {
      reason = reasonOf(context.getTestMethod().get());
    }
    if (reason.isPresent()) {
      return ConditionEvaluationResult.disabled(REASON_PREFIX + reason.get());
    }
    if (context.getTestMethod().isEmpty()) {
      type.ifPresent(ExternalLedgerReport::classStarting);
    }
    return ConditionEvaluationResult.enabled("runs against any ledger");
  }

  private static Optional<String> reasonOf(AnnotatedElement e) {
    return Optional.ofNullable(e.getAnnotation(NeedsLedgerInternals.class))
        .map(NeedsLedgerInternals::value);
  }

  /// A `@Nested` class needs the internals when it or an enclosing class does.
  private static Optional<String> reasonWithEnclosing(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      Optional<String> r = reasonOf(c);
      if (r.isPresent()) {
        return r;
      }
    }
    return Optional.empty();
  }
}
