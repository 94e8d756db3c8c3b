package doublezero.localnet.server;

import doublezero.localnet.pubsub.PubSubHub;
import doublezero.localnet.pubsub.PubSubSession;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// One PubSub WebSocket: text frames go to the hub, pings are answered, close frames end the
/// session.
///
/// Outbound frames queue without blocking the sender (an outbox the event loop drains in bursts,
/// then Netty's buffer); the bytes queued and not yet written to the socket are counted, and a
/// client that lets more than `maxQueuedBytes` pile up is disconnected (its subscriptions dropped,
/// one log line), as a validator drops a PubSub client that lags behind, so one slow reader can
/// neither grow the heap nor hold up the notifier.
final class WebSocketHandler extends SimpleChannelInboundHandler<WebSocketFrame>
    implements PubSubSession {
  private static final Logger LOG = LoggerFactory.getLogger("localnet.pubsub");
  private final PubSubHub hub;
  private final WebSocketServerHandshaker handshaker;
  private final long maxQueuedBytes;
  private final AtomicLong queued = new AtomicLong();
  private final AtomicBoolean dropped = new AtomicBoolean();
  private final Queue<byte[]> outbox = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean drainScheduled = new AtomicBoolean();
  private volatile Channel channel;

  WebSocketHandler(PubSubHub hub, WebSocketServerHandshaker handshaker, long maxQueuedBytes) {
    this.hub = hub;
    this.handshaker = handshaker;
    this.maxQueuedBytes = maxQueuedBytes;
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    channel = ctx.channel();
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
    switch (frame) {
      case TextWebSocketFrame t -> hub.onMessage(this, t.text());
      case PingWebSocketFrame p -> ctx.writeAndFlush(new PongWebSocketFrame(p.content().retain()));
      case CloseWebSocketFrame c -> handshaker.close(ctx.channel(), c.retain());
      default -> {}
    }
  }

  @Override
  public void send(byte[] utf8) {
    Channel c = channel;
    if (c == null || !c.isActive() || dropped.get()) {
      return;
    }
    long len = utf8.length;
    long now = queued.addAndGet(len);
    if (now > maxQueuedBytes) {
      queued.addAndGet(-len);
      if (dropped.compareAndSet(false, true)) {
        LOG.warn(
            "pubsub.disconnect: reason=slow-consumer remote={} queued_bytes={} limit={}",
            c.remoteAddress(),
            now - len,
            maxQueuedBytes);
        hub.onClose(this);
        c.close();
      }
      return;
    }
    outbox.add(utf8);
    if (drainScheduled.compareAndSet(false, true)) {
      c.eventLoop().execute(this::drain);
    }
  }

  /// On the event loop: writes every frame queued so far and flushes once, so a burst of
  /// notifications costs one task, one wake-up and one socket write instead of one each.
  private void drain() {
    drainScheduled.set(false);
    Channel c = channel;
    byte[] b;
    while ((b = outbox.poll()) != null) {
      long len = b.length;
      c.write(new TextWebSocketFrame(Unpooled.wrappedBuffer(b)))
          .addListener(f -> queued.addAndGet(-len));
    }
    c.flush();
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    hub.onClose(this);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    ctx.close();
  }
}
