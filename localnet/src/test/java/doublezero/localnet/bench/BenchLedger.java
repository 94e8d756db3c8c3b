package doublezero.localnet.bench;

import doublezero.localnet.Localnet;
import doublezero.localnet.LocalnetConfig;
import java.nio.file.Path;

/// The ledger process of {@link PubSubBench}: `BenchLedger <dir>` starts a localnet (400 ms slots,
/// journal fsync before every acknowledgement, default PubSub queue bound), prints `READY <rpcUrl>
/// <wsUrl>` and runs until killed.
public final class BenchLedger {
  private BenchLedger() {}

  public static void main(String[] args) throws Exception {
    Localnet net =
        Localnet.start(
            LocalnetConfig.ephemeral(Path.of(args[0]))
                .withSlotMillis(400)
                .withSnapshotEvery(50_000));
    System.out.println("READY " + net.rpcUrl() + " " + net.wsUrl());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
