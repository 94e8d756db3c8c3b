package doublezero.cli.session;

import java.time.Duration;
import java.util.Optional;

/// The global flags as given (reference `client/doublezero/src/cli/command.rs`): valid before or
/// after any subcommand.
///
/// @param env `--env`: `mainnet-beta`/`m`, `testnet`/`t`, `devnet`/`d`, `local`/`l`
/// @param url `--url`: RPC URL or moniker
/// @param ws `--ws`: WebSocket URL or moniker
/// @param programId `--program-id`: serviceability program id or moniker
/// @param keypair `--keypair`: signer keypair file
/// @param verbose `--verbose`: stack traces on failure
/// @param timeout `--timeout`: how long to wait for each ledger answer (this CLI's own flag;
///   default [Session#DEFAULT_TIMEOUT] or the config file's `timeout`)
public record GlobalOptions(
    Optional<String> env,
    Optional<String> url,
    Optional<String> ws,
    Optional<String> programId,
    Optional<String> keypair,
    boolean verbose,
    Optional<Duration> timeout) {}
