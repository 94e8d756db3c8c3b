package doublezero.doublezerod.bgp.interop;

import doublezero.doublezerod.netns.Netns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/// BIRD 2 as the device.
final class BirdPeer extends DevicePeer {
  private final List<String> prefixes = new ArrayList<>();

  BirdPeer(Netns ns, Path dir) {
    super(ns, dir);
  }

  @Override
  String name() {
    return "bird";
  }

  @Override
  boolean installed() {
    return Files.isExecutable(Path.of("/usr/sbin/bird"))
        && Files.isExecutable(Path.of("/usr/sbin/birdc"));
  }

  private Path config() {
    return dir.resolve("bird.conf");
  }

  private void writeConfig() throws Exception {
    StringBuilder routes = new StringBuilder();
    prefixes.forEach(p -> routes.append("  route ").append(p).append(" blackhole;\n"));
    Files.writeString(
        config(),
        """
        router id %s;
        protocol device {}
        protocol static originated {
          ipv4;
        %s}
        protocol bgp dzuser {
          local %s as 65342;
          neighbor %s as 65000;
          passive on;
          hold time 3;
          keepalive time 1;
          error wait time 1, 3;
          ipv4 { import all; import limit 1 action warn; export where source = RTS_STATIC; next hop self; };
        }
        """
            .formatted(DEVICE, routes, DEVICE, CLIENT));
  }

  @Override
  void start(List<String> initial) throws Exception {
    prefixes.clear();
    prefixes.addAll(initial);
    writeConfig();
    process =
        ns.spawn(dir.resolve("bird.log"), "bird", "-f", "-c", config().toString(), "-s", ctl());
    for (int i = 0; i < 100 && !Files.exists(Path.of(ctl())); i++) {
      Thread.sleep(50);
    }
  }

  private String ctl() {
    return dir.resolve("bird.ctl").toString();
  }

  private String birdc(String... args) {
    List<String> cmd = new ArrayList<>(List.of("birdc", "-s", ctl()));
    cmd.addAll(List.of(args));
    return ns.exec(cmd.toArray(String[]::new));
  }

  @Override
  void announce(String prefix) throws Exception {
    prefixes.add(prefix);
    writeConfig();
    birdc("configure");
  }

  @Override
  void withdraw(String prefix) throws Exception {
    prefixes.remove(prefix);
    writeConfig();
    birdc("configure");
  }

  @Override
  String received() {
    return birdc("show", "route", "protocol", "dzuser", "all");
  }

  @Override
  void disableSession() {
    birdc("disable", "dzuser");
  }

  @Override
  void enableSession() {
    birdc("enable", "dzuser");
  }
}
