package doublezero.cli.telemetry;

import doublezero.cli.telemetry.data.SampleTimeline;
import doublezero.cli.telemetry.stats.LatencySample;
import doublezero.sdk.telemetry.state.RttSamples;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/// Reads the recorded sample sets under `telemetry/stats/` (format in that folder's README): each
/// account's samples are given their times by [SampleTimeline], as the commands do.
final class SampleSets {
  private SampleSets() {}

  /// One account of a set.
  record Account(long epoch, long startMicros, long intervalMicros, List<Long> samples) {
    RttSamples rtts() {
      return RttSamples.of(samples);
    }
  }

  static List<Account> accounts(String name) {
    List<Account> out = new ArrayList<>();
    for (String line : resource("telemetry/stats/" + name + ".samples").split("\n")) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      if (l.startsWith("account")) {
        String[] f = l.split(" ");
        out.add(
            new Account(
                Long.parseLong(f[1]),
                Long.parseLong(f[2]),
                Long.parseLong(f[3]),
                new ArrayList<>()));
      } else {
        out.getLast().samples().add(Long.parseLong(l));
      }
    }
    return out;
  }

  /// @return the set's samples, accounts concatenated in file order (not time order)
  static List<LatencySample> samples(String name) {
    List<LatencySample> all = new ArrayList<>();
    for (Account a : accounts(name)) {
      all.addAll(SampleTimeline.expand(a.startMicros(), a.intervalMicros(), a.rtts()));
    }
    return all;
  }

  static String resource(String path) {
    try (InputStream in = SampleSets.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
