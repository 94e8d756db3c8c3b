package doublezero.localnet.programs.serviceability.multicast;

import static doublezero.localnet.programs.ProgramHarness.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.state.MulticastGroupStatus;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/// The MulticastGroup state machine of `serviceability-instructions.md` §4.4, transition by
/// transition: every status × every status-changing instruction, with the resulting status (null =
/// account closed) or the error (InvalidStatus 7 for every forbidden transition; InvalidMulticastIp
/// 51 for the legacy delete of a group whose address was never set).
class MulticastGroupLifecycleTest {
  @TempDir static Path dir;
  static ProgramHarness h;
  static MulticastFixture f;

  enum Op {
    ACTIVATE,
    REJECT,
    SUSPEND,
    REACTIVATE,
    DELETE,
    DEACTIVATE
  }

  @BeforeAll
  static void start() {
    h = ProgramHarness.initialized(dir);
    f = new MulticastFixture(h);
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  /// @return the allowed result of `op` from `from`, or null when the transition is forbidden
  private static String allowed(MulticastGroupStatus from, Op op) {
    return switch (op) {
      case ACTIVATE -> from == MulticastGroupStatus.PENDING ? "ACTIVATED" : null;
      case REJECT -> from == MulticastGroupStatus.PENDING ? "REJECTED" : null;
      case SUSPEND -> from == MulticastGroupStatus.ACTIVATED ? "SUSPENDED" : null;
      case REACTIVATE -> from == MulticastGroupStatus.SUSPENDED ? "ACTIVATED" : null;
      // the legacy delete writes status Deleting, and validation wants a multicast address for
      // every status but
      // Pending and Rejected: a group whose address is still 0.0.0.0 cannot be deleted this way
      // (reference quirk)
      case DELETE ->
          from == MulticastGroupStatus.DELETING
              ? null
              : from == MulticastGroupStatus.PENDING || from == MulticastGroupStatus.REJECTED
                  ? "InvalidMulticastIp(51)"
                  : "DELETING";
      case DEACTIVATE -> from == MulticastGroupStatus.DELETING ? "closed" : null;
    };
  }

  static Stream<Arguments> table() {
    List<Arguments> out = new ArrayList<>();
    for (MulticastGroupStatus from : MulticastGroupStatus.values()) {
      for (Op op : Op.values()) {
        String to = allowed(from, op);
        out.add(Arguments.of(from, op, to == null ? "InvalidStatus(7)" : to));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} --{1}--> {2}")
  @MethodSource("table")
  void transition(MulticastGroupStatus from, Op op, String expected) {
    PublicKey owner = Keypair.generate().publicKey();
    PublicKey g = groupIn(from, owner);
    assertThat(f.group(g).status()).isEqualTo(from);
    Instruction ix =
        switch (op) {
          case ACTIVATE -> f.activate(g, "224.0.0.7", h.foundation);
          case REJECT -> f.reject(g, h.foundation);
          case SUSPEND -> f.suspend(g, h.foundation);
          case REACTIVATE -> f.reactivate(g, h.foundation);
          case DELETE -> f.delete(g, h.foundation);
          case DEACTIVATE -> f.deactivate(g, owner, false, h.foundation);
        };
    if (expected.startsWith("InvalidMulticastIp")) {
      assertError(h.fail(h.foundation, ix), ServiceabilityError.INVALID_MULTICAST_IP);
      assertThat(f.group(g).status()).isEqualTo(from);
      return;
    }
    if (expected.startsWith("InvalidStatus")) {
      assertError(h.fail(h.foundation, ix), ServiceabilityError.INVALID_STATUS);
      assertThat(f.group(g).status()).isEqualTo(from);
      return;
    }
    h.ok(h.foundation, ix);
    if (expected.equals("closed")) {
      assertThat(h.data(g)).isEmpty();
    } else {
      assertThat(f.group(g).status().name()).isEqualTo(expected);
    }
  }

  /// A fresh group brought to `status` with real instructions in one transaction.
  private static PublicKey groupIn(MulticastGroupStatus status, PublicKey owner) {
    PublicKey g = f.nextGroup();
    List<Instruction> ixs = new ArrayList<>();
    ixs.add(f.create(g, "life", 1000, owner, false, h.foundation));
    switch (status) {
      case PENDING -> {}
      case ACTIVATED -> ixs.add(f.activate(g, "224.0.0.1", h.foundation));
      case SUSPENDED -> {
        ixs.add(f.activate(g, "224.0.0.1", h.foundation));
        ixs.add(f.suspend(g, h.foundation));
      }
      case DELETING -> {
        ixs.add(f.activate(g, "224.0.0.1", h.foundation));
        ixs.add(f.delete(g, h.foundation));
      }
      case REJECTED -> ixs.add(f.reject(g, h.foundation));
    }
    h.ok(h.foundation, ixs.toArray(Instruction[]::new));
    return g;
  }
}
