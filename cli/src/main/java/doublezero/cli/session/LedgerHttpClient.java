package doublezero.cli.session;

import doublezero.cli.error.CliException;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.Provider;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/// The CLI's HTTP client for the ledger: the JDK client with a connect and response timeout, where
/// a timeout ends the command instead of being retried. The SDK's RPC client retries a timed-out
/// request three times (four waits of the full timeout plus backoff); for a person at a terminal a
/// ledger that accepted the connection and said nothing for the whole timeout is down, so the first
/// timeout becomes one [CliException] line naming the URL and how to wait longer, and every later
/// request of the same invocation fails the same way at once (code that skips a failed optional
/// read, such as the program-version check, cannot add a second wait). Other failures (refused
/// connection, HTTP 429 and 5xx) still go through the SDK's retries.
///
/// For an `http:` URL the client gets a TLS context that is never used instead of the JDK default:
/// building the default one loads the trust store and every cipher suite (about 700 classes, a
/// quarter of a second of CPU per command on the 2-core build machine) although no TLS connection
/// is made. An `https:` URL gets the JDK default.
final class LedgerHttpClient extends HttpClient {
  /// A TLS context for clients that only speak plain HTTP: every use throws.
  private static final SSLContext NO_TLS =
      new SSLContext(
          new NoTls(), new Provider("doublezero-no-tls", "1", "plain HTTP only") {}, "none") {};

  private final HttpClient delegate;
  private final String url;
  private final Duration timeout;
  private volatile CliException timedOut;

  /// @param url the ledger's JSON-RPC URL (for the message)
  /// @param timeout connect timeout, and the response timeout the RPC client puts on each request
  LedgerHttpClient(String url, Duration timeout) {
    HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(timeout);
    if (url.regionMatches(true, 0, "http:", 0, 5)) {
      b.sslContext(NO_TLS).sslParameters(new SSLParameters());
    }
    this.delegate = b.build();
    this.url = url;
    this.timeout = timeout;
  }

  /// @param url the ledger URL
  /// @param timeout the timeout that passed
  /// @return `no answer from the DoubleZero ledger at <url> within <n> s (wait longer with
  ///   --timeout SECONDS or `timeout: SECONDS` in the CLI config file)`
  static String message(String url, Duration timeout) {
    return "no answer from the DoubleZero ledger at "
        + url
        + " within "
        + seconds(timeout)
        + " s (wait longer with --timeout SECONDS or `timeout: SECONDS` in the CLI config file)";
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0
        ? Long.toString(d.toSeconds())
        : Double.toString(d.toMillis() / 1000.0);
  }

  @Override
  public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws IOException, InterruptedException {
    CliException earlier = timedOut;
    if (earlier != null) {
      throw new CliException(earlier.getMessage(), earlier.getCause());
    }
    try {
      return delegate.send(request, handler);
    } catch (HttpTimeoutException e) {
      CliException ex = new CliException(message(url, timeout), e);
      timedOut = ex;
      throw ex;
    }
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    return delegate.sendAsync(request, handler);
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request,
      HttpResponse.BodyHandler<T> handler,
      HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
    return delegate.sendAsync(request, handler, pushPromiseHandler);
  }

  @Override
  public Optional<CookieHandler> cookieHandler() {
    return delegate.cookieHandler();
  }

  @Override
  public Optional<Duration> connectTimeout() {
    return delegate.connectTimeout();
  }

  @Override
  public Redirect followRedirects() {
    return delegate.followRedirects();
  }

  @Override
  public Optional<ProxySelector> proxy() {
    return delegate.proxy();
  }

  @Override
  public SSLContext sslContext() {
    return delegate.sslContext();
  }

  @Override
  public SSLParameters sslParameters() {
    return delegate.sslParameters();
  }

  @Override
  public Optional<Authenticator> authenticator() {
    return delegate.authenticator();
  }

  @Override
  public Version version() {
    return delegate.version();
  }

  @Override
  public Optional<Executor> executor() {
    return delegate.executor();
  }

  @Override
  public void shutdown() {
    delegate.shutdown();
  }

  @Override
  public boolean awaitTermination(Duration duration) throws InterruptedException {
    return delegate.awaitTermination(duration);
  }

  @Override
  public boolean isTerminated() {
    return delegate.isTerminated();
  }

  @Override
  public void shutdownNow() {
    delegate.shutdownNow();
  }

  /// Stops the JDK client without waiting for requests still in flight (the invocation is over).
  @Override
  public void close() {
    delegate.shutdownNow();
  }

  /// The service provider behind [#NO_TLS].
  private static final class NoTls extends SSLContextSpi {
    private static UnsupportedOperationException unused() {
      return new UnsupportedOperationException("TLS is not configured for a plain HTTP ledger URL");
    }

    @Override
    protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom random) {
      throw unused();
    }

    @Override
    protected SSLSocketFactory engineGetSocketFactory() {
      throw unused();
    }

    @Override
    protected SSLServerSocketFactory engineGetServerSocketFactory() {
      throw unused();
    }

    @Override
    protected SSLEngine engineCreateSSLEngine() {
      throw unused();
    }

    @Override
    protected SSLEngine engineCreateSSLEngine(String host, int port) {
      throw unused();
    }

    @Override
    protected SSLSessionContext engineGetServerSessionContext() {
      throw unused();
    }

    @Override
    protected SSLSessionContext engineGetClientSessionContext() {
      throw unused();
    }
  }
}
