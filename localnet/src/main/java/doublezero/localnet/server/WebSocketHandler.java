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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// One PubSub WebSocket: text frames go to the hub, pings are answered, close frames end the session.
///
/// Outbound frames queue in Netty's buffer without blocking the sender; the bytes queued and not yet written to the
/// socket are counted, and a client that lets more than `maxQueuedBytes` pile up is disconnected (its subscriptions
/// dropped, one log line), as a validator drops a PubSub client that lags behind, so one slow reader can neither
/// grow the heap nor hold up the notifier.
final class WebSocketHandler extends SimpleChannelInboundHandler<WebSocketFrame> implements PubSubSession {
  private static final Logger LOG = LoggerFactory.getLogger("localnet.pubsub");
  private final PubSubHub hub;
  private final WebSocketServerHandshaker handshaker;
  private final long maxQueuedBytes;
  private final AtomicLong queued = new AtomicLong();
  private final AtomicBoolean dropped = new AtomicBoolean();
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
      default -> { }
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
        LOG.warn("pubsub.disconnect: reason=slow-consumer remote={} queued_bytes={} limit={}", c.remoteAddress(),
            now - len, maxQueuedBytes);
        hub.onClose(this);
        c.close();
      }
      return;
    }
    c.writeAndFlush(new TextWebSocketFrame(Unpooled.wrappedBuffer(utf8))).addListener(f -> queued.addAndGet(-len));
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
