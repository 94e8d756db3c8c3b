package doublezero.cli.account;

import doublezero.cli.error.CliException;
import doublezero.cli.output.FieldsJson;
import doublezero.cli.output.FieldsTable;
import doublezero.cli.output.JsonOutput;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.fields.HasFields;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `doublezero account decode --program serviceability|telemetry|geolocation (--file PATH |
/// --base64 STRING) [--json]`: decodes raw account data with the SDK's codecs. With `--json`, one
/// object keyed by the Rust field names (see [FieldsJson]); otherwise aligned `field | value`
/// lines. Undecodable input is one `Error:` line naming the field and offset, exit code 1.
@Command(name = "decode", description = "Decode raw account data of a DoubleZero program.")
public final class AccountDecodeCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(
      names = "--program",
      required = true,
      converter = ProgramKind.Converter.class,
      completionCandidates = ProgramKind.Candidates.class,
      description = "Program that owns the account: ${COMPLETION-CANDIDATES}.")
  ProgramKind program;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Option(names = "--json", description = "Print JSON keyed by the Rust field names.")
  boolean json;

  /// Where the account bytes come from: exactly one of the two.
  static final class Source {
    @Option(
        names = "--file",
        paramLabel = "PATH",
        description = "File holding the raw account data.")
    Path file;

    @Option(
        names = "--base64",
        paramLabel = "STRING",
        description = "Account data in base64 (as getAccountInfo returns it).")
    String base64;
  }

  @Override
  public void run() {
    byte[] data = source.file != null ? readFile(source.file) : decodeBase64(source.base64);
    HasFields account;
    try {
      account = program.decode(data);
    } catch (DecodeException e) {
      throw new CliException(
          "cannot decode " + program.cliName() + " account: " + e.getMessage(), e);
    }
    var out = spec.commandLine().getOut();
    if (json) {
      out.println(JsonOutput.pretty(FieldsJson.toJson(account.fields())));
    } else {
      out.print(FieldsTable.render(account.fields()));
    }
    out.flush();
  }

  private static byte[] readFile(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new CliException("cannot read " + file + ": no such file");
    } catch (IOException e) {
      throw new CliException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static byte[] decodeBase64(String text) {
    try {
      return Base64.getDecoder().decode(text.strip());
    } catch (IllegalArgumentException e) {
      throw new CliException("invalid --base64 value: " + e.getMessage());
    }
  }
}
