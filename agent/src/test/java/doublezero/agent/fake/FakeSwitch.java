package doublezero.agent.fake;

import doublezero.agent.eos.api.EapiMgrServiceGrpc;
import doublezero.agent.eos.api.EapiResponse;
import doublezero.agent.eos.api.RunConfigCmdsRequest;
import doublezero.agent.eos.api.RunConfigCmdsResponse;
import doublezero.agent.eos.api.RunShowCmdRequest;
import doublezero.agent.eos.api.RunShowCmdResponse;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// A fake Arista switch behind `eos.remote.EapiMgrService` on a real localhost socket:
/// configuration sessions (pending / committed / aborted) merged into a running-config on commit,
/// the configuration lock, `show ip bgp neighbors vrf all` JSON, the session diff (`show
/// session-config named X diffs`: lines the session would add, `+line`), startup-config saves, and
/// an injectable failing command. Records every command.
public final class FakeSwitch extends EapiMgrServiceGrpc.EapiMgrServiceImplBase
    implements AutoCloseable {
  /// A session's state and lines.
  public static final class Session {
    public String state = "pending";
    public final List<String> lines = new ArrayList<>();
  }

  public final Set<String> running = new LinkedHashSet<>();
  public final Map<String, Session> sessions = new LinkedHashMap<>();
  public final List<String> log = new ArrayList<>();
  public volatile String bgpJson = "{\"vrfs\":{}}";
  public volatile double lockAcquireTime;
  public volatile String lockTransaction = "doublezero";
  public volatile String failOn;
  public int configCalls;
  public int saves;
  private final Server server;

  public FakeSwitch() throws IOException {
    server =
        NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
            .addService(this)
            .build()
            .start();
  }

  public String target() {
    return "127.0.0.1:" + server.getPort();
  }

  public synchronized List<String> sessionsIn(String state) {
    return sessions.entrySet().stream()
        .filter(e -> e.getValue().state.equals(state))
        .map(Map.Entry::getKey)
        .toList();
  }

  private static EapiResponse ok(String json) {
    return EapiResponse.newBuilder().setSuccess(true).addResponses(json).build();
  }

  private static EapiResponse fail(String message) {
    return EapiResponse.newBuilder()
        .setSuccess(false)
        .setErrorCode(1002)
        .setErrorMessage(message)
        .build();
  }

  @Override
  public synchronized void runShowCmd(
      RunShowCmdRequest req, StreamObserver<RunShowCmdResponse> out) {
    String c = req.getCommand();
    log.add("show: " + c);
    out.onNext(RunShowCmdResponse.newBuilder().setResponse(show(c)).build());
    out.onCompleted();
  }

  private EapiResponse show(String c) {
    if (c.equals("show configuration sessions")) {
      StringBuilder b = new StringBuilder("{\"sessions\":{");
      String sep = "";
      for (var e : sessions.entrySet()) {
        b.append(sep)
            .append('"')
            .append(e.getKey())
            .append("\":{\"state\":\"")
            .append(e.getValue().state)
            .append("\",\"instances\":{}}");
        sep = ",";
      }
      return ok(b.append("},\"maxOpenSessions\":5}").toString());
    }
    if (c.equals("show configuration lock")) {
      return ok(
          lockAcquireTime == 0
              ? "{}"
              : "{\"userInfo\":{\"username\":\"root\",\"transactionName\":\""
                  + lockTransaction
                  + "\",\"lockAcquireTime\":"
                  + lockAcquireTime
                  + "}}");
    }
    if (c.equals("show ip bgp neighbors vrf all")) {
      return ok(bgpJson);
    }
    if (c.startsWith("show session-config named ") && c.endsWith(" diffs")) {
      Session s = sessions.get(c.substring(26, c.length() - 6));
      return s == null
          ? fail("session not found")
          : EapiResponse.newBuilder().setSuccess(true).addResponses(diff(s)).build();
    }
    if (c.startsWith("configure session ") && c.endsWith(" abort")) {
      Session s = sessions.get(c.substring(18, c.length() - 6));
      if (s == null) {
        return fail("no such session");
      }
      s.state = "aborted";
      return ok("{}");
    }
    return fail("invalid command '" + c + "'");
  }

  /// Lines are keyed by their section header so that indented lines of different blocks differ.
  static List<String> keyed(List<String> lines) {
    List<String> out = new ArrayList<>();
    String section = "";
    for (String l : lines) {
      if (!l.startsWith(" ")) {
        section = l;
        out.add(l);
      } else {
        out.add(section + " >" + l);
      }
    }
    return out;
  }

  private String diff(Session s) {
    StringBuilder b = new StringBuilder();
    for (String k : keyed(s.lines)) {
      if (!running.contains(k) && !k.equals("!") && !k.isEmpty()) {
        b.append('+').append(k).append('\n');
      }
    }
    return b.toString();
  }

  @Override
  public synchronized void runConfigCmds(
      RunConfigCmdsRequest req, StreamObserver<RunConfigCmdsResponse> out) {
    configCalls++;
    out.onNext(
        RunConfigCmdsResponse.newBuilder().setResponse(config(req.getCommandsList())).build());
    out.onCompleted();
  }

  private EapiResponse config(List<String> commands) {
    Session current = null;
    for (String c : commands) {
      log.add("config: " + c);
      if (failOn != null && c.contains(failOn)) {
        return fail("CLI command '" + c + "' failed: invalid command");
      }
      if (c.startsWith("configure session ")) {
        String rest = c.substring(18);
        if (rest.endsWith(" commit") || rest.endsWith(" abort")) {
          String name = rest.substring(0, rest.lastIndexOf(' '));
          Session s = sessions.get(name);
          if (s == null || !s.state.equals("pending")) {
            return fail("session " + name + " is not pending");
          }
          if (rest.endsWith(" commit")) {
            running.addAll(keyed(s.lines));
            s.state = "completed";
          } else {
            s.state = "aborted";
          }
          continue;
        }
        if (sessions.containsKey(rest) && !sessions.get(rest).state.equals("pending")) {
          return fail("Cannot enter session " + rest + " (already completed)");
        }
        current = sessions.computeIfAbsent(rest, k -> new Session());
        continue;
      }
      if (c.equals("configure unlock force")) {
        lockAcquireTime = 0;
      } else if (c.equals("configure unlock transaction doublezero")) {
        if ("doublezero".equals(lockTransaction)) {
          lockAcquireTime = 0;
        }
      } else if (c.equals("copy running-config startup-config")) {
        saves++;
      } else if (current != null) {
        current.lines.add(c);
      } else {
        return fail("not in a configuration session: '" + c + "'");
      }
    }
    return ok("{}");
  }

  @Override
  public void close() {
    server.shutdownNow();
  }
}
