package doublezero.testkit.external;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/// Marks a test class written for the external-ledger mode (`-Dledger.url=…`, a
/// `solana-test-validator` with the real programs or a stand-in): it drives the programs over
/// JSON-RPC only and creates its own keys and uniquely named accounts. Documentation only: in that
/// mode every test runs unless it is marked [NeedsLedgerInternals] ([ExternalLedgerCondition]).
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ExternalLedger {}
