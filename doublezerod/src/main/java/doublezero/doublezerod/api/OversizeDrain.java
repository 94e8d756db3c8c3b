package doublezero.doublezerod.api;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.util.concurrent.TimeUnit;

/// Reads and discards the rest of a request body that was answered as too large, then closes the
/// connection. Closing with unread bytes in the receive queue makes the kernel reset the peer,
/// which can lose the answer the client has not read yet; like Go's `net/http` server (which reads
/// up to 256 KiB of an unread body before closing), the rest is drained first. At most [#LIMIT]
/// bytes are drained and at most [#WAIT_SECONDS] waited before the connection is closed anyway.
final class OversizeDrain extends ChannelInboundHandlerAdapter {
  /// Most body bytes discarded before the connection is closed regardless.
  static final long LIMIT = 256 * 1024;

  /// Longest wait for the rest of the body, seconds.
  static final long WAIT_SECONDS = 5;

  private boolean draining;
  private long discarded;

  /// Starts draining: the answer is already written, the connection closes at the body's end.
  void start(ChannelHandlerContext ctx) {
    draining = true;
    ctx.executor().schedule(() -> ctx.close(), WAIT_SECONDS, TimeUnit.SECONDS);
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (!draining) {
      ctx.fireChannelRead(msg);
      return;
    }
    try {
      if (msg instanceof HttpContent c) {
        discarded += c.content().readableBytes();
      }
      if (msg instanceof LastHttpContent || discarded > LIMIT) {
        ctx.close();
      }
    } finally {
      ReferenceCountUtil.release(msg);
    }
  }
}
