package doublezero.localnet.server;

import doublezero.localnet.pubsub.PubSubHub;
import doublezero.localnet.rpc.JsonRpcDispatcher;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/// The Netty HTTP + WebSocket server: binds the RPC port and the PubSub port (both serve both
/// protocols). Request bodies above {@link #MAX_BODY} get HTTP 413, header blocks above {@link
/// #MAX_HEADER_BYTES} HTTP 431. JSON-RPC work runs on virtual threads, never on the event loop.
public final class RpcServer implements AutoCloseable {
  /// Largest accepted request body or WebSocket message: 1 MiB.
  public static final int MAX_BODY = 1 << 20;

  /// Largest accepted request header block: 16 KiB (more is answered with HTTP 431).
  public static final int MAX_HEADER_BYTES = 16 * 1024;

  /// Longest accepted request line: 8 KiB (more is answered with HTTP 414).
  public static final int MAX_LINE_BYTES = 8 * 1024;

  private final EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
  private final EventLoopGroup io = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
  private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
  private final Channel rpcChannel;
  private final Channel wsChannel;

  /// Binds `host:rpcPort` and `host:wsPort` (0 = any free port).
  ///
  /// @param maxQueuedBytes per PubSub connection: outbound bytes not yet written to the socket
  ///   above which the client is disconnected as too slow
  /// @throws IllegalStateException when a port cannot be bound
  public RpcServer(
      String host,
      int rpcPort,
      int wsPort,
      JsonRpcDispatcher rpc,
      PubSubHub hub,
      long maxQueuedBytes) {
    ServerBootstrap b =
        new ServerBootstrap()
            .group(boss, io)
            .channel(NioServerSocketChannel.class)
            .option(ChannelOption.SO_BACKLOG, 1024)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    ch.pipeline()
                        .addLast(
                            new HttpServerCodec(MAX_LINE_BYTES, MAX_HEADER_BYTES, 8192),
                            new HttpObjectAggregator(MAX_BODY),
                            new HttpHandler(rpc, hub, workers, maxQueuedBytes));
                  }
                });
    try {
      rpcChannel = b.bind(host, rpcPort).sync().channel();
      wsChannel = b.bind(host, wsPort).sync().channel();
    } catch (Exception e) {
      close();
      throw new IllegalStateException(
          "cannot bind " + host + ":" + rpcPort + " / " + wsPort + ": " + e.getMessage(), e);
    }
  }

  /// The bound RPC port.
  public int rpcPort() {
    return ((InetSocketAddress) rpcChannel.localAddress()).getPort();
  }

  /// The bound PubSub port.
  public int wsPort() {
    return ((InetSocketAddress) wsChannel.localAddress()).getPort();
  }

  @Override
  public void close() {
    boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    io.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    workers.shutdownNow();
  }
}
