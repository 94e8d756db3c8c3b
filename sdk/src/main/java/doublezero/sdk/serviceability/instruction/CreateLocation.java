package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/// Instruction #10 `CreateLocation` (args `LocationCreateArgs`, processor `PROC/location/create.rs`; `serviceability-instructions.md` §1–§3).
/// Creates a location at PDA(account_index + 1), status Activated (foundation only).
///
/// @param code `code`: String (u32 length + UTF-8)
/// @param name `name`: String (u32 length + UTF-8)
/// @param country `country`: String (u32 length + UTF-8)
/// @param lat `lat`: f64
/// @param lng `lng`: f64
/// @param locId `loc_id`: u32
public record CreateLocation(String code, String name, String country, double lat, double lng, long locId) implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException     for a null value
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
  /// @param accounts  the accounts, see [Accounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, Accounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }

  /// The accounts of `CreateLocation`, in the order the reference SDK (or, where it has no builder, the processor) expects
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
