package doublezero.localnet.runtime;

import doublezero.sdk.solana.key.PublicKey;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/// Which Java {@link ProgramProcessor} serves which program id. Builtins (the system program) write
/// their logs raw; other programs' logs get the "Program log: " prefix and report compute units,
/// like BPF programs.
public final class ProgramRegistry {
  /// A registered program.
  ///
  /// @param processor the code
  /// @param builtin whether it behaves as a native builtin
  public record Entry(ProgramProcessor processor, boolean builtin) {}

  private final Map<PublicKey, Entry> entries = new ConcurrentHashMap<>();

  /// Registers (or replaces) the processor of `programId`.
  public ProgramRegistry register(
      PublicKey programId, ProgramProcessor processor, boolean builtin) {
    entries.put(programId, new Entry(processor, builtin));
    return this;
  }

  /// The processor of `programId`, if any.
  public Optional<Entry> find(PublicKey programId) {
    return Optional.ofNullable(entries.get(programId));
  }

  /// Every registered program.
  public Map<PublicKey, Entry> all() {
    return Map.copyOf(entries);
  }
}
