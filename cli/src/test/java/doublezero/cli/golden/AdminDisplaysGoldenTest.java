package doublezero.cli.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import doublezero.cli.exchange.ExchangeDisplays;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.location.LocationDisplays;
import doublezero.cli.output.Detail;
import doublezero.cli.output.Display;
import doublezero.cli.output.JsonOutput;
import doublezero.cli.output.PsqlTable;
import doublezero.cli.tenant.TenantDisplays;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.environment.Environment;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.ExchangeStatus;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.serviceability.state.LocationStatus;
import doublezero.sdk.serviceability.state.Tenant;
import doublezero.sdk.serviceability.state.TenantBillingConfig;
import doublezero.sdk.serviceability.state.TenantPaymentStatus;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/// `location list`, `exchange list` and `tenant list` rows against the exact strings of the
/// reference unit tests (`smartcontract/cli/src/{location,exchange,tenant}/list.rs`), and the `get`
/// key/value shape.
class AdminDisplaysGoldenTest {
  /// The reference tests' `Pubkey::new_unique()` / `from_str_const` key.
  static final PublicKey PK = PublicKey.fromBase58("11111115RidqCHAoz6dzmXxGcfWLNzevYqNpaRAUo");

  static final LedgerView EMPTY =
      new LedgerView(Environment.LOCAL.serviceabilityProgramId(), Map.of());

  static String table(List<String> headers, List<Display> rows) {
    return PsqlTable.render(headers, rows.stream().map(Display::row).toList()) + "\n";
  }

  static String compact(List<Display> rows) {
    ArrayNode arr = JsonNodeFactory.instance.arrayNode();
    rows.forEach(r -> arr.add(r.json()));
    return JsonOutput.compact(arr) + "\n";
  }

  @Test
  void locationListMatchesTheReferenceTest() {
    Location l =
        new Location(
            PK,
            U128.ofUnsigned(1),
            2,
            15,
            15,
            7,
            LocationStatus.ACTIVATED,
            "some code",
            "some name",
            "some country",
            0);
    List<Display> rows = List.of(LocationDisplays.row(new Keyed<>(PK, l)));
    assertThat(table(LocationDisplays.LIST_HEADERS, rows))
        .isEqualTo(
            " account                                   | code      | name      | country      |"
                + " lat | lng | status    | owner                                     \n"
                + " 11111115RidqCHAoz6dzmXxGcfWLNzevYqNpaRAUo | some code | some name | some"
                + " country | 15  | 15  | activated | 11111115RidqCHAoz6dzmXxGcfWLNzevYqNpaRAUo"
                + " \n");
    assertThat(compact(rows))
        .isEqualTo(
            "[{\"account\":\"11111115RidqCHAoz6dzmXxGcfWLNzevYqNpaRAUo\",\"code\":\"some"
                + " code\",\"name\":\"some name\",\"country\":\"some"
                + " country\",\"lat\":15.0,\"lng\":15.0,\"status\":\"Activated\",\"owner\":\"11111115RidqCHAoz6dzmXxGcfWLNzevYqNpaRAUo\"}]\n");
    assertThat(Detail.render(LocationDisplays.detail(new Keyed<>(PK, l))))
        .isEqualTo(
            """
             account         | 11111115RidqCHAoz6dzmXxGcfWLNzevYqNpaRAUo
             code            | some code
             name            | some name
             country         | some country
             lat             | 15
             lng             | 15
             loc_id          | 7
             reference_count | 0
             status          | activated
             owner           | 11111115RidqCHAoz6dzmXxGcfWLNzevYqNpaRAUo
            """);
  }

  @Test
  void exchangeListMatchesTheReferenceTest() {
    Exchange e =
        new Exchange(
            PK,
            U128.ofUnsigned(1),
            2,
            15,
            15,
            6,
            0,
            ExchangeStatus.ACTIVATED,
            "some code",
            "some name",
            0,
            PublicKey.DEFAULT,
            PublicKey.DEFAULT);
    List<Display> rows = List.of(ExchangeDisplays.row(EMPTY, new Keyed<>(PK, e)));
    assertThat(table(ExchangeDisplays.LIST_HEADERS, rows))
        .isEqualTo(
            " account                                   | code      | name      | device1 | device2"
                + " | lat | lng | bgp_community | status    | owner                                "
                + "     \n"
                + " 11111115RidqCHAoz6dzmXxGcfWLNzevYqNpaRAUo | some code | some name | (none)  |"
                + " (none)  | 15  | 15  | 6             | activated |"
                + " 11111115RidqCHAoz6dzmXxGcfWLNzevYqNpaRAUo \n");
    assertThat(compact(rows))
        .isEqualTo(
            "[{\"account\":\"11111115RidqCHAoz6dzmXxGcfWLNzevYqNpaRAUo\",\"code\":\"some"
                + " code\",\"name\":\"some"
                + " name\",\"device1\":\"(none)\",\"device2\":\"(none)\",\"lat\":15.0,\"lng\":15.0,\"bgp_community\":6,\"status\":\"Activated\",\"owner\":\"11111115RidqCHAoz6dzmXxGcfWLNzevYqNpaRAUo\"}]\n");
    Display get = ExchangeDisplays.detail(EMPTY, new Keyed<>(PK, e));
    assertThat(get.headers())
        .containsExactly(
            "account",
            "code",
            "name",
            "device1",
            "device2",
            "lat",
            "lng",
            "bgp_community",
            "reference_count",
            "status",
            "owner");
    assertThat(get.json().fieldNames())
        .toIterable()
        .containsExactly(
            "account",
            "code",
            "name",
            "device1_pk",
            "device1",
            "device2_pk",
            "device2",
            "lat",
            "lng",
            "bgp_community",
            "reference_count",
            "status",
            "owner");
    assertThat(get.json().get("status").asText()).isEqualTo("activated");
  }

  @Test
  void tenantListMatchesTheReferenceTest() {
    Tenant t =
        new Tenant(
            PK,
            0,
            "tenant-a",
            100,
            0,
            List.of(),
            TenantPaymentStatus.PAID,
            PublicKey.DEFAULT,
            true,
            false,
            new TenantBillingConfig.FlatPerEpoch(0, 0));
    List<Display> rows = List.of(TenantDisplays.row(new Keyed<>(PK, t)));
    assertThat(table(TenantDisplays.LIST_HEADERS, rows))
        .isEqualTo(
            " account                                   | code     | vrf_id | metro_routing |"
                + " route_liveness | owner                                     \n"
                + " 11111115RidqCHAoz6dzmXxGcfWLNzevYqNpaRAUo | tenant-a | 100    | true          |"
                + " false          | 11111115RidqCHAoz6dzmXxGcfWLNzevYqNpaRAUo \n");
    assertThat(compact(rows))
        .isEqualTo(
            "[{\"account\":\"11111115RidqCHAoz6dzmXxGcfWLNzevYqNpaRAUo\",\"code\":\"tenant-a\",\"vrf_id\":100,\"metro_routing\":true,\"route_liveness\":false,\"owner\":\"11111115RidqCHAoz6dzmXxGcfWLNzevYqNpaRAUo\"}]\n");
    assertThat(Detail.render(TenantDisplays.detail(new Keyed<>(PK, t))))
        .contains(
            " payment_status  | Paid\n",
            " billing         | FlatPerEpochConfig<rate=0,last_deduction_dz_epoch=0>\n",
            " administrators  | \n");
  }
}
