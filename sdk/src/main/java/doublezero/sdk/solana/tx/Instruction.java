package doublezero.sdk.solana.tx;

import doublezero.sdk.solana.key.PublicKey;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/// A Solana instruction before compilation into a message: program, ordered accounts, opaque data.
///
/// @param programId the program to invoke
/// @param accounts the accounts in the order the program expects them
/// @param data the instruction data (for DoubleZero programs: a Borsh-encoded instruction enum)
public record Instruction(PublicKey programId, List<AccountMeta> accounts, byte[] data) {
  /// Copies the list and the data.
  public Instruction {
    accounts = List.copyOf(accounts);
    data = data.clone();
  }

  /// @return a copy of the instruction data
  @Override
  public byte[] data() {
    return data.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Instruction i
        && programId.equals(i.programId)
        && accounts.equals(i.accounts)
        && Arrays.equals(data, i.data);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * programId.hashCode() + accounts.hashCode()) + Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return "Instruction[programId="
        + programId
        + ", accounts="
        + accounts
        + ", data="
        + HexFormat.of().formatHex(data)
        + "]";
  }
}
