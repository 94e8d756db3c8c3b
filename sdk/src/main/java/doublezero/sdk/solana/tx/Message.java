package doublezero.sdk.solana.tx;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// A legacy Solana transaction message (solana-message `legacy::Message`): what the signers sign.
///
/// Wire format (bincode with `short_vec` lengths): header (3 × u8), compact-u16 key count, 32-byte
/// keys, 32-byte recent blockhash, compact-u16 instruction count, then per instruction: u8 program
/// id index, compact-u16 account count, u8 account indexes, compact-u16 data length, data.
///
/// Every instance satisfies the reference `Message::sanitize` rules and has no duplicate keys (see
/// [MessageRules]).
///
/// @param header the signer / read-only counts
/// @param accountKeys every account the message touches, grouped as the header describes (at most
///   65535)
/// @param recentBlockhash the recent blockhash that bounds the transaction's lifetime
/// @param instructions the instructions, run in order
public record Message(
    MessageHeader header,
    List<PublicKey> accountKeys,
    Blockhash recentBlockhash,
    List<CompiledInstruction> instructions) {
  private static final String TYPE = "Message";

  /// Copies the lists and checks the sanitize rules.
  ///
  /// @throws IllegalArgumentException when the header does not fit the keys, the fee payer is
  ///   read-only, an index is out of range, the program id index is 0, a key repeats, or a list
  ///   exceeds 65535 items
  public Message {
    accountKeys = List.copyOf(accountKeys);
    instructions = List.copyOf(instructions);
    if (accountKeys.size() > CompactU16.MAX_VALUE || instructions.size() > CompactU16.MAX_VALUE) {
      throw new IllegalArgumentException(
          "a message holds at most 65535 account keys and 65535 instructions");
    }
    int keyCount = accountKeys.size();
    List<String> problems = new ArrayList<>();
    problems.add(MessageRules.header(header, keyCount));
    if (new HashSet<>(accountKeys).size() != keyCount) {
      problems.add("account keys contain a duplicate");
    }
    for (CompiledInstruction ci : instructions) {
      problems.add(MessageRules.programIndex(ci.programIdIndex(), keyCount));
      ci.accountIndexes().forEach(i -> problems.add(MessageRules.accountIndex(i, keyCount)));
    }
    problems.stream()
        .filter(p -> p != null)
        .findFirst()
        .ifPresent(
            p -> {
              throw new IllegalArgumentException("invalid message: " + p);
            });
  }

  /// Compiles instructions into a message exactly as solana-sdk `Message::new_with_blockhash` does:
  /// keys ordered by [CompiledKeys] (fee payer first, then writable signers, read-only signers,
  /// writable non-signers, read-only non-signers, each group sorted by key bytes), and each
  /// instruction's program and accounts replaced by their index in that list.
  ///
  /// @param instructions the instructions, in execution order
  /// @param feePayer the account that pays the fee (becomes key 0, a writable signer)
  /// @param blockhash the recent blockhash
  /// @return the message
  /// @throws IllegalArgumentException when more than 256 keys are needed, or the result breaks a
  ///   sanitize rule (e.g. the fee payer is also a program id)
  public static Message compile(
      List<Instruction> instructions, PublicKey feePayer, Blockhash blockhash) {
    Map.Entry<MessageHeader, List<PublicKey>> compiled =
        CompiledKeys.compile(instructions, feePayer);
    List<PublicKey> keys = compiled.getValue();
    Map<PublicKey, Integer> index = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      index.put(keys.get(i), i);
    }
    List<CompiledInstruction> out = new ArrayList<>(instructions.size());
    for (Instruction ix : instructions) {
      List<Integer> accounts = ix.accounts().stream().map(m -> index.get(m.publicKey())).toList();
      out.add(new CompiledInstruction(index.get(ix.programId()), accounts, ix.data()));
    }
    return new Message(compiled.getKey(), keys, blockhash, out);
  }

  /// @return the keys that must sign, in signature order (the first `numRequiredSignatures` keys)
  public List<PublicKey> signerKeys() {
    return accountKeys.subList(0, header.numRequiredSignatures());
  }

  /// @param index an account key index
  /// @return whether that key must sign
  public boolean isSigner(int index) {
    return index < header.numRequiredSignatures();
  }

  /// The writability the header encodes (solana-message `is_writable_index`). The runtime
  /// additionally demotes program ids and reserved keys; that is the ledger's job, not the wire
  /// format's.
  ///
  /// @param index an account key index
  /// @return whether the header marks that key writable
  public boolean isWritable(int index) {
    int signers = header.numRequiredSignatures();
    if (index < signers) {
      return index < signers - header.numReadonlySignedAccounts();
    }
    return index < accountKeys.size() - header.numReadonlyUnsignedAccounts();
  }

  /// @return the instructions with indexes resolved back to keys and the header's signer/writable
  ///   flags
  public List<Instruction> decompile() {
    return instructions.stream()
        .map(
            ci ->
                new Instruction(
                    accountKeys.get(ci.programIdIndex()),
                    ci.accountIndexes().stream()
                        .map(i -> new AccountMeta(accountKeys.get(i), isSigner(i), isWritable(i)))
                        .toList(),
                    ci.data()))
        .toList();
  }

  /// @return the wire bytes (what the signers sign)
  public byte[] serialize() {
    BorshWriter w = new BorshWriter(64 + 32 * accountKeys.size());
    write(w);
    return w.toByteArray();
  }

  void write(BorshWriter w) {
    w.u8(header.numRequiredSignatures())
        .u8(header.numReadonlySignedAccounts())
        .u8(header.numReadonlyUnsignedAccounts());
    CompactU16.write(w, accountKeys.size());
    accountKeys.forEach(w::publicKey);
    w.bytes(recentBlockhash.toBytes());
    CompactU16.write(w, instructions.size());
    for (CompiledInstruction ci : instructions) {
      w.u8(ci.programIdIndex());
      CompactU16.write(w, ci.accountIndexes().size());
      ci.accountIndexes().forEach(w::u8);
      byte[] data = ci.data();
      CompactU16.write(w, data.length);
      w.bytes(data);
    }
  }

  /// Decodes a legacy message, strictly.
  ///
  /// @param data exactly one serialized message
  /// @return the message
  /// @throws DecodeException naming field and offset when the bytes end early, carry trailing
  ///   bytes, start with a version prefix (v0 messages are not supported), use a non-canonical
  ///   length, or break a sanitize rule (header inconsistent with the keys, duplicate key, index
  ///   out of range, program id index 0)
  public static Message deserialize(byte[] data) {
    BorshReader r = BorshReader.strict(data, TYPE);
    Message m = read(r);
    r.expectEnd();
    return m;
  }

  static Message read(BorshReader r) {
    int headerAt = r.offset();
    int required = r.u8("header.num_required_signatures");
    if ((required & 0x80) != 0) {
      throw new DecodeException(
          r.type(),
          "header.num_required_signatures",
          headerAt,
          "versioned message prefix 0x"
              + Integer.toHexString(required)
              + ": only legacy messages are supported");
    }
    MessageHeader header =
        new MessageHeader(
            required,
            r.u8("header.num_readonly_signed_accounts"),
            r.u8("header.num_readonly_unsigned_accounts"));
    List<PublicKey> keys = readKeys(r);
    String problem = MessageRules.header(header, keys.size());
    if (problem != null) {
      throw new DecodeException(r.type(), "header", headerAt, problem);
    }
    Blockhash blockhash = Blockhash.of(r.bytes("recent_blockhash", Blockhash.BYTES));
    int count = CompactU16.read(r, "instructions");
    List<CompiledInstruction> instructions = new ArrayList<>(Math.min(count, r.remaining()));
    for (int i = 0; i < count; i++) {
      instructions.add(readInstruction(r, i, keys.size()));
    }
    return new Message(header, keys, blockhash, instructions);
  }

  private static List<PublicKey> readKeys(BorshReader r) {
    int count = CompactU16.read(r, "account_keys");
    List<PublicKey> keys = new ArrayList<>(Math.min(count, r.remaining() / PublicKey.BYTES + 1));
    Set<PublicKey> seen = new HashSet<>();
    for (int i = 0; i < count; i++) {
      int at = r.offset();
      PublicKey k = r.publicKey("account_keys[" + i + "]");
      if (!seen.add(k)) {
        throw new DecodeException(
            r.type(), "account_keys[" + i + "]", at, "duplicate account key " + k);
      }
      keys.add(k);
    }
    return keys;
  }

  private static CompiledInstruction readInstruction(BorshReader r, int n, int keyCount) {
    String field = "instructions[" + n + "]";
    int at = r.offset();
    int program = r.u8(field + ".program_id_index");
    check(r, field + ".program_id_index", at, MessageRules.programIndex(program, keyCount));
    int accountCount = CompactU16.read(r, field + ".accounts");
    List<Integer> accounts = new ArrayList<>(Math.min(accountCount, r.remaining()));
    for (int i = 0; i < accountCount; i++) {
      at = r.offset();
      int index = r.u8(field + ".accounts[" + i + "]");
      check(r, field + ".accounts[" + i + "]", at, MessageRules.accountIndex(index, keyCount));
      accounts.add(index);
    }
    int length = CompactU16.read(r, field + ".data");
    return new CompiledInstruction(program, accounts, r.bytes(field + ".data", length));
  }

  private static void check(BorshReader r, String field, int offset, String problem) {
    if (problem != null) {
      throw new DecodeException(r.type(), field, offset, problem);
    }
  }
}
