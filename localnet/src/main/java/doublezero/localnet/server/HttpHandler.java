package doublezero.localnet.server;

import doublezero.localnet.pubsub.PubSubHub;
import doublezero.localnet.rpc.JsonRpcDispatcher;
import doublezero.localnet.rpc.RpcException;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshakerFactory;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;

/// Serves one HTTP connection: JSON-RPC on POST, `OPTIONS` and CORS headers as a validator ({@link
/// Cors}), `GET /health`, and the upgrade to a PubSub WebSocket (so both the RPC port and RPC port
/// + 1 accept WebSockets, as `ws://localhost:8899` and solana-test-validator's `:8900`).
final class HttpHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
  private final JsonRpcDispatcher rpc;
  private final PubSubHub hub;
  private final ExecutorService workers;
  private final long maxQueuedBytes;

  HttpHandler(JsonRpcDispatcher rpc, PubSubHub hub, ExecutorService workers, long maxQueuedBytes) {
    this.rpc = rpc;
    this.hub = hub;
    this.workers = workers;
    this.maxQueuedBytes = maxQueuedBytes;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest req) {
    if (req.headers().containsValue(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET, true)) {
      upgrade(ctx, req);
      return;
    }
    if (req.decoderResult().isFailure()) {
      rejectUndecodable(ctx, req.decoderResult().cause());
      return;
    }
    boolean keepAlive = HttpUtil.isKeepAlive(req);
    HttpHeaders cors = new DefaultHttpHeaders();
    Cors.apply(req.headers(), cors, req.method().equals(HttpMethod.OPTIONS));
    if (req.method().equals(HttpMethod.GET) && req.uri().startsWith("/health")) {
      respond(
          ctx,
          HttpResponseStatus.OK,
          "ok".getBytes(StandardCharsets.UTF_8),
          "text/plain",
          keepAlive,
          cors);
      return;
    }
    if (req.method().equals(HttpMethod.OPTIONS)) {
      respond(ctx, HttpResponseStatus.OK, new byte[0], "text/plain", keepAlive, cors);
      return;
    }
    if (!req.method().equals(HttpMethod.POST)) {
      respond(
          ctx, HttpResponseStatus.METHOD_NOT_ALLOWED, new byte[0], "text/plain", keepAlive, cors);
      return;
    }
    byte[] body = ByteBufUtil.getBytes(req.content());
    workers.execute(
        () ->
            rpc.handle(body)
                .whenComplete(
                    (out, err) -> {
                      byte[] bytes =
                          err != null
                              ? JsonRpcDispatcher.write(
                                  JsonRpcDispatcher.error(
                                      null,
                                      new RpcException(
                                          RpcException.INTERNAL_ERROR, "Internal error", null)))
                              : out == null ? new byte[0] : out;
                      respond(
                          ctx,
                          HttpResponseStatus.OK,
                          bytes,
                          "application/json; charset=utf-8",
                          keepAlive,
                          cors);
                    }));
  }

  /// A request Netty could not decode: header block over {@link RpcServer#MAX_HEADER_BYTES} = 431,
  /// request line too long = 414, anything else = 400; the connection is closed (the decoder
  /// discards the rest of it).
  private static void rejectUndecodable(ChannelHandlerContext ctx, Throwable cause) {
    HttpResponseStatus status =
        cause instanceof TooLongHttpHeaderException
            ? HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE
            : cause instanceof TooLongHttpLineException
                ? HttpResponseStatus.REQUEST_URI_TOO_LONG
                : HttpResponseStatus.BAD_REQUEST;
    respond(ctx, status, new byte[0], "text/plain", false, new DefaultHttpHeaders());
  }

  private void upgrade(ChannelHandlerContext ctx, FullHttpRequest req) {
    String url = "ws://" + req.headers().get(HttpHeaderNames.HOST, "localhost") + req.uri();
    WebSocketServerHandshakerFactory factory =
        new WebSocketServerHandshakerFactory(url, null, true, RpcServer.MAX_BODY);
    WebSocketServerHandshaker hs = factory.newHandshaker(req);
    if (hs == null) {
      WebSocketServerHandshakerFactory.sendUnsupportedVersionResponse(ctx.channel());
      return;
    }
    WebSocketHandler ws = new WebSocketHandler(hub, hs, maxQueuedBytes);
    ctx.pipeline().replace(this, "ws", ws);
    hs.handshake(ctx.channel(), req)
        .addListener(
            (ChannelFutureListener)
                f -> {
                  if (f.isSuccess()) {
                    ctx.pipeline()
                        .addBefore(
                            "ws", "ws-agg", new WebSocketFrameAggregator(RpcServer.MAX_BODY));
                  } else {
                    f.channel().close();
                  }
                });
  }

  private static void respond(
      ChannelHandlerContext ctx,
      HttpResponseStatus status,
      byte[] body,
      String type,
      boolean keepAlive,
      HttpHeaders extra) {
    FullHttpResponse res =
        new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(body));
    res.headers().add(extra);
    res.headers().set(HttpHeaderNames.CONTENT_TYPE, type);
    res.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
    if (keepAlive) {
      res.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
      ctx.writeAndFlush(res);
    } else {
      ctx.writeAndFlush(res).addListener(ChannelFutureListener.CLOSE);
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    ctx.close();
  }
}
