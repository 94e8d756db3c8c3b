package doublezero.testkit.external;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/// Marks a test class (or one test method) that cannot run against a ledger reached only over
/// JSON-RPC, and names the internal it needs: seeded accounts, clock or slot control, a fresh
/// ledger (InitGlobalState, specific GlobalState indexes), ledger-wide changes other tests would
/// see (GlobalConfig, feature flags), the journal, process crashes, or the in-process ledger's own
/// RPC server under test. In external-ledger mode (`-Dledger.url=…`) [ExternalLedgerCondition]
/// skips it with "needs the in-process ledger: " followed by [#value()]; outside that mode the
/// annotation changes nothing.
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface NeedsLedgerInternals {
  /// @return what the test needs that an external ledger does not offer, e.g. "seeds accounts in
  ///   older layouts (Localnet.writeAccounts)"
  String value();
}
