package doublezero.localnet.up;

import doublezero.localnet.LocalnetConfig;
import java.nio.file.Path;

/// What `doublezero-localnet up` starts.
///
/// @param ledger the ledger (directory, address, ports, slot time); the DoubleZero programs are
///   added to it
/// @param userKeypair the CLI user's keypair file (created, mode 0600, when absent), e.g.
///   `~/.config/doublezero/id.json`
/// @param activator whether to run the activator in-process
public record UpConfig(LocalnetConfig ledger, Path userKeypair, boolean activator) {}
