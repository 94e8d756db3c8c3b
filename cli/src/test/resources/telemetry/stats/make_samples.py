#!/usr/bin/env python3
"""Writes the sample sets (*.samples) the statistics tests read. Run once; the output is committed.

The sets are synthetic but shaped like device telemetry: a baseline RTT with noise, loss bursts,
spikes; stored exactly as accounts hold them (u32 µs, 0 = loss; one start time and interval per
account). Deterministic (fixed seeds), so re-running reproduces the committed files byte for byte.

Format of a .samples file: '#' comments; 'account EPOCH START_US INTERVAL_US' starts an account;
every other line is one stored sample (µs). Accounts may be listed in any order.
"""
import random

T0 = 1_700_000_000_000_000  # µs, 2023-11-14T22:13:20Z


def noisy(rng, n, base, sd, loss, spike=0.0):
    out = []
    for _ in range(n):
        if rng.random() < loss:
            out.append(0)
        elif rng.random() < spike:
            out.append(int(base * rng.uniform(1.5, 2.5)))
        else:
            out.append(max(1, int(rng.gauss(base, sd))))
    return out


def write(name, comment, accounts):
    with open(name + ".samples", "w") as f:
        f.write("# " + comment + "\n")
        for epoch, start, interval, samples in accounts:
            f.write(f"account {epoch} {start} {interval}\n")
            f.writelines(f"{s}\n" for s in samples)


def main():
    rng = random.Random(18)
    write("mixed", "one device account: 600 samples at 10 s, ~4 % loss, spikes",
          [(7, T0, 10_000_000, noisy(rng, 600, 40_000, 1_500, 0.04, 0.02))])
    write("all-loss", "every sample lost", [(7, T0, 10_000_000, [0] * 30)])
    write("single-sample", "one sample", [(7, T0, 10_000_000, [41_234])])
    write("single-success", "one success among losses",
          [(7, T0, 10_000_000, [0, 0, 35_000, 0, 0, 0])])
    write("two-samples", "two successes", [(7, T0, 10_000_000, [40_000, 40_125])])
    burst = noisy(rng, 200, 12_000, 300, 0.0)
    burst[190:200] = [0] * 10
    write("epoch-spanning",
          "three epochs listed out of order (8, 9, 7); a loss burst at the end of epoch 7",
          [(8, T0 + 2_000_000_000 + 4_000_000, 10_000_000, noisy(rng, 200, 12_500, 400, 0.02)),
           (9, T0 + 4_000_000_000 + 7_000_000, 10_000_000, noisy(rng, 50, 13_000, 500, 0.0)),
           (7, T0, 10_000_000, burst)])
    write("ties", "100 samples on few values (medians, MAD and nearest ranks on ties)",
          [(7, T0, 10_000_000, [rng.choice([1, 2, 2, 3, 3, 3, 10]) * 1_000 for _ in range(100)])])
    write("internet", "3000 internet samples at 6 min (the account maximum), no loss encoding",
          [(7, T0, 360_000_000, noisy(rng, 3000, 75_000, 9_000, 0.0, 0.01))])


if __name__ == "__main__":
    main()
