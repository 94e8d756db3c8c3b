package doublezero.telemetry.probe;

import doublezero.telemetry.net.KernelTimestampSocket;
import doublezero.telemetry.net.ReceivedDatagram;
import doublezero.telemetry.net.SocketPoller;
import doublezero.telemetry.twamp.ProbeOutcome;
import doublezero.telemetry.twamp.SentProbe;
import doublezero.telemetry.twamp.TwampSender;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/// One tick's probes from one thread: every sender sends its probe, then one [SocketPoller] waits
/// on all the sockets still waiting for a reply until each has its reply or the shared deadline
/// passes. RTTs come from the kernel's receive timestamps, so reading a reply a little later than
/// it arrived does not change it ([doublezero.telemetry.twamp.RttRule]).
final class ProbeRound {
  private final SocketPoller poller;

  /// @param poller the poller (owned by the caller)
  ProbeRound(SocketPoller poller) {
    this.poller = poller;
  }

  /// @param senders the senders, each on a [KernelTimestampSocket]; null entries are skipped
  /// @param timeoutNanos how long replies are waited for, from the first send
  /// @param out out: one result per sender, same index (entries for null senders untouched)
  void run(List<TwampSender> senders, long timeoutNanos, Probed[] out) {
    long deadline = System.nanoTime() + timeoutNanos;
    int n = senders.size();
    SentProbe[] sent = new SentProbe[n];
    List<Integer> waiting = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      TwampSender s = senders.get(i);
      if (s == null) {
        continue;
      }
      long ts = Sampler.nowMicros();
      try {
        sent[i] = s.send();
        out[i] = new Probed(sent[i].sendMicros(), new ProbeOutcome.Lost());
        waiting.add(i);
      } catch (IOException e) {
        out[i] = new Probed(ts, new ProbeOutcome.Failed("send: " + e.getMessage()));
      }
    }
    await(senders, sent, waiting, deadline, out);
  }

  private void await(
      List<TwampSender> senders,
      SentProbe[] sent,
      List<Integer> waiting,
      long deadline,
      Probed[] out) {
    boolean[] ready = new boolean[waiting.size()];
    while (!waiting.isEmpty()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return; // the rest stay losses
      }
      List<KernelTimestampSocket> sockets = new ArrayList<>(waiting.size());
      for (int i : waiting) {
        sockets.add((KernelTimestampSocket) senders.get(i).socket());
      }
      try {
        if (poller.await(sockets, left, ready) == 0) {
          continue;
        }
      } catch (IOException e) {
        for (int i : waiting) {
          out[i] = new Probed(out[i].timestampMicros(), new ProbeOutcome.Failed(e.getMessage()));
        }
        return;
      }
      List<Integer> still = new ArrayList<>(waiting.size());
      for (int k = 0; k < waiting.size(); k++) {
        int i = waiting.get(k);
        if (!ready[k] || !drain(senders.get(i), sockets.get(k), sent[i], i, out)) {
          still.add(i);
        }
      }
      waiting = still;
    }
  }

  /// Reads what the socket holds; @return whether the probe got its answer (reply or failure)
  private static boolean drain(
      TwampSender sender, KernelTimestampSocket socket, SentProbe sent, int i, Probed[] out) {
    try {
      ReceivedDatagram d;
      while ((d = socket.tryReceive()) != null) {
        ProbeOutcome o = sender.accept(sent, d);
        if (o != null) {
          out[i] = new Probed(sent.sendMicros(), o);
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      out[i] = new Probed(sent.sendMicros(), new ProbeOutcome.Failed(e.getMessage()));
      return true;
    }
  }
}
