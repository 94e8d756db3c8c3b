#!/usr/bin/env python3
"""Computes expected.json, the golden statistics of every *.samples set, with numpy.

Independent of the Java code: numpy's own mean, median, std/var (population, ddof=0), percentile
with method="inverted_cdf" (nearest rank, the reference's `sorted[ceil(p*n)-1]`), diff and ptp.
Definitions (reference controlplane/telemetry/internal/data/stats/aggregate.go):
  * sample i of an account is at start + i*interval; all accounts' samples sorted by time;
  * RTT 0 is a loss; RTT figures use the successes only;
  * MAD = median(|x - median(x)|);
  * jitter uses consecutive successes in time order: avg = mean|d|, ewma starts at |d1| then
    j += (|d| - j)/16, delta_stddev = population std of d, peak_to_peak = ptp|d|, max = max|d|;
  * no success: every figure 0, loss_rate 1.
Needs python3-numpy (Debian). Run from this directory: python3 expected_stats.py
"""
import glob
import json
import os

import numpy as np


def read(path):
    samples = []
    start = interval = None
    i = 0
    for line in open(path):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("account"):
            _, _, start, interval = line.split()
            start, interval, i = int(start), int(interval), 0
            continue
        samples.append((start + i * interval, int(line)))
        i += 1
    samples.sort(key=lambda s: s[0])
    return samples


def stats(samples):
    rtt = np.array([r for _, r in samples], dtype=np.float64)
    good = rtt[rtt > 0]
    n, ok = len(rtt), len(good)
    out = {"count": n, "timestamp_us": samples[0][0], "success_count": ok,
           "loss_count": n - ok, "success_rate": ok / n, "loss_rate": (n - ok) / n}
    keys = ["rtt_mean", "rtt_median", "rtt_min", "rtt_max", "rtt_p90", "rtt_p95", "rtt_p99",
            "rtt_stddev", "rtt_variance", "rtt_mad", "jitter_avg", "jitter_ewma",
            "jitter_delta_stddev", "jitter_peak_to_peak", "jitter_max"]
    out.update({k: 0.0 for k in keys})
    if ok == 0:
        return out
    med = np.median(good)
    out.update({
        "rtt_mean": np.mean(good), "rtt_median": med, "rtt_min": np.min(good),
        "rtt_max": np.max(good),
        "rtt_p90": np.percentile(good, 90, method="inverted_cdf"),
        "rtt_p95": np.percentile(good, 95, method="inverted_cdf"),
        "rtt_p99": np.percentile(good, 99, method="inverted_cdf"),
        "rtt_stddev": np.std(good), "rtt_variance": np.var(good),
        "rtt_mad": np.median(np.abs(good - med)),
    })
    d = np.diff(good)
    if len(d):
        ad = np.abs(d)
        ewma = ad[0]
        for x in ad[1:]:
            ewma += (x - ewma) / 16
        out.update({"jitter_avg": np.mean(ad), "jitter_ewma": ewma,
                    "jitter_delta_stddev": np.std(d), "jitter_peak_to_peak": np.ptp(ad),
                    "jitter_max": np.max(ad)})
    return {k: (float(v) if isinstance(v, (float, np.floating)) else int(v)) for k, v in out.items()}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    result = {}
    for path in sorted(glob.glob(os.path.join(here, "*.samples"))):
        result[os.path.basename(path)[: -len(".samples")]] = stats(read(path))
    with open(os.path.join(here, "expected.json"), "w") as f:
        json.dump(result, f, indent=2, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
