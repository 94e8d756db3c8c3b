package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.Objects;

/// Instruction #10 `CreateLocation` (args `LocationCreateArgs`, processor
/// `PROC/location/create.rs`; `serviceability-instructions.md` §1–§3). Creates a location at
/// PDA(account_index + 1), status Activated (foundation only).
///
/// @param code `code`: String (u32 length + UTF-8)
/// @param name `name`: String (u32 length + UTF-8)
/// @param country `country`: String (u32 length + UTF-8)
/// @param lat `lat`: f64
/// @param lng `lng`: f64
/// @param locId `loc_id`: u32
public record CreateLocation(
    String code, String name, String country, double lat, double lng, long locId)
    implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public CreateLocation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Args.notNaN(lat, "lat");
    Args.notNaN(lng, "lng");
    Args.u32(locId, "loc_id");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.CREATE_LOCATION;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.string(code);
    w.string(name);
    w.string(country);
    w.f64(lat);
    w.f64(lng);
    w.u32(locId);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static CreateLocation decodeArgs(BorshReader r) {
    return new CreateLocation(
        r.string("code"),
        r.string("name"),
        r.string("country"),
        r.f64("lat"),
        r.f64("lng"),
        r.u32("loc_id"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [LocationAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, LocationAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
