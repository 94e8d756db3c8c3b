package doublezero.idl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// Invalid or inconsistent IDL is refused with an [IdlException] that names the problem.
class IdlValidationTest {
  private static final String IDS =
      """
      "programIds": {"mainnet-beta": "ser2VaTMAcYTaauMrTSfSrxBaUDq7BLNs2xfUugTAGv",
        "testnet": "ser2VaTMAcYTaauMrTSfSrxBaUDq7BLNs2xfUugTAGv", "devnet": "ser2VaTMAcYTaauMrTSfSrxBaUDq7BLNs2xfUugTAGv",
        "local": "ser2VaTMAcYTaauMrTSfSrxBaUDq7BLNs2xfUugTAGv"}\
      """;

  private static ProgramIdl parse(String body) {
    String json = "{\"name\": \"t\", " + IDS + ", " + body + "}";
    return ProgramIdl.parse(json.getBytes(StandardCharsets.UTF_8), "test");
  }

  private static String account(String fields) {
    return "\"accounts\": [{\"name\": \"A\", \"discriminant\": 1, \"fields\": [{\"name\":"
        + " \"account_type\", \"type\": \"u8\"}"
        + fields
        + "]}]";
  }

  private static String ins(int disc, String name) {
    return "{\"name\": \""
        + name
        + "\", \"discriminant\": "
        + disc
        + ", \"accounts\": [{\"name\": \"payer\", \"signer\": true, \"writable\": true}]}";
  }

  @Test
  void aMinimalIdlParses() {
    ProgramIdl idl =
        parse(
            account(", {\"name\": \"n\", \"type\": \"vec<pubkey>\"}")
                + ", \"instructions\": ["
                + ins(0, "X")
                + "]");
    assertThat(idl.accounts().getFirst().fields()).hasSize(2);
    assertThat(idl.instructions().getFirst().accounts().getFirst().optional()).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        ", {\"name\": \"x\", \"type\": \"Missing\"}                      | undefined type Missing",
        ", {\"name\": \"x\", \"type\": \"vec<u8\"}                       | invalid type",
        ", {\"name\": \"x\", \"type\": \"option<u8>\"}                   | only allowed in"
            + " instruction arguments",
        ", {\"name\": \"x\", \"type\": \"tail<u8>\"}, {\"name\": \"y\", \"type\": \"u8\"} | only"
            + " allowed as the last account field",
        ", {\"name\": \"x\", \"type\": \"[string;2]\"}                   | fixed-size primitives",
        ", {\"name\": \"x\", \"type\": \"u8\", \"default\": \"300\"}     | out of range",
        ", {\"name\": \"x\", \"type\": \"string\", \"default\": \"a\"}   | only supported for"
            + " unsigned integers",
        ", {\"name\": \"account_type\", \"type\": \"u8\"}                | defines field of account"
            + " A 'account_type' twice",
      })
  void badAccountFieldsAreRefused(String fields, String expected) {
    assertThatThrownBy(() -> parse(account(fields)))
        .isInstanceOf(IdlException.class)
        .hasMessageContaining("IDL t")
        .hasMessageContaining(expected);
  }

  @Test
  void instructionDiscriminantsMustBeContiguous() {
    assertThatThrownBy(() -> parse("\"instructions\": [" + ins(0, "A") + ", " + ins(2, "B") + "]"))
        .isInstanceOf(IdlException.class)
        .hasMessageContaining("instruction B has discriminant 2, expected 1");
  }

  @Test
  void duplicateAccountDiscriminantsAndErrorCodesAreRefused() {
    String twoAccounts =
        "\"accounts\": [{\"name\": \"A\", \"discriminant\": 1, \"fields\": [{\"name\":"
            + " \"account_type\", \"type\": \"u8\"}]}, {\"name\": \"B\", \"discriminant\": 1,"
            + " \"fields\": [{\"name\": \"account_type\", \"type\": \"u8\"}]}]";
    assertThatThrownBy(() -> parse(twoAccounts))
        .hasMessageContaining("account B reuses discriminant 1");
    String errors =
        "\"errors\": [{\"code\": 5, \"name\": \"A\", \"message\": \"a\"}, {\"code\": 5, \"name\":"
            + " \"B\", \"message\": \"b\"}]";
    assertThatThrownBy(() -> parse(errors)).hasMessageContaining("error B reuses code 5");
  }

  @Test
  void enumValuesAndAccountTypeMustAgree() {
    String dup =
        "\"enums\": [{\"name\": \"E\", \"variants\": [{\"name\": \"A\", \"value\": 1}, {\"name\":"
            + " \"B\", \"value\": 1}]}]";
    assertThatThrownBy(() -> parse(dup)).hasMessageContaining("enum E uses value 1 twice");
    String mismatch =
        "\"enums\": [{\"name\": \"AccountType\", \"variants\": [{\"name\": \"A\", \"value\": 2}]}],"
            + " "
            + account("");
    assertThatThrownBy(() -> parse(mismatch)).hasMessageContaining("does not match AccountType.A");
  }

  @Test
  void payloadEnumTagsAreDeclarationIndicesAndTypesMayNotContainThemselves() {
    String tags =
        "\"types\": [{\"name\": \"P\", \"kind\": \"enum\", \"variants\": [{\"name\": \"A\","
            + " \"tag\": 1}]}]";
    assertThatThrownBy(() -> parse(tags)).hasMessageContaining("expected declaration index 0");
    String cycle =
        "\"types\": [{\"name\": \"S\", \"kind\": \"struct\", \"fields\": [{\"name\": \"s\","
            + " \"type\": \"vec<S>\"}]}]";
    assertThatThrownBy(() -> parse(cycle)).hasMessageContaining("type S contains itself");
  }

  @Test
  void malformedJsonUnknownPropertiesAndSeedsAreRefused() {
    assertThatThrownBy(() -> ProgramIdl.parse("{".getBytes(StandardCharsets.UTF_8), "broken"))
        .isInstanceOf(IdlException.class)
        .hasMessageContaining("IDL broken is not valid IDL JSON");
    assertThatThrownBy(() -> parse("\"acounts\": []")).hasMessageContaining("acounts");
    assertThatThrownBy(
            () ->
                parse(
                    account("")
                        + ", \"seeds\": [{\"account\": \"A\", \"seeds\": [\"x\", \"{i:u32}\"]}]"))
        .hasMessageContaining("bad placeholder {i:u32}");
    assertThatThrownBy(() -> parse("\"seeds\": [{\"account\": \"Z\", \"seeds\": [\"x\"]}]"))
        .hasMessageContaining("no such account");
    assertThatThrownBy(
            () -> ProgramIdl.parse("{\"name\": \"t\"}".getBytes(StandardCharsets.UTF_8), "t"))
        .hasMessageContaining("programIds must name exactly");
  }

  @Test
  void unknownProgramResource() {
    assertThatThrownBy(() -> ProgramIdl.load("nope"))
        .isInstanceOf(IdlException.class)
        .hasMessageContaining("no IDL resource /doublezero/idl/nope.json");
  }
}
