package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/// GlobalState and MulticastPublisherBlock, for SubscribeMulticastGroup with on-chain allocation
/// (§3.9). Every account is passed writable, as the reference SDK does.
///
/// @param globalState the global state account (writable)
/// @param multicastPublisherBlock the multicast publisher block account (writable)
public record PublisherAllocationAccounts(PublicKey globalState, PublicKey multicastPublisherBlock)
    implements AccountGroup {
  /// Copies lists; rejects nulls.
  ///
  /// @throws NullPointerException for a null account
  public PublisherAllocationAccounts {
    Objects.requireNonNull(globalState, "globalState");
    Objects.requireNonNull(multicastPublisherBlock, "multicastPublisherBlock");
  }

  /// @param programId the serviceability program
  /// @return the GlobalState and MulticastPublisherBlock PDAs
  public static PublisherAllocationAccounts derive(PublicKey programId) {
    return new PublisherAllocationAccounts(
        ServiceabilityPdas.globalState(programId).address(),
        ServiceabilityPdas.multicastPublisherBlock(programId).address());
  }

  /// @return the account metas in program order
  @Override
  public List<AccountMeta> metas() {
    List<AccountMeta> m = new ArrayList<>();
    m.add(AccountMeta.writable(globalState));
    m.add(AccountMeta.writable(multicastPublisherBlock));
    return List.copyOf(m);
  }
}
