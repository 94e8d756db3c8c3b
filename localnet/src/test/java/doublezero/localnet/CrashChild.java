package doublezero.localnet;

import java.nio.file.Path;

/// Child JVM for the crash test: starts a ledger on an ephemeral port, prints `READY <rpcUrl>`,
/// runs until killed.
public final class CrashChild {
  public static void main(String[] args) throws Exception {
    Localnet net =
        Localnet.start(
            LocalnetConfig.ephemeral(Path.of(args[0])).withSlotMillis(100).withSnapshotEvery(300));
    System.out.println("READY " + net.rpcUrl());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
