package doublezero.idl;

import java.util.List;

/// One instruction: data = the discriminant byte, then the arguments in Borsh order.
///
/// @param name the Rust variant name, e.g. `CreateDevice`
/// @param discriminant the first data byte (the variant index)
/// @param args the argument fields in Borsh order (empty for none)
/// @param accounts the account list in the order the program reads it (empty for deprecated
///   instructions)
/// @param deprecated whether the program rejects it without reading accounts (serviceability error
///   67 `Deprecated`)
public record InstructionDef(
    String name,
    int discriminant,
    List<FieldDef> args,
    List<InstructionAccount> accounts,
    boolean deprecated) {
  /// Normalises missing lists to empty ones.
  public InstructionDef {
    args = args == null ? List.of() : List.copyOf(args);
    accounts = accounts == null ? List.of() : List.copyOf(accounts);
  }
}
