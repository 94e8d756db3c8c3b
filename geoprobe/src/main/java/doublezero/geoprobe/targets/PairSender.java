package doublezero.geoprobe.targets;

import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.geolocation.twamp.SignedProbe;
import doublezero.sdk.geolocation.twamp.SignedReply;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/// The inbound flow's sender (reference `tools/twamp/pkg/signed/sender_linux.go` `ProbePair` at
/// v0.12.0): sends signed probe `seq`, waits for its reply, immediately sends probe `seq + 1` and
/// waits for that reply. A reply counts only when it echoes the probe exactly, is signed by the
/// expected probe key, and its signature verifies. Round trips are measured in userspace
/// (`System.nanoTime`).
public final class PairSender {
  /// A completed pair.
  ///
  /// @param first the reply to the first probe
  /// @param second the reply to the second probe (its `sinceLastRxNs` is the probe-measured rtt)
  /// @param targetRttNs the smaller of the two round trips this side measured, ns
  public record Pair(SignedReply first, SignedReply second, long targetRttNs) {}

  private final InetSocketAddress probe;
  private final PublicKey probeKey;
  private final Keypair key;
  private final Duration timeout;

  /// @param probe the geoprobe's signed-TWAMP address
  /// @param probeKey the probe's signing key (its GeoProbe account's `metrics_publisher_pk`)
  /// @param key this target's key (must be on the probe's allowlist)
  /// @param timeout how long to wait for each reply
  public PairSender(InetSocketAddress probe, PublicKey probeKey, Keypair key, Duration timeout) {
    this.probe = probe;
    this.probeKey = probeKey;
    this.key = key;
    this.timeout = timeout;
  }

  /// @param seq the first probe's sequence number
  /// @return the pair, or empty when a reply is missing, late or not valid
  /// @throws IOException on socket errors
  public Optional<Pair> send(int seq) throws IOException {
    try (DatagramSocket s = new DatagramSocket()) {
      s.setSoTimeout((int) timeout.toMillis());
      long sent0 = System.nanoTime();
      Optional<SignedReply> r0 = exchange(s, SignedProbe.sign(seq, ntpSeconds(), 0, key));
      long rtt0 = System.nanoTime() - sent0;
      if (r0.isEmpty()) {
        return Optional.empty();
      }
      long sent1 = System.nanoTime();
      Optional<SignedReply> r1 = exchange(s, SignedProbe.sign(seq + 1, ntpSeconds(), 1, key));
      long rtt1 = System.nanoTime() - sent1;
      return r1.map(second -> new Pair(r0.get(), second, Math.min(rtt0, rtt1)));
    }
  }

  private static int ntpSeconds() {
    return (int) (System.currentTimeMillis() / 1000 + 2_208_988_800L);
  }

  private Optional<SignedReply> exchange(DatagramSocket s, SignedProbe p) throws IOException {
    byte[] out = p.encode();
    s.send(new DatagramPacket(out, out.length, probe));
    byte[] buf = new byte[SignedReply.MAX_BYTES];
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      DatagramPacket in = new DatagramPacket(buf, buf.length);
      try {
        s.receive(in);
      } catch (SocketTimeoutException late) {
        return Optional.empty();
      }
      try {
        SignedReply r = SignedReply.decode(Arrays.copyOf(buf, in.getLength()));
        if (r.probe().equals(p) && r.authority().equals(probeKey) && r.signatureValid()) {
          return Optional.of(r);
        }
      } catch (DecodeException ignoredGarbage) {
        // not a reply to us: keep waiting until the deadline
      }
    }
    return Optional.empty();
  }
}
