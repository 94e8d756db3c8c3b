package doublezero.sdk.solana.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.p2p.solanaj.core.Account;

class KeypairFileTest {
  @TempDir Path dir;

  private static final Keypair KP =
      Keypair.fromSeed(
          IntStream.range(0, 32)
              .collect(() -> new byte[32], (a, i) -> a[i] = (byte) (i * 7 + 3), (a, b) -> {}));

  @Test
  void writesCompactSolanaFormatWith0600AndReadsItBack() throws IOException {
    Path file = dir.resolve("a/b/id.json");
    KeypairFile.write(file, KP);
    String text = Files.readString(file);
    byte[] secret = KP.secretKey();
    String expected =
        IntStream.range(0, 64)
            .mapToObj(i -> Integer.toString(secret[i] & 0xFF))
            .collect(Collectors.joining(",", "[", "]"));
    assertThat(text).isEqualTo(expected);
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(KeypairFile.read(file)).isEqualTo(KP);
    assertThat(KeypairFile.read(file).publicKey()).isEqualTo(KP.publicKey());
    // solanaj reads the solana-keygen format: an independent check of the layout
    assertThat(Account.fromJson(text).getPublicKey().toBase58())
        .isEqualTo(KP.publicKey().toBase58());
  }

  @Test
  void refusesToOverwriteUnlessAsked() throws IOException {
    Path file = dir.resolve("id.json");
    KeypairFile.write(file, KP);
    Keypair other = Keypair.generate();
    assertThatThrownBy(() -> KeypairFile.write(file, other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("refusing to overwrite")
        .hasMessageContaining(file.toString());
    assertThat(KeypairFile.read(file)).isEqualTo(KP);
    KeypairFile.write(file, other, true);
    assertThat(KeypairFile.read(file)).isEqualTo(other);
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    try (var listing = Files.list(dir)) {
      assertThat(listing.map(p -> p.getFileName().toString()))
          .containsExactly("id.json"); // no temp file left
    }
  }

  @Test
  void overwriteTightensPermissionsOfAnExistingFile() throws IOException {
    Path file = dir.resolve("open.json");
    Files.writeString(file, "x");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    KeypairFile.write(file, KP, true);
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
  }

  @Test
  void acceptsJsonWhitespace() throws IOException {
    String spaced =
        KeypairFile.format(KP).replace(",", " ,\n ").replace("[", " \t[ ").replace("]", " ]\r\n");
    Path file = dir.resolve("spaced.json");
    Files.writeString(file, spaced);
    assertThat(KeypairFile.read(file)).isEqualTo(KP);
  }

  @Test
  void missingFileIsNamed() {
    Path file = dir.resolve("nope.json");
    assertThatThrownBy(() -> KeypairFile.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("keypair file " + file + " does not exist");
  }

  @Test
  void rejectsMalformedFilesWithClearMessages() throws IOException {
    String good = KeypairFile.format(KP);
    String body = good.substring(1, good.length() - 1);
    expectError("", "is not a JSON array of 64 integers: it is empty");
    expectError("{\"a\":1}", "is not a JSON array of 64 integers: expected '['");
    expectError("[1,2", "is not a JSON array of 64 integers: the array is not closed");
    expectError("[1;2]", "expected ',' or ']' at character 2");
    expectError("[1,,2]", "expected a number at character 3");
    expectError("[01]", "leading zero");
    expectError(good + "x", "unexpected text after the array");
    expectError("[" + body + ",5]", "holds 65 numbers, expected 64");
    expectError("[1,2,3]", "holds 3 numbers, expected 64");
    expectError("[]", "holds 0 numbers, expected 64");
    expectError("[" + body.replaceFirst("^\\d+", "256") + "]", "element 0 is out of range 0..255");
    expectError("[" + body.replaceFirst("^\\d+", "-1") + "]", "element 0 is out of range 0..255");
    expectError("[" + body.replaceFirst("^\\d+", "1.5") + "]", "element 0 is not an integer");
    expectError(
        "[" + body.replaceFirst("^\\d+", "99999999999999999999") + "]",
        "element 0 is out of range");
    byte[] secret = KP.secretKey();
    secret[40] ^= 1;
    String mismatched =
        "["
            + IntStream.range(0, 64)
                .mapToObj(i -> Integer.toString(secret[i] & 0xFF))
                .collect(Collectors.joining(","))
            + "]";
    expectError(mismatched, "secret key is inconsistent");
  }

  @Test
  void rejectsNonUtf8() throws IOException {
    Path file = dir.resolve("bin.json");
    Files.write(file, new byte[] {'[', (byte) 0xC3, (byte) 0x28, ']'});
    assertThatThrownBy(() -> KeypairFile.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("keypair file " + file + " is not JSON: not UTF-8 text");
  }

  private void expectError(String content, String fragment) throws IOException {
    Path file = Files.createTempFile(dir, "bad", ".json");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    String seedPrefix =
        KeypairFile.format(KP).substring(1, 12); // first few secret values, never in a message
    assertThatThrownBy(() -> KeypairFile.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("keypair file " + file)
        .hasMessageContaining(fragment)
        .message()
        .doesNotContain(seedPrefix);
  }
}
