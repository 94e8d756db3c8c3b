package doublezero.controller.service;

import doublezero.localnet.Localnet;
import doublezero.localnet.LocalnetConfig;
import doublezero.localnet.ledger.Account;
import doublezero.localnet.ledger.Rent;
import doublezero.sdk.serviceability.state.ServiceabilityAccount;
import doublezero.sdk.solana.client.DecodedAccount;
import doublezero.sdk.solana.key.PublicKey;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// Writes SDK account records into a real localnet ledger, owned by a serviceability program id, so
/// the controller reads them back with `getProgramAccounts` over JSON-RPC.
final class LedgerAccounts {
  /// The program the accounts belong to (the localnet environment's id).
  static final PublicKey PROGRAM =
      PublicKey.fromBase58("7CTniUa88iJKUHTrCkB4TjAoG6TD7AMivhQeuqN2LPtX");

  private LedgerAccounts() {}

  static Localnet start(Path dir) {
    return Localnet.start(LocalnetConfig.ephemeral(dir));
  }

  static void write(Localnet net, List<DecodedAccount<? extends ServiceabilityAccount>> accounts) {
    Map<PublicKey, Account> m = new LinkedHashMap<>();
    for (DecodedAccount<? extends ServiceabilityAccount> a : accounts) {
      byte[] data = a.state().encode();
      m.put(
          a.address(),
          new Account(
              Rent.minimumBalance(data.length), PROGRAM, data, false, Account.RENT_EXEMPT_EPOCH));
    }
    net.node().writeAccounts(m).join();
  }

  static void writeRaw(Localnet net, PublicKey address, byte[] data) {
    net.node()
        .writeAccounts(
            Map.of(
                address,
                new Account(
                    Rent.minimumBalance(data.length),
                    PROGRAM,
                    data,
                    false,
                    Account.RENT_EXEMPT_EPOCH)))
        .join();
  }
}
