package doublezero.localnet.ledger;

import doublezero.sdk.solana.key.PublicKey;

/// Well-known Solana addresses the ledger creates at genesis (Solana `sdk/program/src/*::id()`).
public final class Builtins {
  /// The system program, `11111111111111111111111111111111`.
  public static final PublicKey SYSTEM_PROGRAM = PublicKey.DEFAULT;

  /// The native loader that owns builtin programs.
  public static final PublicKey NATIVE_LOADER =
      PublicKey.fromBase58("NativeLoader1111111111111111111111111111111");

  /// The upgradeable BPF loader, owner of deployed programs (our Java-served programs are owned by
  /// it).
  public static final PublicKey BPF_LOADER_UPGRADEABLE =
      PublicKey.fromBase58("BPFLoaderUpgradeab1e11111111111111111111111");

  /// The Sysvar owner id.
  public static final PublicKey SYSVAR =
      PublicKey.fromBase58("Sysvar1111111111111111111111111111111111111");

  private Builtins() {}
}
