package doublezero.sdk.solana.pubsub;

import com.fasterxml.jackson.databind.JsonNode;
import doublezero.sdk.solana.rpc.RpcJson;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/// A Solana PubSub node double on Netty: answers `…Subscribe` with fresh ids (unique across
/// connections), `…Unsubscribe` with `true`, refuses methods on request with -32602, records every
/// request, pushes notifications, and can drop every connection.
final class FakePubSubServer implements AutoCloseable {
  /// A request as received, with the connection number it came on (1 = first connection).
  record Received(int connection, JsonNode request) {}

  private final EventLoopGroup group =
      new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
  private final Channel server;
  private final List<Channel> clients = new CopyOnWriteArrayList<>();
  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private final Set<String> refused = ConcurrentHashMap.newKeySet();
  private final AtomicLong nextId = new AtomicLong(100);
  private final AtomicInteger connections = new AtomicInteger();

  FakePubSubServer() throws InterruptedException {
    server =
        new ServerBootstrap()
            .group(group)
            .channel(NioServerSocketChannel.class)
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    int number = connections.incrementAndGet();
                    clients.add(ch);
                    ch.pipeline()
                        .addLast(
                            new HttpServerCodec(),
                            new HttpObjectAggregator(1 << 16),
                            new WebSocketServerProtocolHandler("/"),
                            new Handler(number));
                  }
                })
            .bind(InetAddress.getLoopbackAddress(), 0)
            .sync()
            .channel();
  }

  String url() {
    return "ws://127.0.0.1:" + ((InetSocketAddress) server.localAddress()).getPort() + "/";
  }

  void refuse(String method) {
    refused.add(method);
  }

  int connectionCount() {
    return connections.get();
  }

  /// @return the next request, failing the test after 5 s
  Received next() throws InterruptedException {
    Received r = received.poll(5, TimeUnit.SECONDS);
    if (r == null) {
      throw new AssertionError("no request reached the server within 5 s");
    }
    return r;
  }

  /// @return whether no request arrives within `millis`
  boolean quietFor(long millis) throws InterruptedException {
    return received.poll(millis, TimeUnit.MILLISECONDS) == null;
  }

  void push(String method, long subscription, String resultJson) {
    String text =
        "{\"jsonrpc\":\"2.0\",\"method\":\""
            + method
            + "\",\"params\":{\"result\":"
            + resultJson
            + ",\"subscription\":"
            + subscription
            + "}}";
    for (Channel c : clients) {
      if (c.isActive()) {
        c.writeAndFlush(new TextWebSocketFrame(text));
      }
    }
  }

  /// Closes every client connection at the TCP level, as a crashing node would.
  void dropAll() {
    for (Channel c : clients) {
      c.close();
    }
    clients.clear();
  }

  @Override
  public void close() {
    server.close().syncUninterruptibly();
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
  }

  private final class Handler extends SimpleChannelInboundHandler<TextWebSocketFrame> {
    private final int connection;

    Handler(int connection) {
      this.connection = connection;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) {
      JsonNode request = RpcJson.parse(frame.text());
      received.add(new Received(connection, request));
      String method = request.path("method").asText();
      String id = request.path("id").toString();
      String reply;
      if (refused.contains(method)) {
        reply =
            "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,\"message\":\"Invalid params: refused"
                + " by test\"},\"id\":"
                + id
                + "}";
      } else if (method.endsWith("Unsubscribe")) {
        reply = "{\"jsonrpc\":\"2.0\",\"result\":true,\"id\":" + id + "}";
      } else {
        reply =
            "{\"jsonrpc\":\"2.0\",\"result\":" + nextId.getAndIncrement() + ",\"id\":" + id + "}";
      }
      ctx.writeAndFlush(new TextWebSocketFrame(reply));
    }
  }
}
