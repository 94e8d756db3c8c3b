package doublezero.doublezerod.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/// Who may talk to the daemon: the socket file's mode and group. Default: 0660 with group
/// `doublezero` when that group exists, else 0600 (the reference's 0666 lets any local user tear
/// tunnels down; docs/compatibility.md). `--sock-mode` sets the mode explicitly (octal, e.g.
/// `0660`); the group is still applied when it exists.
///
/// @param mode the permission bits, 0..0777
/// @param group the group to give the socket, empty for none
public record SocketAccess(int mode, Optional<String> group) {
  /// The group that may use the socket.
  public static final String GROUP = "doublezero";

  /// @param explicitMode `--sock-mode` as octal text, empty for the default
  /// @return the access for this machine
  /// @throws IllegalArgumentException when the mode is not octal in 0..0777
  public static SocketAccess resolve(Optional<String> explicitMode) {
    Optional<String> group = groupExists(GROUP) ? Optional.of(GROUP) : Optional.empty();
    if (explicitMode.isPresent()) {
      return new SocketAccess(parseMode(explicitMode.get()), group);
    }
    return new SocketAccess(group.isPresent() ? 0660 : 0600, group);
  }

  static int parseMode(String text) {
    try {
      int m = Integer.parseInt(text, 8);
      if (m < 0 || m > 0777) {
        throw new NumberFormatException();
      }
      return m;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "--sock-mode must be an octal mode such as 0660, got " + text);
    }
  }

  static boolean groupExists(String name) {
    try {
      for (String line : Files.readAllLines(Path.of("/etc/group"))) {
        if (line.startsWith(name + ":")) {
          return true;
        }
      }
    } catch (IOException e) {
      return false;
    }
    return false;
  }

  /// Applies the group (when set) and the mode to `path`.
  ///
  /// @param path the socket file
  /// @throws UncheckedIOException when either cannot be set
  public void apply(Path path) {
    try {
      if (group.isPresent()) {
        try {
          GroupPrincipal g =
              path.getFileSystem()
                  .getUserPrincipalLookupService()
                  .lookupPrincipalByGroupName(group.get());
          Files.getFileAttributeView(path, PosixFileAttributeView.class).setGroup(g);
        } catch (UserPrincipalNotFoundException e) {
          throw new IOException("group " + group.get() + " not found");
        }
      }
      Files.setPosixFilePermissions(path, permissions(mode));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "api: cannot set access of " + path + ": " + e.getMessage(), e);
    }
  }

  static Set<PosixFilePermission> permissions(int mode) {
    Set<PosixFilePermission> out = EnumSet.noneOf(PosixFilePermission.class);
    PosixFilePermission[] order = {
      PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
          PosixFilePermission.OTHERS_READ,
      PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
          PosixFilePermission.GROUP_READ,
      PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
          PosixFilePermission.OWNER_READ
    };
    for (int i = 0; i < order.length; i++) {
      if ((mode & (1 << i)) != 0) {
        out.add(order[i]);
      }
    }
    return out;
  }

  /// @return e.g. `0660 group=doublezero`
  public String describe() {
    return String.format("%04o", mode) + group.map(g -> " group=" + g).orElse("");
  }
}
