package doublezero.cli.keys;

import doublezero.cli.command.CliCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.session.KeypairLoader;
import doublezero.cli.session.Session;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.KeypairFile;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `doublezero keygen [-f] [-o PATH]` (reference `smartcontract/cli/src/keygen.rs`, `config.rs`
/// `create_new_pubkey_user`): writes a new keypair (mode 0600) to `PATH` or the config's
/// `keypair_path` and prints `Pubkey: <pk>`. An existing file without `-f` is refused with `Error:
/// The file … already exists (use doublezero keygen -f)` on stderr and exit code 1 (the reference
/// prints the same line on stdout and exits 0; see README, "Differences from the reference CLI").
/// The secret is never printed.
@Command(name = "keygen", description = "Create a new user identity (keypair file).")
public final class KeygenCommand extends CliCommand {
  @Option(
      names = {"-f", "--force"},
      description = "Overwrite an existing file.")
  boolean force;

  @Option(
      names = {"-o", "--outfile"},
      paramLabel = "PATH",
      description = "Where to write the keypair.")
  String outfile;

  @Override
  protected void execute(Session s) {
    Path path = KeypairLoader.expand(outfile != null ? outfile : s.config().keypairPath(), s.env());
    if (!force && Files.exists(path)) {
      throw new CliException("The file " + path + " already exists (use doublezero keygen -f)");
    }
    Keypair k = Keypair.generate();
    KeypairFile.write(path, k, force);
    s.out().println("Pubkey: " + k.publicKey());
  }
}
