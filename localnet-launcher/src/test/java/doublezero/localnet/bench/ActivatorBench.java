package doublezero.localnet.bench;

import doublezero.activator.Activator;
import doublezero.activator.ActivatorConfig;
import doublezero.localnet.TestRpc;
import doublezero.localnet.activation.E2eNetwork;
import doublezero.localnet.programs.NetworkFixture;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.state.AccountType;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.sdk.solana.tx.Transaction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/// Benchmark harness (not a unit test) for the activator on localnet (issue 6 targets: CreateUser →
/// Activated median ≤ 100 ms beyond one slot; ≥ 200 users activated/s with 1,000 pending). `java
/// -cp … doublezero.localnet.bench.ActivatorBench [latencyUsers=200] [pending=1000]
/// [slotMillis=20]`.
///
/// (a) latency: users are created one after another (IBRL, 2 devices); for each, the time from its
/// CreateUser confirmation (`confirmed`) to its account reading Activated (polled every 1 ms). (b)
/// throughput: `pending` CreateUser transactions (pre-signed, 32 client threads) are sent in a
/// burst over 8 devices while the activator runs; users/s = pending / (time from the first send to
/// the last user Activated).
public final class ActivatorBench {
  private ActivatorBench() {}

  public static void main(String[] args) throws Exception {
    int latencyUsers = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int pending = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    long slotMillis = args.length > 2 ? Long.parseLong(args[2]) : 20;
    Path dir = Files.createTempDirectory("activator-bench");
    try (E2eNetwork n = E2eNetwork.start(dir, slotMillis);
        Activator a =
            Activator.start(
                ActivatorConfig.of(
                    n.h.net.rpcUrl(), n.h.net.wsUrl(), n.h.programId, n.h.foundation))) {
      List<PublicKey> devices = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        devices.add(n.device("dz" + i, "207.45.216." + (10 + i), "100.0." + i + ".0/24", 128));
      }
      a.awaitIdle(Duration.ofSeconds(30));
      List<Keypair> payers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        payers.add(n.h.funded());
      }
      List<Ipv4Address> ips = NetworkFixture.clientIps(latencyUsers + pending);
      TestRpc rpc = new TestRpc(n.h.net.rpcUrl());
      List<Transaction> passes = new ArrayList<>();
      for (int i = 0; i < ips.size(); i += 6) {
        List<Instruction> batch = new ArrayList<>();
        for (int j = i; j < Math.min(ips.size(), i + 6); j++) {
          batch.add(n.f.accessPass(ips.get(j), payers.get(j % payers.size()).publicKey()));
        }
        passes.add(rpc.signed(batch, n.h.foundation, List.of(n.h.foundation)));
      }
      ServiceabilityBench.sendAndConfirm(rpc, passes, 32);
      latency(n, devices, payers, ips.subList(0, latencyUsers), slotMillis);
      throughput(
          n,
          rpc,
          devices.subList(2, 10),
          payers,
          ips.subList(latencyUsers, ips.size()),
          slotMillis);
    }
  }

  static void latency(
      E2eNetwork n,
      List<PublicKey> devices,
      List<Keypair> payers,
      List<Ipv4Address> ips,
      long slotMillis)
      throws InterruptedException {
    double[] ms = new double[ips.size()];
    for (int i = 0; i < ips.size(); i++) {
      Keypair payer = payers.get(i % payers.size());
      PublicKey user = n.userPda(ips.get(i), UserType.IBRL);
      n.h.ok(payer, n.createUser(payer, devices.get(i % 2), UserType.IBRL, ips.get(i)));
      long t0 = System.nanoTime();
      while (n.h
          .data(user)
          .map(d -> User.decode(d).status() != UserStatus.ACTIVATED)
          .orElse(true)) {
        Thread.sleep(1);
      }
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(ms);
    System.out.printf(
        "latency: slot %d ms, %d users: CreateUser confirmed -> Activated median %.1f ms, p99 %.1f"
            + " ms, max %.1f ms%n",
        slotMillis,
        ms.length,
        ms[ms.length / 2],
        ms[(int) Math.ceil(ms.length * 0.99) - 1],
        ms[ms.length - 1]);
  }

  static void throughput(
      E2eNetwork n,
      TestRpc rpc,
      List<PublicKey> devices,
      List<Keypair> payers,
      List<Ipv4Address> ips,
      long slotMillis)
      throws Exception {
    var hash = rpc.blockhash();
    List<Transaction> creates = new ArrayList<>();
    for (int i = 0; i < ips.size(); i++) {
      Keypair payer = payers.get(i % payers.size());
      creates.add(
          LocalnetBench.fastSign(
              List.of(
                  n.createUser(payer, devices.get(i % devices.size()), UserType.IBRL, ips.get(i))),
              payer,
              hash));
    }
    long t0 = System.nanoTime();
    int failed = ServiceabilityBench.sendAndConfirm(rpc, creates, 32);
    long t1 = System.nanoTime();
    long activated;
    do {
      Thread.sleep(20);
      activated =
          n.h.serviceability.getAll(AccountType.USER, User.class).stream()
              .filter(u -> u.state().status() == UserStatus.ACTIVATED)
              .count();
    } while (activated < ips.size() + 200L && System.nanoTime() - t0 < 120_000_000_000L);
    long t2 = System.nanoTime();
    System.out.printf(
        "throughput: slot %d ms, %d CreateUser sent in a burst (%d failed) in %.2f s; all %d"
            + " Activated %.2f s after the first send = %.0f users/s%n",
        slotMillis,
        ips.size(),
        failed,
        (t1 - t0) / 1e9,
        activated,
        (t2 - t0) / 1e9,
        ips.size() / ((t2 - t0) / 1e9));
  }
}
