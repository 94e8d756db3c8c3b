package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.Objects;
import java.util.Optional;

/// Instruction #16 `UpdateExchange` (args `ExchangeUpdateArgs`, processor
/// `PROC/exchange/update.rs`; `serviceability-instructions.md` §1–§3). Overwrites each exchange
/// field given as Some; a Some bgp_community re-assigns the next community (the value is ignored).
///
/// @param code `code`: Option<String (u32 length + UTF-8)>
/// @param name `name`: Option<String (u32 length + UTF-8)>
/// @param lat `lat`: Option<f64>
/// @param lng `lng`: Option<f64>
/// @param bgpCommunity `bgp_community`: Option<u16>
public record UpdateExchange(
    Optional<String> code,
    Optional<String> name,
    Optional<Double> lat,
    Optional<Double> lng,
    Optional<Integer> bgpCommunity)
    implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public UpdateExchange {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(lat, "lat");
    lat.ifPresent(x -> Args.notNaN(x, "lat"));
    Objects.requireNonNull(lng, "lng");
    lng.ifPresent(x -> Args.notNaN(x, "lng"));
    Objects.requireNonNull(bgpCommunity, "bgp_community");
    bgpCommunity.ifPresent(x -> Args.u16(x, "bgp_community"));
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.UPDATE_EXCHANGE;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    Args.writeOption(w, code, (ww, x) -> ww.string(x));
    Args.writeOption(w, name, (ww, x) -> ww.string(x));
    Args.writeOption(w, lat, (ww, x) -> ww.f64(x));
    Args.writeOption(w, lng, (ww, x) -> ww.f64(x));
    Args.writeOption(w, bgpCommunity, (ww, x) -> ww.u16(x));
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static UpdateExchange decodeArgs(BorshReader r) {
    return new UpdateExchange(
        Args.readOption(r, "code", x -> x.string("code")),
        Args.readOption(r, "name", x -> x.string("name")),
        Args.readOption(r, "lat", x -> x.f64("lat")),
        Args.readOption(r, "lng", x -> x.f64("lng")),
        Args.readOption(r, "bgp_community", x -> x.u16("bgp_community")));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [ExchangeGlobalConfigAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, ExchangeGlobalConfigAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
