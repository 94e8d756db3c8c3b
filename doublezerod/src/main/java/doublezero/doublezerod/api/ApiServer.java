package doublezero.doublezerod.api;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerDomainSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The API's HTTP/1.1 server on a Unix domain socket (Netty, `NioServerDomainSocketChannel`, no
/// native library). At start a stale socket file is removed, the socket is bound and given its mode
/// and group ([SocketAccess]); on close the listener stops and the socket file is unlinked. Request
/// bodies above [#MAX_BODY] bytes get the reference's 400 body for a malformed request, not a
/// dropped connection: the rest of the body is drained before the close ([OversizeDrain]).
public final class ApiServer implements AutoCloseable {
  /// Largest accepted request body.
  public static final int MAX_BODY = 64 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
  private final Path socket;
  private final EventLoopGroup group;
  private final Channel channel;

  private ApiServer(Path socket, EventLoopGroup group, Channel channel) {
    this.socket = socket;
    this.group = group;
    this.channel = channel;
  }

  /// @param socket the socket path (its directory is created when missing)
  /// @param access mode and group for the socket file
  /// @param handler the routes
  /// @return the running server
  /// @throws UncheckedIOException when the socket cannot be bound or given its mode
  public static ApiServer start(Path socket, SocketAccess access, ApiHandler handler) {
    try {
      if (socket.getParent() != null) {
        Files.createDirectories(socket.getParent());
      }
      Files.deleteIfExists(socket);
    } catch (IOException e) {
      throw new UncheckedIOException("api: cannot prepare " + socket + ": " + e.getMessage(), e);
    }
    EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    try {
      Channel ch =
          new ServerBootstrap()
              .group(group)
              .channel(NioServerDomainSocketChannel.class)
              .childHandler(
                  new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel c) {
                      OversizeDrain drain = new OversizeDrain();
                      c.pipeline()
                          .addLast(
                              new HttpServerCodec(),
                              drain,
                              new Aggregator(drain),
                              new Handler(handler));
                    }
                  })
              .bind(UnixDomainSocketAddress.of(socket))
              .sync()
              .channel();
      access.apply(socket);
      LOG.atInfo()
          .addKeyValue("socket", socket)
          .addKeyValue("mode", access.describe())
          .log("api: listening");
      return new ApiServer(socket, group, ch);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      group.shutdownGracefully();
      throw new IllegalStateException("api: interrupted while binding " + socket, e);
    } catch (RuntimeException e) {
      group.shutdownGracefully();
      throw e;
    }
  }

  /// @return the socket path
  public Path socket() {
    return socket;
  }

  /// Stops listening and unlinks the socket file.
  @Override
  public void close() {
    channel.close().syncUninterruptibly();
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    try {
      Files.deleteIfExists(socket);
    } catch (IOException e) {
      LOG.atWarn()
          .addKeyValue("socket", socket)
          .addKeyValue("error", e.getMessage())
          .log("api: cannot unlink socket");
    }
  }

  private static final class Aggregator extends HttpObjectAggregator {
    private final OversizeDrain drain;

    Aggregator(OversizeDrain drain) {
      super(MAX_BODY);
      this.drain = drain;
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
      ApiResponse r =
          LegacyRequests.error(400, "malformed provision request: http: request body too large");
      ctx.writeAndFlush(response(r, false));
      drain.start(ctx);
    }
  }

  private static final class Handler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private final ApiHandler handler;

    Handler(ApiHandler handler) {
      this.handler = handler;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest req) {
      boolean keepAlive = HttpUtil.isKeepAlive(req);
      ApiResponse r;
      try {
        r = handler.handle(req.method().name(), req.uri(), ByteBufUtil.getBytes(req.content()));
      } catch (RuntimeException e) {
        LOG.atError()
            .addKeyValue("path", req.uri())
            .addKeyValue("error", String.valueOf(e.getMessage()))
            .log("api: handler failed");
        r = ApiResponse.text(500, "internal error");
      }
      LOG.atDebug()
          .addKeyValue("method", req.method().name())
          .addKeyValue("path", req.uri())
          .addKeyValue("status", r.status())
          .log("api: request");
      ChannelFuture f = ctx.writeAndFlush(response(r, keepAlive));
      if (!keepAlive) {
        f.addListener(ChannelFutureListener.CLOSE);
      }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      LOG.atDebug()
          .addKeyValue("error", String.valueOf(cause.getMessage()))
          .log("api: connection error");
      ctx.close();
    }
  }

  static FullHttpResponse response(ApiResponse r, boolean keepAlive) {
    FullHttpResponse resp =
        new DefaultFullHttpResponse(
            HttpVersion.HTTP_1_1,
            HttpResponseStatus.valueOf(r.status()),
            Unpooled.wrappedBuffer(r.body()));
    if (r.contentType() != null) {
      resp.headers().set(HttpHeaderNames.CONTENT_TYPE, r.contentType());
    }
    HttpUtil.setContentLength(resp, r.body().length);
    HttpUtil.setKeepAlive(resp, keepAlive);
    return resp;
  }
}
