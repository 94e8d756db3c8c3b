package doublezero.cli.session;

import java.util.Optional;

/// The global flags as given (reference `client/doublezero/src/cli/command.rs`): valid before or after any
/// subcommand.
///
/// @param env        `--env`: `mainnet-beta`/`m`, `testnet`/`t`, `devnet`/`d`, `local`/`l`
/// @param url        `--url`: RPC URL or moniker
/// @param ws         `--ws`: WebSocket URL or moniker
/// @param programId  `--program-id`: serviceability program id or moniker
/// @param keypair    `--keypair`: signer keypair file
/// @param verbose    `--verbose`: stack traces on failure
public record GlobalOptions(Optional<String> env, Optional<String> url, Optional<String> ws,
    Optional<String> programId, Optional<String> keypair, boolean verbose) {}
