package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/// The accounts shared by [CreateExchange], [UpdateExchange], in the order the reference SDK (or,
/// where it has no builder, the processor) expects them (`serviceability-instructions.md` §3).
/// [#metas()] appends the payer (writable signer) and the system program (marked writable, as the
/// reference SDK does; the runtime downgrades it), §0.2.
///
/// @param exchange the exchange account (writable)
/// @param globalConfig the global config account (writable)
/// @param globalState the global state account (writable)
/// @param payer the fee payer and signer (writable signer)
public record ExchangeGlobalConfigAccounts(
    PublicKey exchange, PublicKey globalConfig, PublicKey globalState, PublicKey payer)
    implements AccountGroup {
  /// Rejects nulls.
  ///
  /// @throws NullPointerException for a null account or group
  public ExchangeGlobalConfigAccounts {
    Objects.requireNonNull(exchange, "exchange");
    Objects.requireNonNull(globalConfig, "globalConfig");
    Objects.requireNonNull(globalState, "globalState");
    Objects.requireNonNull(payer, "payer");
  }

  /// @return the account metas: the instruction's accounts, then payer and system program
  @Override
  public List<AccountMeta> metas() {
    List<AccountMeta> m = new ArrayList<>();
    m.add(AccountMeta.writable(exchange));
    m.add(AccountMeta.writable(globalConfig));
    m.add(AccountMeta.writable(globalState));
    m.add(AccountMeta.writableSigner(payer));
    m.add(AccountMeta.writable(PublicKey.DEFAULT));
    return List.copyOf(m);
  }
}
