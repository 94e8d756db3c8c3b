package doublezero.localnet.pubsub;

import com.fasterxml.jackson.core.JsonGenerator;
import doublezero.localnet.ledger.Account;
import doublezero.localnet.rpc.AccountEncoder;
import doublezero.localnet.rpc.JsonRpcDispatcher;
import doublezero.sdk.solana.key.PublicKey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/// Renders account and program notifications as bytes, in two steps so that the expensive part is
/// done once per change and encoding rather than once per subscription: {@link #accountResult} /
/// {@link #programResult} render the `result` object (`{"context":{"slot":S},"value":…}`, the
/// account in its encoding), and {@link #frame} wraps a rendered result into one subscription's
/// notification, `{"jsonrpc":"2.0","method":"<kind>Notification","params":{"result":…,
/// "subscription":<id>}}`, by copying bytes. The bytes are exactly those of the JSON tree that
/// Solana's `rpc/src/rpc_subscriptions.rs` notification shape gives when written by {@link
/// JsonRpcDispatcher#write} (`NotificationFramesTest` compares them).
final class NotificationFrames {
  private NotificationFrames() {}

  /// `{"context":{"slot":slot},"value":<account>}` for an accountNotification.
  ///
  /// @throws doublezero.localnet.rpc.RpcException when the encoding cannot render `a` (base58 over
  ///   128 bytes)
  static byte[] accountResult(long slot, Account a, AccountEncoder enc) {
    return render(
        slot,
        g -> {
          enc.write(g, a, new HashMap<>(2));
        });
  }

  /// `{"context":{"slot":slot},"value":{"account":<account>,"pubkey":"<key>"}}` for a
  /// programNotification.
  ///
  /// @throws doublezero.localnet.rpc.RpcException as {@link #accountResult}
  static byte[] programResult(long slot, PublicKey key, Account a, AccountEncoder enc) {
    return render(
        slot,
        g -> {
          g.writeStartObject();
          g.writeFieldName("account");
          enc.write(g, a, new HashMap<>(2));
          g.writeStringField("pubkey", key.toBase58());
          g.writeEndObject();
        });
  }

  /// One subscription's notification frame around a rendered `result`.
  static byte[] frame(Subscription.Kind kind, byte[] result, long subscription) {
    byte[] head = HEADS.get(kind);
    byte[] id = Long.toString(subscription).getBytes(StandardCharsets.US_ASCII);
    byte[] out = new byte[head.length + result.length + SUBSCRIPTION.length + id.length + 2];
    int at = 0;
    System.arraycopy(head, 0, out, at, head.length);
    at += head.length;
    System.arraycopy(result, 0, out, at, result.length);
    at += result.length;
    System.arraycopy(SUBSCRIPTION, 0, out, at, SUBSCRIPTION.length);
    at += SUBSCRIPTION.length;
    System.arraycopy(id, 0, out, at, id.length);
    at += id.length;
    out[at++] = '}';
    out[at] = '}';
    return out;
  }

  private static final byte[] SUBSCRIPTION =
      ",\"subscription\":".getBytes(StandardCharsets.US_ASCII);

  private static final Map<Subscription.Kind, byte[]> HEADS = heads();

  private static Map<Subscription.Kind, byte[]> heads() {
    Map<Subscription.Kind, byte[]> m = new HashMap<>();
    for (Subscription.Kind k : Subscription.Kind.values()) {
      m.put(
          k,
          ("{\"jsonrpc\":\"2.0\",\"method\":\"" + k.notification + "\",\"params\":{\"result\":")
              .getBytes(StandardCharsets.US_ASCII));
    }
    return Map.copyOf(m);
  }

  private interface Value {
    void write(JsonGenerator g) throws IOException;
  }

  private static byte[] render(long slot, Value value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = JsonRpcDispatcher.JSON.getFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeObjectFieldStart("context");
      g.writeNumberField("slot", slot);
      g.writeEndObject();
      g.writeFieldName("value");
      value.write(g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
