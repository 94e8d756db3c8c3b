package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.Objects;
import java.util.Optional;

/// Instruction #11 `UpdateLocation` (args `LocationUpdateArgs`, processor
/// `PROC/location/update.rs`; `serviceability-instructions.md` §1–§3). Overwrites each location
/// field given as Some (foundation only).
///
/// @param code `code`: Option<String (u32 length + UTF-8)>
/// @param name `name`: Option<String (u32 length + UTF-8)>
/// @param country `country`: Option<String (u32 length + UTF-8)>
/// @param lat `lat`: Option<f64>
/// @param lng `lng`: Option<f64>
/// @param locId `loc_id`: Option<u32>
public record UpdateLocation(
    Optional<String> code,
    Optional<String> name,
    Optional<String> country,
    Optional<Double> lat,
    Optional<Double> lng,
    Optional<Long> locId)
    implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public UpdateLocation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(lat, "lat");
    lat.ifPresent(x -> Args.notNaN(x, "lat"));
    Objects.requireNonNull(lng, "lng");
    lng.ifPresent(x -> Args.notNaN(x, "lng"));
    Objects.requireNonNull(locId, "loc_id");
    locId.ifPresent(x -> Args.u32(x, "loc_id"));
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.UPDATE_LOCATION;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    Args.writeOption(w, code, (ww, x) -> ww.string(x));
    Args.writeOption(w, name, (ww, x) -> ww.string(x));
    Args.writeOption(w, country, (ww, x) -> ww.string(x));
    Args.writeOption(w, lat, (ww, x) -> ww.f64(x));
    Args.writeOption(w, lng, (ww, x) -> ww.f64(x));
    Args.writeOption(w, locId, (ww, x) -> ww.u32(x));
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static UpdateLocation decodeArgs(BorshReader r) {
    return new UpdateLocation(
        Args.readOption(r, "code", x -> x.string("code")),
        Args.readOption(r, "name", x -> x.string("name")),
        Args.readOption(r, "country", x -> x.string("country")),
        Args.readOption(r, "lat", x -> x.f64("lat")),
        Args.readOption(r, "lng", x -> x.f64("lng")),
        Args.readOption(r, "loc_id", x -> x.u32("loc_id")));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [LocationAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, LocationAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
