package doublezero.idl;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/// Checks that a parsed [ProgramIdl] is complete and self-consistent; throws [IdlException] naming
/// the first problem. The rules are listed in programs-idl/README.md ("Validation").
final class IdlValidator {
  private static final Set<String> ENVIRONMENTS =
      Set.of("mainnet-beta", "testnet", "devnet", "local");
  private static final Pattern BASE58 = Pattern.compile("[1-9A-HJ-NP-Za-km-z]{32,44}");
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{([a-z_][a-z0-9_]*):(pubkey|u128|u64|u8|ipv4|string)}");
  private static final Map<String, BigInteger> INT_MAX =
      Map.of(
          "u8",
          BigInteger.valueOf(0xFF),
          "u16",
          BigInteger.valueOf(0xFFFF),
          "u32",
          BigInteger.valueOf(0xFFFF_FFFFL),
          "u64",
          BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE),
          "u128",
          BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE));

  private enum Context {
    ACCOUNT,
    TYPE,
    ARGS
  }

  private final ProgramIdl idl;
  private final String where;
  private final Map<String, EnumDef> enums = new HashMap<>();
  private final Map<String, TypeDef> types = new HashMap<>();

  IdlValidator(ProgramIdl idl, String source) {
    this.idl = idl;
    this.where = "IDL " + (idl.name() == null ? source : idl.name());
  }

  void validate() {
    require(idl.name() != null && !idl.name().isBlank(), "has no name");
    validateProgramIds();
    unique(idl.enums(), EnumDef::name, "enum");
    unique(idl.types(), TypeDef::name, "type");
    idl.enums().forEach(e -> enums.put(e.name(), e));
    idl.types().forEach(t -> types.put(t.name(), t));
    for (String n : enums.keySet()) {
      require(!types.containsKey(n), "defines '" + n + "' both as an enum and as a type");
    }
    idl.enums().forEach(this::validateEnum);
    idl.types().forEach(this::validateType);
    validateAcyclic();
    validateAccounts();
    validateInstructions();
    validateErrors();
    idl.seeds().forEach(this::validateSeed);
  }

  private void validateProgramIds() {
    require(
        idl.programIds().keySet().equals(ENVIRONMENTS),
        "programIds must name exactly " + ENVIRONMENTS + ", found " + idl.programIds().keySet());
    idl.programIds()
        .forEach(
            (env, id) ->
                require(
                    id != null && BASE58.matcher(id).matches(),
                    "program id for " + env + " is not base58: " + id));
  }

  private void validateEnum(EnumDef e) {
    require(!e.variants().isEmpty(), "enum " + e.name() + " has no variants");
    unique(e.variants(), EnumVariant::name, "variant of enum " + e.name());
    Set<Integer> values = new HashSet<>();
    for (EnumVariant v : e.variants()) {
      require(
          v.value() >= 0 && v.value() <= 255,
          "enum " + e.name() + "." + v.name() + " value " + v.value() + " is not a byte");
      require(values.add(v.value()), "enum " + e.name() + " uses value " + v.value() + " twice");
    }
  }

  private void validateType(TypeDef t) {
    String what = "type " + t.name();
    require(t.kind() != null, what + " has no kind (struct or enum)");
    switch (t.kind()) {
      case STRUCT -> {
        require(
            t.variants().isEmpty() && !t.fields().isEmpty(),
            what + ": a struct has fields and no variants");
        validateFields(t.fields(), what, Context.TYPE);
      }
      case ENUM -> {
        require(
            t.fields().isEmpty() && !t.variants().isEmpty(),
            what + ": a payload enum has variants and no fields");
        unique(t.variants(), VariantDef::name, "variant of " + what);
        for (int i = 0; i < t.variants().size(); i++) {
          VariantDef v = t.variants().get(i);
          require(
              v.tag() == i,
              what
                  + " variant "
                  + v.name()
                  + " has tag "
                  + v.tag()
                  + ", expected declaration index "
                  + i);
          validateFields(v.fields(), what + "::" + v.name(), Context.TYPE);
        }
      }
    }
  }

  private void validateAccounts() {
    unique(idl.accounts(), AccountDef::name, "account");
    Set<Integer> discriminants = new HashSet<>();
    EnumDef accountType = enums.get("AccountType");
    for (AccountDef a : idl.accounts()) {
      String what = "account " + a.name();
      require(
          a.discriminant() >= 0 && a.discriminant() <= 255, what + " discriminant is not a byte");
      require(
          discriminants.add(a.discriminant()), what + " reuses discriminant " + a.discriminant());
      require(
          !a.fields().isEmpty() && "account_type".equals(a.fields().getFirst().name()),
          what + " must start with account_type");
      validateFields(a.fields(), what, Context.ACCOUNT);
      a.optionalFromIndex()
          .ifPresent(i -> require(i > 0, what + " cannot make account_type optional"));
      if (accountType != null) {
        require(
            accountType.byName(a.name()).map(v -> v.value() == a.discriminant()).orElse(false),
            what + " discriminant " + a.discriminant() + " does not match AccountType." + a.name());
      }
    }
  }

  private void validateInstructions() {
    unique(idl.instructions(), InstructionDef::name, "instruction");
    for (int i = 0; i < idl.instructions().size(); i++) {
      InstructionDef ins = idl.instructions().get(i);
      String what = "instruction " + ins.name();
      require(
          ins.discriminant() == i,
          what
              + " has discriminant "
              + ins.discriminant()
              + ", expected "
              + i
              + " (discriminants are the variant index 0..N-1, in order)");
      require(i <= 255, "more than 256 instructions");
      validateFields(ins.args(), what + " args", Context.ARGS);
      require(
          !ins.deprecated() || ins.accounts().isEmpty(),
          what + " is deprecated but lists accounts");
      require(ins.deprecated() || !ins.accounts().isEmpty(), what + " lists no accounts");
      for (InstructionAccount acc : ins.accounts()) {
        require(
            acc.name() != null && !acc.name().isBlank(), what + " has an account without a name");
      }
    }
  }

  private void validateErrors() {
    unique(idl.errors(), ErrorDef::name, "error");
    Set<Long> codes = new HashSet<>();
    for (ErrorDef e : idl.errors()) {
      require(
          e.code() >= 0 && e.code() <= 0xFFFF_FFFFL, "error " + e.name() + " code is not a u32");
      require(codes.add(e.code()), "error " + e.name() + " reuses code " + e.code());
      require(
          e.message() != null && !e.message().isBlank(), "error " + e.name() + " has no message");
    }
  }

  private void validateSeed(SeedDef s) {
    String what = "seeds of " + s.account() + (s.variant() == null ? "" : " (" + s.variant() + ")");
    require(idl.account(s.account()).isPresent(), what + ": no such account");
    require(!s.seeds().isEmpty() && s.seeds().size() <= 16, what + ": 1..16 seeds expected");
    for (String seed : s.seeds()) {
      require(seed != null && !seed.isEmpty(), what + ": empty seed");
      if (seed.startsWith("{")) {
        require(PLACEHOLDER.matcher(seed).matches(), what + ": bad placeholder " + seed);
      } else {
        require(
            seed.getBytes(StandardCharsets.UTF_8).length <= 32,
            what + ": literal longer than 32 bytes");
      }
    }
  }

  private void validateFields(List<FieldDef> fields, String owner, Context context) {
    unique(fields, FieldDef::name, "field of " + owner);
    for (int i = 0; i < fields.size(); i++) {
      FieldDef f = fields.get(i);
      String what = owner + "." + f.name();
      TypeRef type;
      try {
        type = TypeRef.parse(f.type());
      } catch (IdlException e) {
        throw new IdlException(where + ": " + what + ": " + e.getMessage());
      }
      checkType(type, what, context, true, i == fields.size() - 1);
      if (f.defaultValue() != null) {
        validateDefault(f.defaultValue(), type, what);
      }
    }
  }

  private void checkType(TypeRef type, String what, Context context, boolean top, boolean last) {
    switch (type) {
      case TypeRef.Primitive p -> {}
      case TypeRef.ArrayOf a -> {}
      case TypeRef.VecOf v -> checkType(v.element(), what, context, false, false);
      case TypeRef.OptionOf o -> {
        require(
            context == Context.ARGS,
            what + ": option<...> is only allowed in instruction arguments");
        checkType(o.element(), what, context, false, false);
      }
      case TypeRef.TailOf t -> {
        require(
            context == Context.ACCOUNT && top && last,
            what + ": tail<...> is only allowed as the last account field");
        checkType(t.element(), what, context, false, false);
      }
      case TypeRef.Named n ->
          require(
              enums.containsKey(n.name()) || types.containsKey(n.name()),
              what + ": undefined type " + n.name());
    }
  }

  private void validateDefault(String value, TypeRef type, String what) {
    if (type instanceof TypeRef.Named n && enums.containsKey(n.name())) {
      require(
          enums.get(n.name()).byName(value).isPresent(),
          what + ": default " + value + " is not a variant of " + n.name());
      return;
    }
    require(
        type instanceof TypeRef.Primitive p && INT_MAX.containsKey(p.name()),
        what + ": a default is only supported for unsigned integers and enums");
    BigInteger max = INT_MAX.get(((TypeRef.Primitive) type).name());
    try {
      BigInteger v = new BigInteger(value);
      require(
          v.signum() >= 0 && v.compareTo(max) <= 0, what + ": default " + value + " out of range");
    } catch (NumberFormatException e) {
      throw new IdlException(where + ": " + what + ": default " + value + " is not a number");
    }
  }

  private void validateAcyclic() {
    Set<String> done = new HashSet<>();
    for (TypeDef t : idl.types()) {
      visit(t.name(), new HashSet<>(), done);
    }
  }

  private void visit(String name, Set<String> path, Set<String> done) {
    TypeDef t = types.get(name);
    if (t == null || done.contains(name)) {
      return;
    }
    require(path.add(name), "type " + name + " contains itself");
    List<FieldDef> all = new ArrayList<>(t.fields());
    t.variants().forEach(v -> all.addAll(v.fields()));
    for (FieldDef f : all) {
      named(TypeRef.parse(f.type())).ifPresent(n -> visit(n, path, done));
    }
    path.remove(name);
    done.add(name);
  }

  private static Optional<String> named(TypeRef type) {
    return switch (type) {
      case TypeRef.Named n -> Optional.of(n.name());
      case TypeRef.VecOf v -> named(v.element());
      case TypeRef.OptionOf o -> named(o.element());
      case TypeRef.TailOf t -> named(t.element());
      case TypeRef.Primitive p -> Optional.empty();
      case TypeRef.ArrayOf a -> Optional.empty();
    };
  }

  private <T> void unique(List<T> items, Function<T, String> name, String kind) {
    Set<String> seen = new HashSet<>();
    for (T item : items) {
      String n = name.apply(item);
      require(n != null && !n.isBlank(), "has a " + kind + " without a name");
      require(seen.add(n), "defines " + kind + " '" + n + "' twice");
    }
  }

  private void require(boolean ok, String problem) {
    if (!ok) {
      throw new IdlException(where + ": " + problem);
    }
  }
}
