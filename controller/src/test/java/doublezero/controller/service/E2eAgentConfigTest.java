package doublezero.controller.service;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.controller.metrics.ConfigEvents;
import doublezero.controller.render.ConfigRenderer;
import doublezero.controller.render.GoFixture;
import doublezero.controller.state.Ny5Topology;
import doublezero.controller.state.Ny5Topology.State;
import doublezero.controller.state.ProgramSnapshot;
import doublezero.controller.state.StateBuilder;
import doublezero.controller.state.StateCache;
import doublezero.controller.state.StateEvents;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// The e2e agent-config fixtures (`e2e/fixtures/*/doublezero_agent_config_*.tmpl`, §D) for ny5-dz01
/// in every walkthrough state, from account records shaped like the reference e2e ledger
/// (controller with `-no-hardware`, local ASN 65342, request with only the pubkey). The ledger here
/// is written directly, not built with the CLI and activator.
class E2eAgentConfigTest {
  static final ConfigService SERVICE =
      new ConfigService(new ConfigRenderer(), 65342, true, ConfigEvents.NONE);

  @ParameterizedTest
  @CsvSource({
    "USER_ADDED, ibrl/doublezero_agent_config_user_added.tmpl",
    "USER_REMOVED, ibrl/doublezero_agent_config_user_removed.tmpl",
    "PEER_REMOVED, ibrl/doublezero_agent_config_peer_removed.tmpl",
    "DRAINED, ibrl/doublezero_agent_config_drained.tmpl",
    "ALLOCATED_USER_ADDED, ibrl_with_allocated_addr/doublezero_agent_config_user_added.tmpl",
    "USER_REMOVED, ibrl_with_allocated_addr/doublezero_agent_config_user_removed.tmpl",
    "MULTICAST_ADDED, multicast/doublezero_agent_config_both_users_added.tmpl",
    "USER_REMOVED, multicast/doublezero_agent_config_both_users_removed.tmpl"
  })
  void ny5ConfigEqualsTheFixture(State state, String fixture) {
    StateCache c =
        StateBuilder.build(ProgramSnapshot.of(Ny5Topology.accounts(state)), StateEvents.NONE);
    String got = SERVICE.config(c, ConfigQuery.of(Ny5Topology.NY5.toBase58(), List.of()));
    assertThat(got)
        .isEqualTo(GoFixture.render("e2e/fixtures/" + fixture, Ny5Topology.fixtureData()));
  }
}
