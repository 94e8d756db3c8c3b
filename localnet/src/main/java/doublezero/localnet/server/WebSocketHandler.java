package doublezero.localnet.server;

import doublezero.localnet.pubsub.PubSubHub;
import doublezero.localnet.pubsub.PubSubSession;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;

/// One PubSub WebSocket: text frames go to the hub, pings are answered, close frames end the session.
final class WebSocketHandler extends SimpleChannelInboundHandler<WebSocketFrame> implements PubSubSession {
  private final PubSubHub hub;
  private final WebSocketServerHandshaker handshaker;
  private volatile Channel channel;

  WebSocketHandler(PubSubHub hub, WebSocketServerHandshaker handshaker) {
    this.hub = hub;
    this.handshaker = handshaker;
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
  public void send(String text) {
    Channel c = channel;
    if (c != null && c.isActive()) {
      c.writeAndFlush(new TextWebSocketFrame(text));
    }
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
