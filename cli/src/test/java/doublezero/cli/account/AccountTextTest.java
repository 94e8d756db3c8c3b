package doublezero.cli.account;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.sdk.borsh.U128;
import doublezero.sdk.serviceability.instruction.CreateLocation;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.serviceability.state.LocationStatus;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/// The account and instruction texts of `doublezero account`, against the format strings of the
/// reference's `state/location.rs` `impl fmt::Display for Location` and
/// `processors/location/create.rs` `LocationCreateArgs`.
class AccountTextTest {
  static final PublicKey OWNER = PublicKey.fromBase58("11111115RidqCHAoz6dzmXxGcfWLNzevYqNpaRAUo");

  @Test
  void locationKeepsTheReferencesSpacingQuirks() {
    Location l =
        new Location(
            OWNER,
            U128.ofUnsigned(7),
            254,
            37.5,
            -122,
            9,
            LocationStatus.ACTIVATED,
            "sfo",
            "San Francisco",
            "US",
            0);
    assertThat(AccountText.summary(l))
        .isEqualTo(
            "Location (account_type: location, owner: "
                + OWNER
                + ", index: 7, bump_seed:254, code: sfo, name: San Francisco, country: US lat:"
                + " 37.5, lng: -122, loc_id: 9, status: activated)");
  }

  @Test
  void instructionArgumentsAsNameValuePairs() {
    assertThat(
            InstructionText.args(new CreateLocation("sfo", "San Francisco", "US", 37.5, -122, 9)))
        .isEqualTo("code: sfo, name: San Francisco, country: US, lat: 37.5, lng: -122, loc_id: 9");
    assertThat(
            InstructionText.args(
                new doublezero.sdk.serviceability.instruction.UpdateContributor(
                    Optional.of("a\"b"), Optional.of(OWNER), Optional.empty())))
        .isEqualTo("code: Some(\"a\\\"b\"), owner: Some(" + OWNER + "), ops_manager_pk: None");
    assertThat(InstructionText.snake("sideAIfaceName")).isEqualTo("side_a_iface_name");
  }
}
