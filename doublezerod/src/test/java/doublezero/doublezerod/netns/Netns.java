package doublezero.doublezerod.netns;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/// Test helper: network namespaces created with `ip netns add` (unique names, removed by [#close]),
/// commands run in them, and platform threads that enter one with `setns(2)` so sockets they open
/// live there.
public final class Netns implements AutoCloseable {
  private static final Linker LINKER = Linker.nativeLinker();
  private static final MethodHandle OPEN =
      LINKER.downcallHandle(
          LINKER.defaultLookup().find("open").orElseThrow(),
          FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
  private static final MethodHandle SETNS =
      LINKER.downcallHandle(
          LINKER.defaultLookup().find("setns").orElseThrow(),
          FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
  private static final MethodHandle CLOSE =
      LINKER.downcallHandle(
          LINKER.defaultLookup().find("close").orElseThrow(),
          FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
  private static final int CLONE_NEWNET = 0x40000000;

  private final String name;

  private Netns(String name) {
    this.name = name;
  }

  /// @return whether this process can create namespaces (root with `ip` installed)
  public static boolean available() {
    boolean ip =
        Files.isExecutable(Path.of("/usr/sbin/ip"))
            || Files.isExecutable(Path.of("/sbin/ip"))
            || Files.isExecutable(Path.of("/usr/bin/ip"));
    return ip && "root".equals(System.getProperty("user.name"));
  }

  /// @param prefix a short prefix; a random suffix is added
  /// @return a new namespace with `lo` up
  public static Netns create(String prefix) {
    String name =
        prefix
            + "-"
            + ProcessHandle.current().pid()
            + "-"
            + Long.toHexString(System.nanoTime() & 0xFFFFF);
    run("ip", "netns", "add", name);
    Netns ns = new Netns(name);
    ns.exec("ip", "link", "set", "lo", "up");
    return ns;
  }

  /// @return the namespace's name
  public String name() {
    return name;
  }

  /// Runs a command in this namespace and returns its stdout.
  ///
  /// @param command the command
  /// @return stdout
  /// @throws IllegalStateException when it exits non-zero
  public String exec(String... command) {
    List<String> all = new ArrayList<>(List.of("ip", "netns", "exec", name));
    all.addAll(List.of(command));
    return run(all.toArray(String[]::new));
  }

  /// Starts a long-running process in this namespace (output to `log`).
  ///
  /// @param log file for stdout and stderr
  /// @param command the command
  /// @return the process
  public Process spawn(Path log, String... command) throws IOException {
    List<String> all = new ArrayList<>(List.of("ip", "netns", "exec", name));
    all.addAll(List.of(command));
    return new ProcessBuilder(all).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /// @return a factory of platform threads that enter this namespace before running
  public ThreadFactory threads() {
    return task ->
        Thread.ofPlatform()
            .daemon()
            .unstarted(
                () -> {
                  enter();
                  task.run();
                });
  }

  /// Runs `task` on a platform thread inside this namespace and waits for it.
  ///
  /// @param task the task
  /// @return its result
  public <T> T call(Callable<T> task) throws Exception {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Exception> failure = new AtomicReference<>();
    Thread t =
        threads()
            .newThread(
                () -> {
                  try {
                    result.set(task.call());
                  } catch (Exception e) {
                    failure.set(e);
                  }
                });
    t.start();
    t.join();
    if (failure.get() != null) {
      throw failure.get();
    }
    return result.get();
  }

  private void enter() {
    try (Arena arena = Arena.ofConfined()) {
      var path = arena.allocateFrom("/var/run/netns/" + name, StandardCharsets.US_ASCII);
      int fd = (int) OPEN.invokeExact(path, 0x80000);
      if (fd < 0) {
        throw new IllegalStateException("cannot open netns " + name);
      }
      int rc = (int) SETNS.invokeExact(fd, CLONE_NEWNET);
      int closed = (int) CLOSE.invokeExact(fd);
      if (rc != 0 || closed != 0) {
        throw new IllegalStateException("setns " + name + " failed");
      }
    } catch (RuntimeException e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  /// Runs a command in the test's own namespace.
  ///
  /// @param command the command
  /// @return stdout
  public static String run(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException(String.join(" ", command) + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /// Joins this namespace and `other` with a veth pair: `ours` in this one, `theirs` in the other,
  /// both up with the given addresses.
  public void veth(
      String ours, String ourAddress, Netns other, String theirs, String theirAddress) {
    exec("ip", "link", "add", ours, "type", "veth", "peer", "name", theirs, "netns", other.name);
    exec("ip", "addr", "add", ourAddress, "dev", ours);
    exec("ip", "link", "set", ours, "up");
    other.exec("ip", "addr", "add", theirAddress, "dev", theirs);
    other.exec("ip", "link", "set", theirs, "up");
  }

  /// Deletes a directory tree (test scratch space).
  ///
  /// @param dir the directory
  public static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Override
  public void close() {
    try {
      run("ip", "netns", "pids", name).lines().forEach(pid -> run("kill", "-9", pid.trim()));
    } catch (IllegalStateException ignored) {
      // no processes
    }
    run("ip", "netns", "del", name);
  }
}
