package doublezero.sdk.solana.key;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Set;

/// Reads and writes Solana keypair files (the `solana-keygen` format): a JSON array of the 64
/// secret-key bytes, seed ‖ public key, each an integer 0..255, e.g. `[12,200,…]` (solana-sdk
/// `write_keypair`/`read_keypair`).
///
/// Reading is strict: the file must hold exactly one JSON array of 64 integers (JSON whitespace
/// allowed around tokens, nothing after the array), and bytes 32..63 must be the public key of
/// bytes 0..31. Every error names the file and what was wrong, never a secret byte. Writing
/// produces the compact form solana-keygen writes (no spaces, no trailing newline) with POSIX
/// permissions `rw-------` from the moment the file exists.
public final class KeypairFile {
  /// Files larger than this cannot be keypair files (64 × "255," is 256 bytes; generous for
  /// whitespace).
  private static final long MAX_FILE_BYTES = 64 * 1024;

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private KeypairFile() {}

  /// @param path the keypair file
  /// @return the keypair it holds
  /// @throws IllegalArgumentException naming the file when it is missing, not a JSON array of 64
  ///   integers 0..255, or its public half does not match its seed
  /// @throws UncheckedIOException for other I/O failures (e.g. permission denied), naming the file
  public static Keypair read(Path path) {
    byte[] raw;
    try {
      if (Files.size(path) > MAX_FILE_BYTES) {
        throw new IllegalArgumentException(
            "keypair file " + path + " is too large to be a keypair file");
      }
      raw = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("keypair file " + path + " does not exist");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read keypair file " + path + ": " + e.getMessage(), e);
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(raw))
              .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("keypair file " + path + " is not JSON: not UTF-8 text");
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
    return parse(text, "keypair file " + path);
  }

  /// Parses the keypair JSON text (as read from a file or standard input).
  ///
  /// @param json the text: a JSON array of 64 integers 0..255
  /// @param source how to name the source in errors, e.g. `keypair file /home/me/id.json`
  /// @return the keypair
  /// @throws IllegalArgumentException naming `source` when the text is malformed or inconsistent
  public static Keypair parse(String json, String source) {
    byte[] secret = KeypairJson.parse(json, source);
    try {
      return Keypair.fromSecretKey(secret);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
  }

  /// @param keypair the keypair
  /// @return its file text, `[b0,b1,…,b63]` (contains the secret)
  public static String format(Keypair keypair) {
    byte[] secret = keypair.secretKey();
    StringBuilder sb = new StringBuilder(4 * secret.length + 2).append('[');
    for (int i = 0; i < secret.length; i++) {
      sb.append(i == 0 ? "" : ",").append(secret[i] & 0xFF);
    }
    Arrays.fill(secret, (byte) 0);
    return sb.append(']').toString();
  }

  /// Writes `keypair` to `path`, creating missing parent directories. Refuses to replace an
  /// existing file.
  ///
  /// @param path the file to create
  /// @param keypair the keypair to store
  /// @throws IllegalArgumentException when `path` already exists
  /// @throws UncheckedIOException when the file cannot be written, naming it
  public static void write(Path path, Keypair keypair) {
    write(path, keypair, false);
  }

  /// Writes `keypair` to `path`, creating missing parent directories. A new file is created
  /// exclusively with mode 0600; when `overwrite` is set, the text is written to a 0600 temporary
  /// file in the same directory and moved over the target atomically, so readers never see a
  /// partial or world-readable file.
  ///
  /// @param path the file to write
  /// @param keypair the keypair to store
  /// @param overwrite whether an existing file may be replaced
  /// @throws IllegalArgumentException when `path` exists and `overwrite` is false
  /// @throws UncheckedIOException when the file cannot be written, naming it
  public static void write(Path path, Keypair keypair, boolean overwrite) {
    byte[] text = format(keypair).getBytes(StandardCharsets.US_ASCII);
    Path abs = path.toAbsolutePath();
    try {
      Files.createDirectories(abs.getParent());
      if (overwrite) {
        Path tmp =
            Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp", ownerOnly(abs));
        try {
          writeFully(tmp, text, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
          Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
          Files.deleteIfExists(tmp);
        }
      } else {
        createExclusive(abs, text);
      }
    } catch (FileAlreadyExistsException e) {
      throw new IllegalArgumentException("refusing to overwrite existing keypair file " + path);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write keypair file " + path + ": " + e.getMessage(), e);
    } finally {
      Arrays.fill(text, (byte) 0);
    }
  }

  private static void createExclusive(Path path, byte[] text) throws IOException {
    try (FileChannel ch =
        FileChannel.open(
            path,
            Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
            ownerOnly(path))) {
      try {
        ch.write(ByteBuffer.wrap(text));
        ch.force(true);
      } catch (IOException e) {
        Files.deleteIfExists(path);
        throw e;
      }
    }
    restrict(path);
  }

  private static void writeFully(Path path, byte[] text, StandardOpenOption... options)
      throws IOException {
    restrict(path);
    try (FileChannel ch = FileChannel.open(path, options)) {
      ch.write(ByteBuffer.wrap(text));
      ch.force(true);
    }
  }

  /// Sets exactly 0600 (a umask can only remove bits, so this only matters for an unusual umask).
  private static void restrict(Path path) throws IOException {
    if (supportsPosix(path)) {
      Files.setPosixFilePermissions(path, OWNER_ONLY);
    }
  }

  private static FileAttribute<?>[] ownerOnly(Path path) {
    return supportsPosix(path)
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
        : new FileAttribute<?>[0];
  }

  private static boolean supportsPosix(Path path) {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
