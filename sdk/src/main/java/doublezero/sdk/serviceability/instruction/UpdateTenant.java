package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.serviceability.state.TenantBillingConfig;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.Objects;
import java.util.Optional;

/// Instruction #89 `UpdateTenant` (args `TenantUpdateArgs`, processor `PROC/tenant/update.rs`;
/// `serviceability-instructions.md` §1–§3). Overwrites tenant fields given as Some (foundation
/// only).
///
/// @param vrfId `vrf_id`: Option<u16>
/// @param tokenAccount `token_account`: Option<Pubkey>
/// @param metroRouting `metro_routing`: Option<bool>
/// @param routeLiveness `route_liveness`: Option<bool>
/// @param billing `billing`: Option<TenantBillingConfig>
public record UpdateTenant(
    Optional<Integer> vrfId,
    Optional<PublicKey> tokenAccount,
    Optional<Boolean> metroRouting,
    Optional<Boolean> routeLiveness,
    Optional<TenantBillingConfig> billing)
    implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public UpdateTenant {
    Objects.requireNonNull(vrfId, "vrf_id");
    vrfId.ifPresent(x -> Args.u16(x, "vrf_id"));
    Objects.requireNonNull(tokenAccount, "token_account");
    Objects.requireNonNull(metroRouting, "metro_routing");
    Objects.requireNonNull(routeLiveness, "route_liveness");
    Objects.requireNonNull(billing, "billing");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.UPDATE_TENANT;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    Args.writeOption(w, vrfId, (ww, x) -> ww.u16(x));
    Args.writeOption(w, tokenAccount, (ww, x) -> ww.publicKey(x));
    Args.writeOption(w, metroRouting, (ww, x) -> ww.bool(x));
    Args.writeOption(w, routeLiveness, (ww, x) -> ww.bool(x));
    Args.writeOption(w, billing, (ww, x) -> x.encode(ww));
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static UpdateTenant decodeArgs(BorshReader r) {
    return new UpdateTenant(
        Args.readOption(r, "vrf_id", x -> x.u16("vrf_id")),
        Args.readOption(r, "token_account", x -> x.publicKey("token_account")),
        Args.readOption(r, "metro_routing", x -> x.bool("metro_routing")),
        Args.readOption(r, "route_liveness", x -> x.bool("route_liveness")),
        Args.readOption(r, "billing", x -> TenantBillingConfig.decode(x, "billing")));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [TenantAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, TenantAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
