package doublezero.testkit.external;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/// Records, in external-ledger mode, which test classes connected to the external ledger, so that
/// `solana-test-validator-scripts/run-suite.sh` can count the tests that ran against it apart from
/// those that needed no ledger. The file is named by the system property `ledger.report`; each line
/// is `external <binary class name>`, appended once per class and JVM. Without the property nothing
/// is written.
public final class ExternalLedgerReport {
  /// The system property naming the report file.
  public static final String PROPERTY = "ledger.report";

  private static volatile String current = "";
  private static final Set<String> written = ConcurrentHashMap.newKeySet();

  private ExternalLedgerReport() {}

  /// Called by [ExternalLedgerCondition] when a test class is about to run (JUnit runs classes one
  /// after another in our forks).
  ///
  /// @param type the test class
  static void classStarting(Class<?> type) {
    current = type.getName();
  }

  /// Called by [ExternalLedgerConfig#current()] when a harness connects to the external ledger:
  /// appends the running test class to the report file.
  ///
  /// @throws UncheckedIOException when the file cannot be written
  static void connected() {
    String file = System.getProperty(PROPERTY, "").strip();
    String cls = current;
    if (file.isEmpty() || cls.isEmpty() || !written.add(cls)) {
      return;
    }
    try {
      Files.writeString(
          Path.of(file),
          "external " + cls + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot record the external-ledger class", e);
    }
  }
}
