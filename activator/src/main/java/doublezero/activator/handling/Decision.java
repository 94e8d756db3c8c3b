package doublezero.activator.handling;

import doublezero.activator.allocation.Resource;
import doublezero.sdk.serviceability.instruction.ServiceabilityInstruction;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.List;
import java.util.Objects;

/// What a handler decided for one account event: a transaction to send, or a note to log (no
/// transaction).
public sealed interface Decision {

  /// One transaction (one instruction, as the reference sends, §A.9).
  ///
  /// @param subject the account the transaction acts on (a device's interfaces act on the device)
  /// @param args the instruction's arguments (what unit tests compare)
  /// @param instruction the instruction with its account list
  /// @param reservation resources taken from the pools for it: kept when it succeeds, released when
  ///   it fails
  /// @param after what its success means for what `subject` holds
  /// @param event the log event name on success, e.g. `user-activated`
  /// @param context `key=value` pairs for the log line (never keypair contents)
  /// @param transition the transition its success counts (reference §A.11), or null for none
  record Step(
      PublicKey subject,
      ServiceabilityInstruction args,
      Instruction instruction,
      List<Resource> reservation,
      After after,
      String event,
      String context,
      Transition transition)
      implements Decision {
    /// @throws NullPointerException for a missing component other than `transition`
    public Step {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(args, "args");
      Objects.requireNonNull(instruction, "instruction");
      reservation = List.copyOf(reservation);
      Objects.requireNonNull(after, "after");
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(context, "context");
    }
  }

  /// Nothing to send, but worth a log line (e.g. an exhausted pool the reference does not reject
  /// for).
  ///
  /// @param subject the account
  /// @param event the log event name
  /// @param context `key=value` pairs
  record Note(PublicKey subject, String event, String context) implements Decision {}

  /// What a succeeded step means for the subject's holdings.
  enum After {
    /// The subject now holds the reservation (activations).
    HOLD,
    /// The subject holds nothing any more but still exists (banned).
    RELEASED,
    /// The subject's account is closed: it holds nothing and is gone.
    CLOSED
  }
}
