package doublezero.cli.accesspass;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.output.Display;
import doublezero.cli.output.JsonOutput;
import doublezero.cli.output.PsqlTable;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.AccessPassStatus;
import doublezero.sdk.serviceability.state.AccessPassType;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.MulticastGroupStatus;
import doublezero.sdk.serviceability.state.ServiceabilityAccount;
import doublezero.sdk.solana.key.PublicKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/// The exact `access-pass list` table and compact JSON of the reference unit test
/// (`smartcontract/cli/src/accesspass/list.rs` `test_cli_accesspass_list`, current epoch 10).
class AccessPassGoldenTest {
  static final PublicKey A = PublicKey.fromBase58("1111111FVAiSujNZVgYSc27t6zUTWoKfAGxbRzzPB");
  static final PublicKey B = PublicKey.fromBase58("1111111QLbz7JHiBTspS962RLKV8GndWFwiEaqKM");
  static final PublicKey C = PublicKey.fromBase58("11111115q4EpJaTXAZWpCg3J2zppWGSZ46KXozzo9");

  static LedgerView ledger() {
    Map<PublicKey, ServiceabilityAccount> m = new LinkedHashMap<>();
    m.put(
        B,
        new MulticastGroup(
            C,
            U128.ofUnsigned(1),
            1,
            PublicKey.DEFAULT,
            Ipv4Address.parse("239.0.0.1"),
            1_000_000_000L,
            MulticastGroupStatus.ACTIVATED,
            "test",
            5,
            10));
    return new LedgerView(PublicKey.DEFAULT, m);
  }

  static AccessPass pass(
      PublicKey who,
      String ip,
      AccessPassType t,
      List<PublicKey> pub,
      List<PublicKey> sub,
      int flags) {
    return new AccessPass(
        who,
        2,
        t,
        Ipv4Address.parse(ip),
        who,
        123,
        0,
        AccessPassStatus.CONNECTED,
        pub,
        sub,
        flags,
        List.of());
  }

  static List<Display> rows() {
    List<Keyed<AccessPass>> passes =
        List.of(
            new Keyed<>(
                A, pass(A, "1.2.3.4", new AccessPassType.Prepaid(), List.of(B), List.of(), 0)),
            new Keyed<>(
                C, pass(C, "2.3.4.5", new AccessPassType.Prepaid(), List.of(B), List.of(), 0)),
            new Keyed<>(
                B,
                pass(
                    B,
                    "0.0.0.0",
                    new AccessPassType.SolanaValidator(A),
                    List.of(),
                    List.of(B),
                    AccessPass.FLAG_IS_DYNAMIC)));
    return AccessPassDisplays.list(ledger(), passes, 10);
  }

  @Test
  void tableEqualsTheReference() {
    String table =
        PsqlTable.render(AccessPassDisplays.HEADERS, rows().stream().map(Display::row).toList())
            + "\n";
    assertThat(table)
        .isEqualTo(
            " account                                   | accesspass_type                          "
                + "                   | client_ip | user_payer                                |"
                + " tenant | multicast | last_access_epoch | remaining_epoch | flags   |"
                + " connections | status    | owner                                     \n"
                + " 1111111QLbz7JHiBTspS962RLKV8GndWFwiEaqKM  | solana_validator:"
                + " 1111111FVAiSujNZVgYSc27t6zUTWoKfAGxbRzzPB | 0.0.0.0   |"
                + " 1111111QLbz7JHiBTspS962RLKV8GndWFwiEaqKM  |        | S:test    | 123           "
                + "    | 113             | dynamic | 0           | connected |"
                + " 1111111QLbz7JHiBTspS962RLKV8GndWFwiEaqKM  \n"
                + " 1111111FVAiSujNZVgYSc27t6zUTWoKfAGxbRzzPB | prepaid                            "
                + "                         | 1.2.3.4   | 1111111FVAiSujNZVgYSc27t6zUTWoKfAGxbRzzPB"
                + " |        | P:test    | 123               | 113             |         | 0       "
                + "    | connected | 1111111FVAiSujNZVgYSc27t6zUTWoKfAGxbRzzPB \n"
                + " 11111115q4EpJaTXAZWpCg3J2zppWGSZ46KXozzo9 | prepaid                            "
                + "                         | 2.3.4.5   | 11111115q4EpJaTXAZWpCg3J2zppWGSZ46KXozzo9"
                + " |        | P:test    | 123               | 113             |         | 0       "
                + "    | connected | 11111115q4EpJaTXAZWpCg3J2zppWGSZ46KXozzo9 \n");
  }

  @Test
  void compactJsonEqualsTheReference() {
    ArrayNode arr = JsonNodeFactory.instance.arrayNode();
    rows().forEach(r -> arr.add(r.json()));
    assertThat(JsonOutput.compact(arr) + "\n")
        .isEqualTo(
            "[{\"account\":\"1111111QLbz7JHiBTspS962RLKV8GndWFwiEaqKM\",\"accesspass_type\":\"solana_validator:"
                + " 1111111FVAiSujNZVgYSc27t6zUTWoKfAGxbRzzPB\",\"client_ip\":\"0.0.0.0\",\"user_payer\":\"1111111QLbz7JHiBTspS962RLKV8GndWFwiEaqKM\",\"tenant\":\"\",\"multicast\":\"S:test\",\"last_access_epoch\":\"123\",\"remaining_epoch\":\"113\",\"flags\":\"dynamic\",\"connections\":0,\"status\":\"Connected\",\"owner\":\"1111111QLbz7JHiBTspS962RLKV8GndWFwiEaqKM\"},{\"account\":\"1111111FVAiSujNZVgYSc27t6zUTWoKfAGxbRzzPB\",\"accesspass_type\":\"prepaid\",\"client_ip\":\"1.2.3.4\",\"user_payer\":\"1111111FVAiSujNZVgYSc27t6zUTWoKfAGxbRzzPB\",\"tenant\":\"\",\"multicast\":\"P:test\",\"last_access_epoch\":\"123\",\"remaining_epoch\":\"113\",\"flags\":\"\",\"connections\":0,\"status\":\"Connected\",\"owner\":\"1111111FVAiSujNZVgYSc27t6zUTWoKfAGxbRzzPB\"},{\"account\":\"11111115q4EpJaTXAZWpCg3J2zppWGSZ46KXozzo9\",\"accesspass_type\":\"prepaid\",\"client_ip\":\"2.3.4.5\",\"user_payer\":\"11111115q4EpJaTXAZWpCg3J2zppWGSZ46KXozzo9\",\"tenant\":\"\",\"multicast\":\"P:test\",\"last_access_epoch\":\"123\",\"remaining_epoch\":\"113\",\"flags\":\"\",\"connections\":0,\"status\":\"Connected\",\"owner\":\"11111115q4EpJaTXAZWpCg3J2zppWGSZ46KXozzo9\"}]\n");
  }
}
