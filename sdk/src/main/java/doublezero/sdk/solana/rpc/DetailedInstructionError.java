package doublezero.sdk.solana.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/// An instruction error with data other than `Custom`, e.g. `{"BorshIoError":"Unknown"}`.
///
/// @param name Solana's `InstructionError` variant name
/// @param detail the variant's data as the node wrote it
public record DetailedInstructionError(String name, JsonNode detail) implements InstructionError {
  /// Requires both components.
  public DetailedInstructionError {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(detail, "detail");
  }

  @Override
  public String describe() {
    return name + "(" + detail + ")";
  }
}
