package doublezero.doublezerod.bgp.interop;

import doublezero.doublezerod.netns.Netns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/// GoBGP (`gobgpd`) as the device, driven through its `gobgp` CLI on the namespace's loopback.
final class GobgpPeer extends DevicePeer {
  GobgpPeer(Netns ns, Path dir) {
    super(ns, dir);
  }

  @Override
  String name() {
    return "gobgpd";
  }

  @Override
  boolean installed() {
    return Files.isExecutable(Path.of("/usr/bin/gobgpd"))
        && Files.isExecutable(Path.of("/usr/bin/gobgp"));
  }

  @Override
  void start(List<String> prefixes) throws Exception {
    Path config = dir.resolve("gobgpd.toml");
    Files.writeString(
        config,
        """
        [global.config]
          as = 65342
          router-id = "%s"
          local-address-list = ["%s"]
        [[neighbors]]
          [neighbors.config]
            neighbor-address = "%s"
            peer-as = 65000
          [neighbors.transport.config]
            passive-mode = true
            local-address = "%s"
          [neighbors.timers.config]
            hold-time = 3
            keepalive-interval = 1
          [[neighbors.afi-safis]]
            [neighbors.afi-safis.config]
              afi-safi-name = "ipv4-unicast"
        """
            .formatted(DEVICE, DEVICE, CLIENT, DEVICE));
    process =
        ns.spawn(
            dir.resolve("gobgpd.log"),
            "gobgpd",
            "-f",
            config.toString(),
            "-p",
            "--api-hosts",
            "127.0.0.1:50051",
            "--pprof-disable");
    for (int i = 0; i < 100; i++) {
      try {
        gobgp("global");
        break;
      } catch (IllegalStateException notYet) {
        Thread.sleep(50);
      }
    }
    for (String p : prefixes) {
      announce(p);
    }
  }

  String gobgp(String... args) {
    List<String> cmd = new ArrayList<>(List.of("gobgp", "-u", "127.0.0.1", "-p", "50051"));
    cmd.addAll(List.of(args));
    return ns.exec(cmd.toArray(String[]::new));
  }

  @Override
  void announce(String prefix) {
    gobgp("global", "rib", "add", "-a", "ipv4", prefix);
  }

  @Override
  void withdraw(String prefix) {
    gobgp("global", "rib", "del", "-a", "ipv4", prefix);
  }

  @Override
  String received() {
    return gobgp("neighbor", CLIENT, "adj-in");
  }

  @Override
  void disableSession() {
    gobgp("neighbor", CLIENT, "disable");
  }

  @Override
  void enableSession() {
    gobgp("neighbor", CLIENT, "enable");
  }
}
