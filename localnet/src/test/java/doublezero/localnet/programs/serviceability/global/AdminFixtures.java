package doublezero.localnet.programs.serviceability.global;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.serviceability.instruction.CreateContributor;
import doublezero.sdk.serviceability.instruction.CreateExchange;
import doublezero.sdk.serviceability.instruction.CreateLocation;
import doublezero.sdk.serviceability.instruction.ExchangeGlobalConfigAccounts;
import doublezero.sdk.serviceability.instruction.LocationAccounts;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import java.util.ArrayList;
import java.util.List;

/// Real-instruction fixtures and authorization-matrix helpers for the global, location, exchange
/// and contributor scenario suites (`TST/test_helpers.rs` equivalents).
public final class AdminFixtures {
  private AdminFixtures() {}

  /// @return `GlobalState.account_index + 1`, the index the next index-seeded create must use
  ///   (§0.6)
  public static U128 nextIndex(ProgramHarness h) {
    return h.account(h.globalState(), GlobalState.class).accountIndex().increment();
  }

  /// @return the CreateLocation instruction for the next index, paid by `payer`
  public static Instruction createLocationIx(ProgramHarness h, Keypair payer, CreateLocation args) {
    PublicKey pda = ServiceabilityPdas.location(h.programId, nextIndex(h)).address();
    return args.toInstruction(
        h.programId, new LocationAccounts(pda, h.globalState(), payer.publicKey()));
  }

  /// Creates a Location ("code", "name", "us", lat 1.0, lng 2.0, loc_id 0) as
  /// [ProgramHarness#foundation].
  ///
  /// @return its PDA
  public static PublicKey createLocation(ProgramHarness h, String code) {
    PublicKey pda = ServiceabilityPdas.location(h.programId, nextIndex(h)).address();
    h.ok(
        h.foundation,
        createLocationIx(
            h, h.foundation, new CreateLocation(code, "Los Angeles", "us", 1.0, 2.0, 0)));
    return pda;
  }

  /// @return the CreateExchange instruction for the next index, paid by `payer`
  public static Instruction createExchangeIx(ProgramHarness h, Keypair payer, CreateExchange args) {
    PublicKey pda = ServiceabilityPdas.exchange(h.programId, nextIndex(h)).address();
    return args.toInstruction(
        h.programId,
        new ExchangeGlobalConfigAccounts(
            pda, h.globalConfig(), h.globalState(), payer.publicKey()));
  }

  /// Creates an Exchange (`code`, "Los Angeles", lat 1.0, lng 2.0) as [ProgramHarness#foundation].
  ///
  /// @return its PDA
  public static PublicKey createExchange(ProgramHarness h, String code) {
    PublicKey pda = ServiceabilityPdas.exchange(h.programId, nextIndex(h)).address();
    h.ok(
        h.foundation,
        createExchangeIx(h, h.foundation, new CreateExchange(code, "Los Angeles", 1.0, 2.0, 0)));
    return pda;
  }

  /// @return the CreateContributor instruction for the next index, paid by `payer`, owned by
  ///   `owner`
  public static Instruction createContributorIx(
      ProgramHarness h, Keypair payer, PublicKey owner, String code) {
    PublicKey pda = ServiceabilityPdas.contributor(h.programId, nextIndex(h)).address();
    return new CreateContributor(code)
        .toInstruction(
            h.programId,
            new CreateContributor.Accounts(pda, owner, h.globalState(), payer.publicKey()));
  }

  /// Creates a Contributor owned by `owner` as [ProgramHarness#foundation].
  ///
  /// @return its PDA
  public static PublicKey createContributor(ProgramHarness h, PublicKey owner, String code) {
    PublicKey pda = ServiceabilityPdas.contributor(h.programId, nextIndex(h)).address();
    h.ok(h.foundation, createContributorIx(h, h.foundation, owner, code));
    return pda;
  }

  /// The missing-signer case of the matrix (and of `execute_transaction` in `TST/test_helpers.rs`):
  /// `ix` with the payer's meta left writable but not signing; the transaction's fee payer must be
  /// another key.
  public static Instruction unsigned(Instruction ix, PublicKey payer) {
    List<AccountMeta> metas = new ArrayList<>();
    for (AccountMeta m : ix.accounts()) {
      metas.add(m.publicKey().equals(payer) ? AccountMeta.writable(payer) : m);
    }
    return new Instruction(ix.programId(), metas, ix.data());
  }

  /// `ix` with every meta of `from` pointing to `to` instead (same flags).
  public static Instruction replace(Instruction ix, PublicKey from, PublicKey to) {
    List<AccountMeta> metas = new ArrayList<>();
    for (AccountMeta m : ix.accounts()) {
      metas.add(m.publicKey().equals(from) ? new AccountMeta(to, m.isSigner(), m.isWritable()) : m);
    }
    return new Instruction(ix.programId(), metas, ix.data());
  }

  /// Sends `ix` again as [ProgramHarness#fail] does, signed by `signer` but with a fresh fee payer,
  /// so that the transaction differs from an identical one sent before with the same blockhash (the
  /// ledger would otherwise treat it as a duplicate and report the first one's outcome).
  public static doublezero.sdk.solana.rpc.TransactionError failAgain(
      ProgramHarness h, Keypair signer, Instruction ix) {
    return h.fail(h.funded(), List.of(signer), ix);
  }

  /// [#failAgain]'s success counterpart.
  public static void okAgain(ProgramHarness h, Keypair signer, Instruction ix) {
    h.ok(h.funded(), List.of(signer), ix);
  }

  /// The wrong-owner case of the matrix: a copy of `source`'s data at a fresh address, owned by
  /// another program (a random key), rent-exempt.
  ///
  /// @return the copy's address
  public static PublicKey foreignCopy(ProgramHarness h, PublicKey source) {
    PublicKey copy = Keypair.generate().publicKey();
    h.seedRaw(copy, Keypair.generate().publicKey(), h.data(source).orElseThrow());
    return copy;
  }
}
