package doublezero.sdk.solana.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import java.util.Map;

/// Why a transaction failed, parsed from the JSON the node writes for Solana's `TransactionError`
/// (`solana-transaction-error` crate, serde's default externally tagged enum form): a bare string
/// for unit variants (`"BlockhashNotFound"`), `{"InstructionError":[index, error]}` for a failed
/// instruction, and `{"Variant": value}` for other variants with data
/// (`{"DuplicateInstruction":1}`).
public sealed interface TransactionError
    permits NamedTransactionError, DetailedTransactionError, InstructionFailed {

  /// @return Solana's variant name, e.g. `BlockhashNotFound` or `InstructionError`
  String name();

  /// @return a readable one-line description, e.g. `instruction 0 failed: InvalidStatus (7):
  ///   Invalid Status`
  String describe();

  /// Attaches program error names to a custom instruction error.
  ///
  /// @param resolver maps (program id, custom code) to the program's error
  /// @param instructionProgramIds the program id of each instruction of the transaction, in order
  /// @return this error with the failing instruction's program id and, if the resolver knows it,
  ///   its [ProgramError]; unchanged for other errors or an index beyond the list
  default TransactionError resolve(
      ProgramErrorResolver resolver, List<PublicKey> instructionProgramIds) {
    return switch (this) {
      case InstructionFailed(int index, CustomInstructionError custom)
          when index < instructionProgramIds.size() -> {
        PublicKey programId = instructionProgramIds.get(index);
        yield new InstructionFailed(
            index,
            custom.withProgram(programId, resolver.resolve(programId, custom.code()).orElse(null)));
      }
      case InstructionFailed f -> f;
      case NamedTransactionError n -> n;
      case DetailedTransactionError d -> d;
    };
  }

  /// @param json the `err` value of a signature status, simulation result, transaction meta or
  ///   -32002 `data`
  /// @return the error
  /// @throws RpcException (MALFORMED_RESPONSE) when the JSON is neither a string nor a one-member
  ///   object, or an `InstructionError` is not `[u8 index, error]`
  static TransactionError fromJson(JsonNode json) {
    if (json.isTextual()) {
      return new NamedTransactionError(json.textValue());
    }
    if (!json.isObject() || json.size() != 1) {
      throw RpcException.malformed(
          "transaction error must be a string or a one-member object, got "
              + RpcJson.describe(json));
    }
    Map.Entry<String, JsonNode> entry = json.properties().iterator().next();
    if (!entry.getKey().equals("InstructionError")) {
      return new DetailedTransactionError(entry.getKey(), entry.getValue());
    }
    JsonNode pair = entry.getValue();
    if (!pair.isArray()
        || pair.size() != 2
        || !pair.get(0).isIntegralNumber()
        || !pair.get(0).canConvertToInt()
        || pair.get(0).intValue() < 0) {
      throw RpcException.malformed(
          "InstructionError must be [index, error], got " + RpcJson.describe(pair));
    }
    return new InstructionFailed(pair.get(0).intValue(), InstructionError.fromJson(pair.get(1)));
  }
}
