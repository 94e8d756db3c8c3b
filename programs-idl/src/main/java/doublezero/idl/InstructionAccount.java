package doublezero.idl;

/// One position in an instruction's account list, as the program reads it
/// (serviceability-instructions.md §3).
///
/// @param name a snake_case role name, e.g. `globalstate`, `payer`
/// @param signer whether the account must sign
/// @param writable whether the program writes the account (data or lamports), so it must be
///   writable
/// @param optional whether the position may be absent (the program decides from an argument or the
///   account count)
/// @param repeated whether the position stands for a run of accounts whose length an argument gives
///   (e.g. `dz_prefix_count` DzPrefixBlock accounts); with `optional` the run may be empty
public record InstructionAccount(
    String name, boolean signer, boolean writable, boolean optional, boolean repeated) {}
