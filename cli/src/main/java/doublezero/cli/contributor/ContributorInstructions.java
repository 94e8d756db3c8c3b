package doublezero.cli.contributor;

import doublezero.sdk.serviceability.instruction.CreateContributor;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;

/// Builds the contributor instructions the way the reference SDK does
/// (`smartcontract/sdk/rs/src/commands/contributor/ create.rs`): the new account is the contributor
/// PDA of `GlobalState.account_index + 1`.
public final class ContributorInstructions {
  private ContributorInstructions() {}

  /// @param programId the serviceability program
  /// @param gs the current GlobalState
  /// @param code the contributor code
  /// @param owner the owner (the caller when `--owner` is omitted or `me`)
  /// @param payer the signer
  /// @return CreateContributor (#60)
  public static Instruction create(
      PublicKey programId, GlobalState gs, String code, PublicKey owner, PublicKey payer) {
    PublicKey pda =
        ServiceabilityPdas.contributor(programId, gs.accountIndex().increment()).address();
    return new CreateContributor(code)
        .toInstruction(
            programId,
            new CreateContributor.Accounts(
                pda, owner, ServiceabilityPdas.globalState(programId).address(), payer));
  }
}
