package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.Objects;

/// Instruction #15 `CreateExchange` (args `ExchangeCreateArgs`, processor
/// `PROC/exchange/create.rs`; `serviceability-instructions.md` §1–§3). Creates an exchange at
/// PDA(account_index + 1) with the next BGP community (foundation only).
///
/// @param code `code`: String (u32 length + UTF-8)
/// @param name `name`: String (u32 length + UTF-8)
/// @param lat `lat`: f64
/// @param lng `lng`: f64
/// @param reserved `reserved`: u16
public record CreateExchange(String code, String name, double lat, double lng, int reserved)
    implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public CreateExchange {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Args.notNaN(lat, "lat");
    Args.notNaN(lng, "lng");
    Args.u16(reserved, "reserved");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.CREATE_EXCHANGE;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.string(code);
    w.string(name);
    w.f64(lat);
    w.f64(lng);
    w.u16(reserved);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static CreateExchange decodeArgs(BorshReader r) {
    return new CreateExchange(
        r.string("code"), r.string("name"), r.f64("lat"), r.f64("lng"), r.u16("reserved"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [ExchangeGlobalConfigAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, ExchangeGlobalConfigAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
