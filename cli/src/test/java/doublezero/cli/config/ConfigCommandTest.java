package doublezero.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.cli.CliRun;
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
    assertThat(r.out()).isEqualTo("Config File: " + file + "\nRPC URL: http://localhost:8899\n"
        + "WebSocket URL: ws://localhost:8899 (computed)\nKeypair Path: " + home.resolve(".config/doublezero/id.json")
        + "\nProgram ID: 7CTniUa88iJKUHTrCkB4TjAoG6TD7AMivhQeuqN2LPtX (computed)\nTenant: (not set)\n\n");
    assertThat(file).doesNotExist();
  }

  @Test
  void setUrlWritesYamlWithReferenceKeysAndResetsWs() throws Exception {
    CliRun cli = new CliRun(home);
    assertThat(cli.run("config", "set", "--ws", "ws://x:1").code()).isZero();
    var r = cli.run("config", "set", "--url", "http://127.0.0.1:9999", "--program-id", "testnet", "--tenant", "acme");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("RPC URL: http://127.0.0.1:9999\n", "WebSocket URL: ws://127.0.0.1:9999/ (computed)\n",
        "Program ID: DZtnuQ839pSaDMFG5q1ad2V95G82S5EC4RrB3Ndw2Heb\n", "Tenant: acme\n");
    String yaml = Files.readString(home.resolve(".config/doublezero/cli/config.yml"));
    assertThat(yaml).startsWith("json_rpc_url: http://127.0.0.1:9999\nwebsocket_url: null\nkeypair_path: ")
        .contains("program_id: DZtnuQ839pSaDMFG5q1ad2V95G82S5EC4RrB3Ndw2Heb\ntenant: acme\naddress_labels: {}\n");
    assertThat(cli.run("config", "set", "--no-tenant").out()).contains("Tenant: (not set)");
  }

  @Test
  void envVariableNamesTheFileAndEnvPresetSetsAllUrls() {
    Path file = home.resolve("elsewhere.yml");
    CliRun cli = new CliRun(home).var("DOUBLEZERO_CONFIG_FILE", file.toString());
    var r = cli.run("config", "set", "--env", "mainnet-beta");
    assertThat(r.code()).isZero();
    assertThat(file).exists();
    assertThat(r.out()).startsWith("Config File: " + file + "\n")
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
    assertThat(r.err()).isEqualTo("Error: Invalid environment localnet, must be one of: mainnet-beta, testnet, devnet, local\n");
  }
}
