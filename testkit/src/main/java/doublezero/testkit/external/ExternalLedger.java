package doublezero.testkit.external;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/// Marks a test class (or one test method) that drives the programs over JSON-RPC only and creates
/// its own keys and uniquely named accounts, so it also runs against an external ledger
/// (`-Dledger.url=…`, a `solana-test-validator` with the real programs or a stand-in). In that mode
/// [ExternalLedgerCondition] skips every test without it. Outside that mode the annotation changes
/// nothing.
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ExternalLedger {}
