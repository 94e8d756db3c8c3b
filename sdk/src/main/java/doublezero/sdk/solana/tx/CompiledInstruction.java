package doublezero.sdk.solana.tx;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/// An instruction inside a message, with its program and accounts given as indexes into the
/// message's account keys (solana-message `CompiledInstruction`).
///
/// @param programIdIndex index of the program id, 0..255
/// @param accountIndexes indexes of the accounts in the order the program expects them, each
///   0..255, at most 65535
/// @param data the instruction data, at most 65535 bytes
public record CompiledInstruction(int programIdIndex, List<Integer> accountIndexes, byte[] data) {
  /// Copies the list and the data.
  ///
  /// @throws IllegalArgumentException when an index is outside 0..255 or a length exceeds 65535
  public CompiledInstruction {
    accountIndexes = List.copyOf(accountIndexes);
    data = data.clone();
    if (programIdIndex < 0 || programIdIndex > 255) {
      throw new IllegalArgumentException("programIdIndex must be 0..255, got " + programIdIndex);
    }
    for (int i : accountIndexes) {
      if (i < 0 || i > 255) {
        throw new IllegalArgumentException("account index must be 0..255, got " + i);
      }
    }
    if (accountIndexes.size() > CompactU16.MAX_VALUE || data.length > CompactU16.MAX_VALUE) {
      throw new IllegalArgumentException(
          "an instruction holds at most 65535 accounts and 65535 data bytes");
    }
  }

  /// @return a copy of the instruction data
  @Override
  public byte[] data() {
    return data.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CompiledInstruction c
        && programIdIndex == c.programIdIndex
        && accountIndexes.equals(c.accountIndexes)
        && Arrays.equals(data, c.data);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * programIdIndex + accountIndexes.hashCode()) + Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return "CompiledInstruction[programIdIndex="
        + programIdIndex
        + ", accountIndexes="
        + accountIndexes
        + ", data="
        + HexFormat.of().formatHex(data)
        + "]";
  }
}
