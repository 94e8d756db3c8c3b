package doublezero.sdk.solana.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/// Parsing and describing Solana's TransactionError JSON.
class TransactionErrorTest {
  static final PublicKey PROGRAM =
      PublicKey.fromBase58("ser2VaTMAcYTaauMrTSfSrxBaUDq7BLNs2xfUugTAGv");
  static final ProgramErrorResolver RESOLVER =
      (id, code) ->
          id.equals(PROGRAM) && code == 7
              ? Optional.of(new ProgramError(7, "InvalidStatus", "Invalid Status"))
              : Optional.empty();

  static TransactionError parse(String json) {
    return TransactionError.fromJson(RpcJson.parse(json));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "BlockhashNotFound",
        "AlreadyProcessed",
        "InsufficientFundsForFee",
        "AccountNotFound"
      })
  void topLevelStringVariants(String name) {
    TransactionError e = parse("\"" + name + "\"");
    assertThat(e).isEqualTo(new NamedTransactionError(name));
    assertThat(e.name()).isEqualTo(name);
    assertThat(e.describe()).isEqualTo(name);
  }

  @Test
  void customInstructionErrorResolvesThroughProgram() {
    TransactionError e = parse("{\"InstructionError\":[2,{\"Custom\":7}]}");
    assertThat(e.describe()).isEqualTo("instruction 2 failed: custom program error 7 (0x7)");
    List<PublicKey> programs = List.of(PublicKey.DEFAULT, PublicKey.DEFAULT, PROGRAM);
    TransactionError resolved = e.resolve(RESOLVER, programs);
    assertThat(resolved.describe())
        .isEqualTo("instruction 2 failed: InvalidStatus (7): Invalid Status");
    InstructionFailed f = (InstructionFailed) resolved;
    CustomInstructionError c = (CustomInstructionError) f.error();
    assertThat(c.code()).isEqualTo(7);
    assertThat(c.program()).contains(PROGRAM);
    assertThat(c.resolved()).contains(new ProgramError(7, "InvalidStatus", "Invalid Status"));
  }

  @Test
  void unknownCustomCodeNamesTheProgram() {
    TransactionError e =
        parse("{\"InstructionError\":[0,{\"Custom\":4294967295}]}")
            .resolve(RESOLVER, List.of(PROGRAM));
    assertThat(e.describe())
        .isEqualTo(
            "instruction 0 failed: custom program error 4294967295 (0xffffffff) in program "
                + PROGRAM.toBase58());
  }

  @Test
  void resolveWithoutProgramIdLeavesErrorUnchanged() {
    TransactionError e = parse("{\"InstructionError\":[3,{\"Custom\":7}]}");
    assertThat(e.resolve(RESOLVER, List.of(PROGRAM))).isEqualTo(e);
    assertThat(parse("\"AlreadyProcessed\"").resolve(RESOLVER, List.of(PROGRAM)))
        .isEqualTo(new NamedTransactionError("AlreadyProcessed"));
  }

  @Test
  void namedAndDetailedInstructionErrors() {
    assertThat(parse("{\"InstructionError\":[0,\"InvalidAccountData\"]}"))
        .isEqualTo(new InstructionFailed(0, new NamedInstructionError("InvalidAccountData")));
    assertThat(parse("{\"InstructionError\":[1,{\"BorshIoError\":\"Unknown\"}]}").describe())
        .isEqualTo("instruction 1 failed: BorshIoError(\"Unknown\")");
  }

  @Test
  void detailedTransactionErrors() {
    TransactionError e = parse("{\"InsufficientFundsForRent\":{\"account_index\":2}}");
    assertThat(e).isInstanceOf(DetailedTransactionError.class);
    assertThat(e.name()).isEqualTo("InsufficientFundsForRent");
    assertThat(e.describe()).isEqualTo("InsufficientFundsForRent {\"account_index\":2}");
    assertThat(parse("{\"DuplicateInstruction\":1}").describe())
        .isEqualTo("DuplicateInstruction 1");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "5",
        "[]",
        "{}",
        "{\"A\":1,\"B\":2}",
        "{\"InstructionError\":[0]}",
        "{\"InstructionError\":[-1,\"X\"]}",
        "{\"InstructionError\":[0,{\"Custom\":4294967296}]}",
        "{\"InstructionError\":[0,{\"Custom\":-1}]}",
        "{\"InstructionError\":[0,7]}"
      })
  void malformedErrorsAreRefused(String json) {
    assertThatThrownBy(() -> parse(json))
        .isInstanceOfSatisfying(
            RpcException.class,
            e -> assertThat(e.kind()).isEqualTo(RpcErrorKind.MALFORMED_RESPONSE));
  }
}
