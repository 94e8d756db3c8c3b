package doublezero.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.cli.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigCommandTest {
  @TempDir Path home;

  @Test
  void getWithoutFilePrintsDefaultsWithComputedValues() {
    var r = new CliRun(home).run("config", "get");
    assertThat(r.code()).isZero();
    Path file = home.resolve(".config/doublezero/cli/config.yml");
    assertThat(r.out())
        .isEqualTo(
            "Config File: "
                + file
                + "\nRPC URL: http://localhost:8899\n"
                + "WebSocket URL: ws://localhost:8899 (computed)\nKeypair Path: "
                + home.resolve(".config/doublezero/id.json")
                + "\n"
                + "Program ID: 7CTniUa88iJKUHTrCkB4TjAoG6TD7AMivhQeuqN2LPtX (computed)\n"
                + "Tenant: (not set)\n\n");
    assertThat(file).doesNotExist();
  }

  @Test
  void setUrlWritesYamlWithReferenceKeysAndResetsWs() throws Exception {
    CliRun cli = new CliRun(home);
    assertThat(cli.run("config", "set", "--ws", "ws://x:1").code()).isZero();
    var r =
        cli.run(
            "config",
            "set",
            "--url",
            "http://127.0.0.1:9999",
            "--program-id",
            "testnet",
            "--tenant",
            "acme");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            "RPC URL: http://127.0.0.1:9999\n",
            "WebSocket URL: ws://127.0.0.1:9999/ (computed)\n",
            "Program ID: DZtnuQ839pSaDMFG5q1ad2V95G82S5EC4RrB3Ndw2Heb\n",
            "Tenant: acme\n");
    String yaml = Files.readString(home.resolve(".config/doublezero/cli/config.yml"));
    assertThat(yaml)
        .startsWith("json_rpc_url: http://127.0.0.1:9999\nwebsocket_url: null\nkeypair_path: ")
        .contains(
            "program_id: DZtnuQ839pSaDMFG5q1ad2V95G82S5EC4RrB3Ndw2Heb\n"
                + "tenant: acme\n"
                + "address_labels: {}\n");
    assertThat(cli.run("config", "set", "--no-tenant").out()).contains("Tenant: (not set)");
  }

  @Test
  void envVariableNamesTheFileAndEnvPresetSetsAllUrls() {
    Path file = home.resolve("elsewhere.yml");
    CliRun cli = new CliRun(home).var("DOUBLEZERO_CONFIG_FILE", file.toString());
    var r = cli.run("config", "set", "--env", "mainnet-beta");
    assertThat(r.code()).isZero();
    assertThat(file).exists();
    assertThat(r.out())
        .startsWith("Config File: " + file + "\n")
        .contains("Program ID: ser2VaTMAcYTaauMrTSfSrxBaUDq7BLNs2xfUugTAGv");
  }

  @Test
  void envWithUrlIsRefusedLikeTheReference() {
    var r = new CliRun(home).run("config", "set", "--env", "local", "--url", "http://x");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Invalid flag combination: Use either --env");
    assertThat(home.resolve(".config/doublezero/cli/config.yml")).doesNotExist();
  }

  @Test
  void setWithoutFlagsIsAUsageError() {
    var r = new CliRun(home).run("config", "set");
    assertThat(r.code()).isEqualTo(2);
  }

  @Test
  void unknownEnvironmentIsOneLineExitOne() {
    var r = new CliRun(home).run("config", "set", "--env", "localnet");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "Error: Invalid environment localnet, must be one of: mainnet-beta, testnet, devnet,"
                + " local\n");
  }

  @Test
  void invalidUtf8IsAnErrorNamingTheFileAndSetLeavesItAlone() throws Exception {
    Path file = home.resolve(".config/doublezero/cli/config.yml");
    Files.createDirectories(file.getParent());
    byte[] bytes =
        "json_rpc_url: http://10.0.0.1:8899\ntenant: ac\u00ffme\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    Files.write(file, bytes);
    CliRun cli = new CliRun(home);
    for (String[] args :
        new String[][] {
          {"config", "get"}, {"config", "set", "--url", "http://127.0.0.1:1"}, {"device", "list"}
        }) {
      var r = cli.run(args);
      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(1);
      assertThat(r.err())
          .isEqualTo(
              "Error: cannot read config file " + file + ": not valid UTF-8 (byte offset 45)\n");
      assertThat(r.out()).isEmpty();
    }
    assertThat(Files.readAllBytes(file))
        .as("config set must not overwrite an unreadable file")
        .isEqualTo(bytes);
  }

  @Test
  void directoryAtThePathIsAnError() throws Exception {
    Path file = home.resolve("cfgdir");
    Files.createDirectories(file);
    var r =
        new CliRun(home)
            .var("DOUBLEZERO_CONFIG_FILE", file.toString())
            .run("config", "set", "--tenant", "x");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("Error: cannot read config file " + file + ": Is a directory\n");
    assertThat(file).isDirectory().isEmptyDirectory();
  }

  @Test
  void invalidYamlIsAnErrorNamingTheFile() throws Exception {
    Path file = home.resolve("bad.yml");
    Files.writeString(file, "json_rpc_url: [unclosed\n");
    var r = new CliRun(home).var("DOUBLEZERO_CONFIG_FILE", file.toString()).run("config", "get");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("Error: invalid config file " + file + ": ");
    assertThat(r.err().lines().toList()).hasSize(1);
    assertThat(Files.readString(file)).isEqualTo("json_rpc_url: [unclosed\n");
  }

  @Test
  void missingFileStillMeansDefaults() {
    Path file = home.resolve("absent/config.yml");
    var r = new CliRun(home).var("DOUBLEZERO_CONFIG_FILE", file.toString()).run("config", "get");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("RPC URL: http://localhost:8899\n");
  }
}
