package doublezero.localnet.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import doublezero.localnet.node.LedgerNode;
import doublezero.localnet.node.SubmitResult;
import doublezero.localnet.runtime.ProgramProcessor;
import doublezero.sdk.solana.key.Base58;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.KeypairFile;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.system.SystemProgram;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Blockhash;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.sdk.solana.tx.Message;
import doublezero.sdk.solana.tx.Transaction;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// The bootstrap file (YAML), run once when a ledger is created:
///
/// ```yaml
/// programs:                      # Java processors at their program ids (serviceability-state.md §1.1 local ids)
///   - id: 7CTniUa88iJKUHTrCkB4TjAoG6TD7AMivhQeuqN2LPtX
///     processor: com.example.ServiceabilityProcessor   # public no-arg constructor
/// fund:                          # faucet transfers
///   - keypair: ~/.config/solana/id.json   # or pubkey: <base58>
///     sol: 100                            # or lamports: <n>
/// instructions:                  # each its own transaction, in order
///   - program: <base58>
///     payer: path/to/keypair.json
///     signers: [path/to/other.json]
///     accounts: [{pubkey: <base58> | keypair: <path>, signer: false, writable: true}]
///     data: "hex:0001" | "base58:…" | "base64:…"
/// ```
///
/// Relative paths resolve against the file's directory; `~/` against the home directory.
public final class Bootstrap {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private final JsonNode root;
  private final Path base;

  private Bootstrap(JsonNode root, Path base) {
    this.root = root;
    this.base = base;
  }

  /// Parses a bootstrap file.
  ///
  /// @throws IllegalStateException naming the file when it cannot be read or parsed
  public static Bootstrap read(Path file) {
    try {
      JsonNode root = YAML.readTree(file.toFile());
      return new Bootstrap(
          root == null ? YAML.createObjectNode() : root, file.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot read bootstrap file " + file + ": " + e.getMessage(), e);
    }
  }

  /// The processors the file names, instantiated.
  ///
  /// @throws IllegalStateException when a class is missing or not a {@link ProgramProcessor}
  public Map<PublicKey, ProgramProcessor> processors() {
    Map<PublicKey, ProgramProcessor> out = new LinkedHashMap<>();
    for (JsonNode p : root.path("programs")) {
      String cls = p.path("processor").asText();
      try {
        Object o = Class.forName(cls).getDeclaredConstructor().newInstance();
        if (!(o instanceof ProgramProcessor pp)) {
          throw new IllegalStateException(
              "bootstrap: " + cls + " does not implement ProgramProcessor");
        }
        out.put(PublicKey.fromBase58(p.path("id").asText()), pp);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(
            "bootstrap: cannot instantiate processor " + cls + ": " + e, e);
      }
    }
    return out;
  }

  /// Funds the listed accounts and runs the listed instructions, each as a confirmed transaction.
  ///
  /// @throws IllegalStateException naming the entry that failed
  /// @param node the ledger core the transactions are submitted to
  /// @param faucet the faucet keypair, the default payer
  public void run(LedgerNode node, Keypair faucet) {
    for (JsonNode f : root.path("fund")) {
      PublicKey to =
          f.has("pubkey")
              ? PublicKey.fromBase58(f.get("pubkey").asText())
              : keypair(f.path("keypair")).publicKey();
      long lamports =
          f.has("lamports")
              ? f.get("lamports").asLong()
              : Math.round(f.path("sol").asDouble() * 1e9);
      submit(
          node,
          List.of(SystemProgram.transfer(faucet.publicKey(), to, lamports)),
          faucet,
          List.of(),
          "fund " + to);
    }
    int i = 0;
    for (JsonNode ix : root.path("instructions")) {
      Keypair payer = ix.has("payer") ? keypair(ix.get("payer")) : faucet;
      List<Keypair> signers = new ArrayList<>();
      ix.path("signers").forEach(s -> signers.add(keypair(s)));
      List<AccountMeta> metas = new ArrayList<>();
      for (JsonNode a : ix.path("accounts")) {
        PublicKey k =
            a.has("pubkey")
                ? PublicKey.fromBase58(a.get("pubkey").asText())
                : keypair(a.path("keypair")).publicKey();
        metas.add(
            new AccountMeta(
                k, a.path("signer").asBoolean(false), a.path("writable").asBoolean(false)));
      }
      Instruction instr =
          new Instruction(
              PublicKey.fromBase58(ix.path("program").asText()),
              metas,
              data(ix.path("data").asText("")));
      submit(node, List.of(instr), payer, signers, "instruction " + i++);
    }
  }

  private static byte[] data(String s) {
    if (s.startsWith("hex:")) {
      return HexFormat.of().parseHex(s.substring(4));
    }
    if (s.startsWith("base58:")) {
      return Base58.decode(s.substring(7));
    }
    if (s.startsWith("base64:")) {
      return Base64.getDecoder().decode(s.substring(7));
    }
    if (s.isEmpty()) {
      return new byte[0];
    }
    throw new IllegalStateException(
        "bootstrap: instruction data must start with hex:, base58: or base64: (" + s + ")");
  }

  private Keypair keypair(JsonNode path) {
    String p = path.asText();
    Path file =
        p.startsWith("~/")
            ? Path.of(System.getProperty("user.home"), p.substring(2))
            : base.resolve(p);
    return KeypairFile.read(file);
  }

  private static void submit(
      LedgerNode node, List<Instruction> ixs, Keypair payer, List<Keypair> signers, String what) {
    List<Keypair> all = new ArrayList<>();
    all.add(payer);
    signers.stream().filter(s -> !s.publicKey().equals(payer.publicKey())).forEach(all::add);
    Message m =
        Message.compile(
            ixs, payer.publicKey(), Blockhash.of(node.bank().blockhashes().latest().hash()));
    Transaction tx = Transaction.unsigned(m).sign(all);
    SubmitResult r = node.submit(tx, tx.serialize(), true).join();
    if (r instanceof SubmitResult.PreflightFailed f) {
      throw new IllegalStateException(
          "bootstrap: "
              + what
              + " failed: "
              + f.execution().err().message()
              + " "
              + f.execution().logs());
    }
  }
}
