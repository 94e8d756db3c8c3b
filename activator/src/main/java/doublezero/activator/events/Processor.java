package doublezero.activator.events;

import doublezero.activator.allocation.Holdings;
import doublezero.activator.handling.AccessPassHandler;
import doublezero.activator.handling.Decision;
import doublezero.activator.handling.Decision.Note;
import doublezero.activator.handling.Decision.Step;
import doublezero.activator.handling.DeviceHandler;
import doublezero.activator.handling.HandlerContext;
import doublezero.activator.handling.LinkHandler;
import doublezero.activator.handling.MulticastGroupHandler;
import doublezero.activator.handling.UserHandler;
import doublezero.activator.ledger.AccountCache;
import doublezero.activator.ledger.Event;
import doublezero.activator.ledger.TxResult;
import doublezero.activator.metrics.ActivatorMetrics;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.GlobalConfig;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.Permission;
import doublezero.sdk.serviceability.state.ProgramConfig;
import doublezero.sdk.serviceability.state.Reservation;
import doublezero.sdk.serviceability.state.ResourceExtension;
import doublezero.sdk.serviceability.state.ServiceabilityAccount;
import doublezero.sdk.serviceability.state.ServiceabilityAccounts;
import doublezero.sdk.serviceability.state.Tenant;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.KeyedAccount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The one serial processor (reference `processor.rs::run`, §A.3): applies each [Event] in order.
/// Account events update the cache and the holdings, then run the account's handler unless a
/// transaction for it is still in flight (the latest state is kept and handled when the last one
/// settles) or it is waiting out a [Backoff]. Step outcomes keep or release reservations, log one
/// line and bump the metrics; a failure schedules a re-read. Not thread-safe: one thread calls
/// [#apply].
public final class Processor {
  private static final Logger LOG = LoggerFactory.getLogger("doublezero.activator");
  private final HandlerContext ctx;
  private final AccountCache cache;
  private final Holdings holdings;
  private final ActivatorMetrics metrics;
  private final StepSink sink;
  private final BiConsumer<PublicKey, Long> scheduleReread;
  private final Backoff backoff = new Backoff();
  private final Map<PublicKey, Integer> inFlight = new HashMap<>();
  private final Map<PublicKey, ServiceabilityAccount> deferred = new LinkedHashMap<>();
  // accounts seen through the subscription before the first snapshot: pools are not complete yet,
  // so they are
  // handled right after it
  private final Map<PublicKey, ServiceabilityAccount> early = new LinkedHashMap<>();
  private long eventsHandled;
  private boolean snapshotSeen;

  /// Where steps go (the transaction pipeline).
  @FunctionalInterface
  public interface StepSink {
    /// @throws InterruptedException when interrupted while waiting for room
    void submit(Step step) throws InterruptedException;
  }

  /// @param ctx handler context (pools, view, mode)
  /// @param cache the account cache the view reads
  /// @param metrics counters
  /// @param sink the pipeline
  /// @param scheduleReread re-reads an account after a delay in ns and posts it as an
  ///   [Event.AccountSeen]
  public Processor(
      HandlerContext ctx,
      AccountCache cache,
      ActivatorMetrics metrics,
      StepSink sink,
      BiConsumer<PublicKey, Long> scheduleReread) {
    this.ctx = ctx;
    this.cache = cache;
    this.holdings = ctx.holdings();
    this.metrics = metrics;
    this.sink = sink;
    this.scheduleReread = scheduleReread;
  }

  /// Applies one event.
  ///
  /// @throws InterruptedException when interrupted while the pipeline is full
  public void apply(Event e) throws InterruptedException {
    switch (e) {
      case Event.AccountSeen a -> seen(a);
      case Event.Snapshot s -> snapshot(s);
      case Event.TxDone d -> done(d.result());
    }
  }

  /// @return account events handled so far (snapshot accounts included, ignored types too)
  public long eventsHandled() {
    return eventsHandled;
  }

  /// @return whether no transaction is in flight and at least one snapshot was applied
  public boolean settled() {
    return snapshotSeen && inFlight.isEmpty();
  }

  private void seen(Event.AccountSeen a) throws InterruptedException {
    eventsHandled++;
    metrics.eventHandled();
    if (a.data().length == 0) {
      closed(a.address());
      return;
    }
    ServiceabilityAccount acc = decode(a.address(), a.data());
    if (acc == null) {
      return;
    }
    cache.put(a.address(), acc, a.nanos());
    holdings.observe(a.address(), acc);
    if (!snapshotSeen) {
      early.put(a.address(), acc);
      return;
    }
    dispatch(a.address(), acc);
  }

  private void closed(PublicKey pk) {
    cache.remove(pk);
    holdings.observe(pk, null);
    deferred.remove(pk);
  }

  private void snapshot(Event.Snapshot s) throws InterruptedException {
    Map<PublicKey, ServiceabilityAccount> fresh = new LinkedHashMap<>();
    for (KeyedAccount k : s.accounts()) {
      if (cache.seenAt(k.pubkey()) > s.requestedNanos() || k.account().data().length == 0) {
        continue;
      }
      ServiceabilityAccount acc = decode(k.pubkey(), k.account().data());
      if (acc != null) {
        fresh.put(k.pubkey(), acc);
      }
    }
    Set<PublicKey> listed = new HashSet<>();
    s.accounts().forEach(k -> listed.add(k.pubkey()));
    for (PublicKey pk : cache.addresses()) {
      if (!listed.contains(pk) && cache.seenAt(pk) < s.requestedNanos()) {
        closed(pk);
      }
    }
    List<Map.Entry<PublicKey, ServiceabilityAccount>> ordered = new ArrayList<>(fresh.entrySet());
    ordered.sort((x, y) -> Integer.compare(rank(x.getValue()), rank(y.getValue())));
    for (var en : ordered) {
      cache.put(en.getKey(), en.getValue(), s.requestedNanos());
      holdings.observe(en.getKey(), en.getValue());
    }
    if (!snapshotSeen && !holdings.conflicts().isEmpty()) {
      LOG.warn(
          "event=held-twice-on-chain count={} resources={}",
          holdings.conflicts().size(),
          holdings.conflicts());
    }
    snapshotSeen = true;
    for (var en : ordered) {
      eventsHandled++;
      metrics.eventHandled();
      dispatch(en.getKey(), en.getValue());
    }
    for (var en : early.entrySet()) {
      if (!fresh.containsKey(en.getKey()) && cache.addresses().contains(en.getKey())) {
        dispatch(en.getKey(), cache.get(en.getKey()).orElse(en.getValue()));
      }
    }
    early.clear();
    metrics.devicePools(ctx);
  }

  private static int rank(ServiceabilityAccount a) {
    return switch (a) {
      case Device d -> 0;
      case Link l -> 1;
      case MulticastGroup g -> 2;
      case AccessPass p -> 3;
      case User u -> 4;
      case GlobalState _,
          GlobalConfig _,
          ProgramConfig _,
          Location _,
          Exchange _,
          Contributor _,
          Tenant _,
          ResourceExtension _,
          Permission _,
          Reservation _ ->
          5;
    };
  }

  private ServiceabilityAccount decode(PublicKey pk, byte[] data) {
    try {
      return ServiceabilityAccounts.decode(data);
    } catch (DecodeException ex) {
      LOG.debug("event=undecodable-account account={} error=\"{}\"", pk, ex.getMessage());
      return null;
    }
  }

  private void dispatch(PublicKey pk, ServiceabilityAccount acc) throws InterruptedException {
    if (inFlight.containsKey(pk)) {
      deferred.put(pk, acc);
      return;
    }
    if (backoff.waiting(pk, System.nanoTime())) {
      return;
    }
    List<Decision> decisions =
        switch (acc) {
          case Device d -> DeviceHandler.handle(ctx, pk, d);
          case Link l -> LinkHandler.handle(ctx, pk, l);
          case User u -> UserHandler.handle(ctx, pk, u);
          case MulticastGroup g -> MulticastGroupHandler.handle(ctx, pk, g);
          case AccessPass p -> AccessPassHandler.handle(ctx, pk, p);
          case GlobalState _,
              GlobalConfig _,
              ProgramConfig _,
              Location _,
              Exchange _,
              Contributor _,
              Tenant _,
              ResourceExtension _,
              Permission _,
              Reservation _ ->
              List.of();
        };
    for (Decision d : decisions) {
      switch (d) {
        case Step s -> {
          inFlight.merge(s.subject(), 1, Integer::sum);
          sink.submit(s);
        }
        case Note n -> LOG.warn("event={} {}", n.event(), n.context());
      }
    }
  }

  private void done(TxResult r) throws InterruptedException {
    Step s = r.step();
    PublicKey pk = s.subject();
    inFlight.computeIfPresent(pk, (k, n) -> n == 1 ? null : n - 1);
    if (s.transition() != null && (r.ok() || s.transition().countedOnFailure())) {
      metrics.transition(s.transition(), pk);
    }
    if (r.ok()) {
      switch (s.after()) {
        case HOLD -> {
          holdings.adopt(pk, s.reservation());
          cache.touch(pk);
        }
        case RELEASED -> holdings.observe(pk, null);
        case CLOSED -> closed(pk);
      }
      backoff.succeeded(pk);
      LOG.info("event={} {} signature={}", s.event(), s.context(), r.signature().orElse(""));
    } else {
      holdings.unreserve(s.reservation());
      long delay = backoff.failed(pk, System.nanoTime());
      LOG.warn(
          "event=transaction-failed step={} {} error=\"{}\" retry_in_ms={}",
          s.event(),
          s.context(),
          r.error().orElse(""),
          delay / 1_000_000);
      scheduleReread.accept(pk, delay);
    }
    if (!inFlight.containsKey(pk)) {
      ServiceabilityAccount latest = deferred.remove(pk);
      if (latest != null && s.after() != Decision.After.CLOSED) {
        dispatch(pk, latest);
      }
    }
    metrics.devicePools(ctx);
  }
}
