package doublezero.telemetry.twamp;

import doublezero.sdk.twamp.TwampPacket;
import doublezero.telemetry.net.ProbeSocket;
import doublezero.telemetry.net.ReceivedDatagram;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.SequencedSet;

/// Sends TWAMP-light probes to one reflector and measures their round-trip time, as the reference's
/// Linux sender does (`tools/twamp/pkg/light/sender_linux.go`, `reference/telemetry-geolocation.md`
/// §B.4): sequence numbers start at 1; a reply counts only if it is a valid 48-byte packet equal to
/// the one just sent (sequence, NTP seconds and fraction) and was not seen before; everything else
/// (stale replies of earlier probes, duplicates, malformed datagrams) is skipped while the timeout
/// runs. Beyond the reference, datagrams from any address other than the reflector's are skipped
/// too. Not thread-safe: one probe at a time.
public final class TwampSender implements AutoCloseable {
  private static final int SEEN_CAPACITY = 1024;

  private final ProbeSocket socket;
  private final SequencedSet<TwampPacket> seen = new LinkedHashSet<>();
  private long sequence;
  private long skipped;

  /// @param socket the socket, bound and aimed at the reflector; this sender closes it
  public TwampSender(ProbeSocket socket) {
    this.socket = socket;
  }

  /// Sends one probe and waits for its reply.
  ///
  /// @param timeout how long to wait for the reply
  /// @return the RTT, a loss, or a socket failure
  public ProbeOutcome probe(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      SentProbe sent = send();
      while (true) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return new ProbeOutcome.Lost();
        }
        ReceivedDatagram d = socket.receive(Duration.ofNanos(left));
        if (d == null) {
          return new ProbeOutcome.Lost();
        }
        ProbeOutcome outcome = accept(sent, d);
        if (outcome != null) {
          return outcome;
        }
      }
    } catch (IOException e) {
      return new ProbeOutcome.Failed(e.getMessage());
    }
  }

  /// Sends the next probe without waiting: the first half of [#probe], for callers that wait on
  /// many senders at once.
  ///
  /// @return the probe sent
  /// @throws IOException when the send fails
  public SentProbe send() throws IOException {
    sequence = (sequence + 1) & 0xFFFF_FFFFL;
    Instant sentAt = Instant.now();
    SentProbe sent =
        new SentProbe(
            TwampPacket.of(sequence, sentAt),
            sentAt.getEpochSecond() * 1_000_000_000L + sentAt.getNano(),
            sentAt.getEpochSecond() * 1_000_000L + sentAt.getNano() / 1000);
    socket.send(sent.packet().encode());
    return sent;
  }

  /// Matches one received datagram against the probe in flight: the second half of [#probe].
  ///
  /// @param sent the probe in flight
  /// @param d a datagram read from this sender's socket
  /// @return the RTT (or a failure when a kernel-timestamping socket gave no timestamp), or null
  ///   when the datagram is not this probe's reply (stale, duplicated, foreign or malformed; it is
  ///   counted in [#skipped])
  public ProbeOutcome accept(SentProbe sent, ReceivedDatagram d) {
    ProbeOutcome outcome = match(sent.packet(), sent.sendNanos(), d);
    if (outcome == null) {
      skipped++;
    }
    return outcome;
  }

  /// @return the socket probes go out on (for waiting on many senders at once)
  public ProbeSocket socket() {
    return socket;
  }

  /// @return the answer for a datagram that is this probe's reply, null to skip it
  private ProbeOutcome match(TwampPacket sent, long sendNanos, ReceivedDatagram d) {
    if (!TwampPacket.isValid(d.data(), d.data().length)
        || !d.source().equals(socket.remoteAddress())) {
      return null;
    }
    TwampPacket got = TwampPacket.decode(d.data());
    if (!seen.add(got)) {
      return null;
    }
    if (seen.size() > SEEN_CAPACITY) {
      seen.removeFirst();
    }
    if (!got.equals(sent)) {
      return null;
    }
    if (d.hasKernelTimestamp()) {
      return new ProbeOutcome.Reply(
          RttRule.decide(sendNanos, d.kernelNanos(), d.userspaceNanos()), true);
    }
    if (socket.kernelTimestamps()) {
      return new ProbeOutcome.Failed("no timestamp in control message");
    }
    return new ProbeOutcome.Reply(Math.max(0, d.userspaceNanos() - sendNanos), false);
  }

  /// @return the sequence number of the last probe sent (0 before the first)
  public long sequence() {
    return sequence;
  }

  /// @return how many datagrams were skipped as stale, duplicated, foreign or malformed
  public long skipped() {
    return skipped;
  }

  /// Closes the socket.
  @Override
  public void close() {
    socket.close();
  }
}
