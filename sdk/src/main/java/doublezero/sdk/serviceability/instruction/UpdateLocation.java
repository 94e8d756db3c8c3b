package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// Instruction #11 `UpdateLocation` (args `LocationUpdateArgs`, processor `PROC/location/update.rs`; `serviceability-instructions.md` §1–§3).
/// Overwrites each location field given as Some (foundation only).
///
/// @param code `code`: Option<String (u32 length + UTF-8)>
/// @param name `name`: Option<String (u32 length + UTF-8)>
/// @param country `country`: Option<String (u32 length + UTF-8)>
/// @param lat `lat`: Option<f64>
/// @param lng `lng`: Option<f64>
/// @param locId `loc_id`: Option<u32>
public record UpdateLocation(Optional<String> code, Optional<String> name, Optional<String> country, Optional<Double> lat, Optional<Double> lng, Optional<Long> locId) implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException     for a null value
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
  /// @param accounts  the accounts, see [Accounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, Accounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }

  /// The accounts of `UpdateLocation`, in the order the reference SDK (or, where it has no builder, the processor) expects
  /// them (`serviceability-instructions.md` §3). [#metas()] appends the payer (writable signer) and the system program
  /// (marked writable, as the reference SDK does; the runtime downgrades it), §0.2.
  ///
  /// @param location the location account (writable)
  /// @param globalState the global state account (writable)
  /// @param payer the fee payer and signer (writable signer)
  public record Accounts(PublicKey location, PublicKey globalState, PublicKey payer) implements AccountGroup {
    /// Copies lists; rejects nulls.
    ///
    /// @throws NullPointerException for a null account or group
    public Accounts {
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(globalState, "globalState");
      Objects.requireNonNull(payer, "payer");
    }

    /// @return the account metas: this instruction's accounts, then payer and system program
    @Override
    public List<AccountMeta> metas() {
      List<AccountMeta> m = new ArrayList<>();
      m.add(AccountMeta.writable(location));
      m.add(AccountMeta.writable(globalState));
      m.add(AccountMeta.writableSigner(payer));
      m.add(AccountMeta.writable(PublicKey.DEFAULT));
      return List.copyOf(m);
    }
  }
}
