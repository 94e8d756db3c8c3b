package doublezero.testkit.external;

import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/// In external-ledger mode (`-Dledger.url=…`, see [ExternalLedgerConfig]) disables every test class
/// and method not marked [ExternalLedger], with a reason; outside that mode enables everything.
/// Registered through `META-INF/services/org.junit.jupiter.api.extension.Extension`; a module opts
/// in with `junit.jupiter.extensions.autodetection.enabled=true` in its
/// `junit-platform.properties`.
public final class ExternalLedgerCondition implements ExecutionCondition {
  /// The reason given for a skipped test.
  public static final String REASON =
      "needs the in-process ledger's internals (a fresh ledger, clock control, "
          + "seeded accounts, the journal or process crashes); runs only without -Dledger.url";

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (!ExternalLedgerConfig.active()) {
      return ConditionEvaluationResult.enabled("in-process ledger");
    }
    Optional<Class<?>> type = context.getTestClass();
    boolean classMarked = type.map(ExternalLedgerCondition::markedWithEnclosing).orElse(true);
    Optional<? extends AnnotatedElement> method = context.getTestMethod();
    boolean enabled;
    if (method.isPresent()) {
      enabled = classMarked || marked(method.get());
    } else {
      enabled =
          classMarked
              || type.map(
                      t ->
                          Arrays.stream(t.getDeclaredMethods())
                              .anyMatch(ExternalLedgerCondition::marked))
                  .orElse(true);
    }
    return enabled
        ? ConditionEvaluationResult.enabled("@ExternalLedger")
        : ConditionEvaluationResult.disabled(REASON);
  }

  private static boolean marked(AnnotatedElement e) {
    return e.isAnnotationPresent(ExternalLedger.class);
  }

  /// A `@Nested` class is marked when it or an enclosing class is.
  private static boolean markedWithEnclosing(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (marked(c)) {
        return true;
      }
    }
    return false;
  }
}
