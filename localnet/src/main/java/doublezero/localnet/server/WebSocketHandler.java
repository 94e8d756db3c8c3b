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

  /// On the event loop: writes the frames queued so far while the socket takes them and flushes
  /// once, so a burst of notifications costs one task, one wake-up and one socket write instead of
  /// one each. Once Netty's buffer is over its high-water mark the rest stays in the outbox (as
  /// plain bytes, still counted) until {@link #channelWritabilityChanged}, so a client that does
  /// not read costs no write attempts and no event-loop wake-ups. Writes complete in order, so one
  /// listener on the burst's last frame releases the burst's bytes from the queued count (also when
  /// the channel fails or closes).
  private void drain() {
    Channel c = channel;
    if (!c.isWritable()) {
      // drainScheduled stays set, so further frames are only queued (no task, no wake-up each)
      // until the socket takes data again and channelWritabilityChanged drains.
      return;
    }
    drainScheduled.set(false);
    TextWebSocketFrame last = null;
    long burst = 0;
    while (c.isWritable()) {
      byte[] b = outbox.poll();
      if (b == null) {
        break;
      }
      if (last != null) {
        c.write(last, c.voidPromise());
      }
      last = new TextWebSocketFrame(Unpooled.wrappedBuffer(b));
      burst += b.length;
    }
    if (last != null) {
      long released = burst;
      c.write(last).addListener(f -> queued.addAndGet(-released));
      c.flush();
    }
  }

  @Override
  public void channelWritabilityChanged(ChannelHandlerContext ctx) {
    if (ctx.channel().isWritable()) {
      drain();
    }
    ctx.fireChannelWritabilityChanged();
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
