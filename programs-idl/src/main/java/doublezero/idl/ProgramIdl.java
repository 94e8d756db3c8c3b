package doublezero.idl;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// The machine-readable IDL of one DoubleZero program at v0.12.0: program IDs, account layouts,
/// compound types, enums, instructions, errors and PDA seeds. The JSON resources live in
/// `doublezero/idl/<program>.json`; the format is described in programs-idl/README.md.
///
/// @param name `serviceability`, `telemetry` or `geolocation`
/// @param programIds the program ID (base58) per environment: `mainnet-beta`, `testnet`, `devnet`,
///   `local`
/// @param accounts account layouts, by discriminant
/// @param types structs and payload enums referred to by name
/// @param enums field-less one-byte enums
/// @param instructions instructions in discriminant order
/// @param errors custom program errors
/// @param seeds PDA derivations
public record ProgramIdl(
    String name,
    Map<String, String> programIds,
    List<AccountDef> accounts,
    List<TypeDef> types,
    List<EnumDef> enums,
    List<InstructionDef> instructions,
    List<ErrorDef> errors,
    List<SeedDef> seeds) {

  /// The programs shipped as resources.
  public static final List<String> PROGRAMS = List.of("serviceability", "telemetry", "geolocation");

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /// Normalises missing collections to empty ones and makes them unmodifiable.
  public ProgramIdl {
    programIds = programIds == null ? Map.of() : Map.copyOf(programIds);
    accounts = accounts == null ? List.of() : List.copyOf(accounts);
    types = types == null ? List.of() : List.copyOf(types);
    enums = enums == null ? List.of() : List.copyOf(enums);
    instructions = instructions == null ? List.of() : List.copyOf(instructions);
    errors = errors == null ? List.of() : List.copyOf(errors);
    seeds = seeds == null ? List.of() : List.copyOf(seeds);
  }

  /// Loads and validates a bundled IDL.
  ///
  /// @param program one of [#PROGRAMS]
  /// @return the validated IDL
  /// @throws IdlException when the resource is missing, malformed or inconsistent
  public static ProgramIdl load(String program) {
    String resource = "/doublezero/idl/" + program + ".json";
    try (InputStream in = ProgramIdl.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IdlException(
            "no IDL resource " + resource + " (known programs: " + PROGRAMS + ")");
      }
      return parse(in.readAllBytes(), program);
    } catch (IOException e) {
      throw new IdlException("cannot read IDL resource " + resource, e);
    }
  }

  /// Parses and validates IDL JSON.
  ///
  /// @param json the JSON bytes (UTF-8)
  /// @param source where it came from, for messages
  /// @return the validated IDL
  /// @throws IdlException when the JSON is malformed or the IDL is inconsistent
  public static ProgramIdl parse(byte[] json, String source) {
    ProgramIdl idl;
    try {
      idl = MAPPER.readValue(json, ProgramIdl.class);
    } catch (JacksonException e) {
      throw new IdlException(
          "IDL " + source + " is not valid IDL JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new IdlException("cannot read IDL " + source, e);
    }
    if (idl == null) {
      throw new IdlException("IDL " + source + " is empty");
    }
    new IdlValidator(idl, source).validate();
    return idl;
  }

  /// @param accountName an account name, e.g. `Device`
  /// @return its layout, if defined
  public Optional<AccountDef> account(String accountName) {
    return accounts.stream().filter(a -> a.name().equals(accountName)).findFirst();
  }

  /// @param discriminant the first byte of an account
  /// @return the layout with that discriminant, if defined
  public Optional<AccountDef> accountByDiscriminant(int discriminant) {
    return accounts.stream().filter(a -> a.discriminant() == discriminant).findFirst();
  }

  /// @param typeName a struct or payload-enum name
  /// @return its definition, if defined
  public Optional<TypeDef> type(String typeName) {
    return types.stream().filter(t -> t.name().equals(typeName)).findFirst();
  }

  /// @param enumName a field-less enum name
  /// @return its definition, if defined
  public Optional<EnumDef> enumDef(String enumName) {
    return enums.stream().filter(e -> e.name().equals(enumName)).findFirst();
  }

  /// @param instructionName an instruction name, e.g. `CreateDevice`
  /// @return its definition, if defined
  public Optional<InstructionDef> instruction(String instructionName) {
    return instructions.stream().filter(i -> i.name().equals(instructionName)).findFirst();
  }

  /// @param code a custom error code
  /// @return the error with that code, if defined
  public Optional<ErrorDef> error(long code) {
    return errors.stream().filter(e -> e.code() == code).findFirst();
  }
}
