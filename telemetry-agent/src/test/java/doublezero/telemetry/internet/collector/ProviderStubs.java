package doublezero.telemetry.internet.collector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/// Recorded RIPE Atlas (under `/ripe`) and Wheresitup (under `/wiu`) answers, shaped as the
/// providers' API documentation shows them (`src/test/resources/internet/`), served by WireMock.
/// `{{T0}}` … `{{T9}}` in a recording become UNIX seconds `t0 + i` so the results fall in the
/// ledger's current epoch.
final class ProviderStubs {
  static final String[] SITES = {"xams", "xewr", "xlax"};
  private final WireMockServer server;
  private final long t0;

  ProviderStubs(WireMockServer server, long t0) {
    this.server = server;
    this.t0 = t0;
  }

  String body(String resource) {
    try (InputStream in = ProviderStubs.class.getResourceAsStream("/internet/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      String s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (int i = 0; i <= 9; i++) {
        s = s.replace("{{T" + i + "}}", Long.toString(t0 + i));
      }
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /// Probes by site (matched on the `radius` query's latitude), the measurement list, creation of
  /// exactly the two measurements the nearest probes call for.
  void ripePlan() {
    Map<String, String> latitude =
        Map.of("xams", "52\\.3676.*", "xewr", "40\\.7357.*", "xlax", "34\\.0496.*");
    for (String site : SITES) {
      server.stubFor(
          get(urlPathEqualTo("/ripe/probes/"))
              .withQueryParam("radius", matching(latitude.get(site)))
              .withQueryParam("status_name", equalTo("Connected"))
              .withQueryParam("is_anchor", equalTo("true"))
              .willReturn(okJson(body("ripeatlas/probes-" + site + ".json"))));
    }
    server.stubFor(
        get(urlPathEqualTo("/ripe/measurements/my/"))
            .withQueryParam("tags", equalTo("local"))
            .willReturn(okJson(body("ripeatlas/measurements-my.json"))));
    server.stubFor(
        create("193.0.10.2", "6101", "6201")
            .willReturn(aResponse().withStatus(201).withBody("{\"measurements\": [5001]}")));
    server.stubFor(
        create("64.86.1.1", "6201", null)
            .willReturn(aResponse().withStatus(201).withBody("{\"measurements\": [5002]}")));
  }

  private static MappingBuilder create(String target, String probe1, String probe2) {
    MappingBuilder b =
        post(urlPathEqualTo("/ripe/measurements/"))
            .withRequestBody(matchingJsonPath("$.definitions[0].target", equalTo(target)))
            .withRequestBody(matchingJsonPath("$.definitions[0].type", equalTo("ping")))
            .withRequestBody(matchingJsonPath("$.probes[0].value", equalTo(probe1)));
    return probe2 == null
        ? b
        : b.withRequestBody(matchingJsonPath("$.probes[1].value", equalTo(probe2)));
  }

  void ripeResults() {
    for (String id : new String[] {"5001", "5002"}) {
      server.stubFor(
          get(urlPathEqualTo("/ripe/measurements/" + id + "/results/"))
              .willReturn(okJson(body("ripeatlas/results-" + id + ".json"))));
    }
  }

  /// Sources, and one job per Exchange pair (source of the code that sorts first).
  void wheresitupPlan() {
    server.stubFor(
        get(urlPathEqualTo("/wiu/sources")).willReturn(okJson(body("wheresitup/sources.json"))));
    job("amsterdam", "newark", "job-ams-ewr");
    job("amsterdam", "losangeles", "job-ams-lax");
    job("newark", "losangeles", "job-ewr-lax");
  }

  private void job(String source, String target, String id) {
    server.stubFor(
        post(urlPathEqualTo("/wiu/jobs"))
            .withRequestBody(matchingJsonPath("$.sources[0]", equalTo(source)))
            .withRequestBody(
                matchingJsonPath("$.uri", equalTo("http://" + target + ".wonderproxy.com")))
            .withRequestBody(matchingJsonPath("$.tests[0]", equalTo("ping")))
            .willReturn(okJson("{\"jobID\": \"" + id + "\"}")));
  }

  void wheresitupResults() {
    for (String id : new String[] {"job-ams-ewr", "job-ams-lax", "job-ewr-lax"}) {
      server.stubFor(
          get(urlPathEqualTo("/wiu/jobs/" + id))
              .willReturn(okJson(body("wheresitup/" + id + ".json"))));
    }
  }
}
