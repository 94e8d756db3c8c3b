package doublezero.localnet.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import doublezero.localnet.ledger.Account;
import doublezero.localnet.ledger.Rent;
import doublezero.sdk.solana.key.Base58;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/// Account reads: getAccountInfo, getMultipleAccounts, getProgramAccounts (dataSize / memcmp
/// filters, withContext), getBalance, getMinimumBalanceForRentExemption. Shapes follow Solana's
/// `rpc/src/rpc.rs`.
public final class AccountMethods {
  private static final int MAX_MULTIPLE_ACCOUNTS = 100;
  private static final int MAX_FILTERS = 4;
  private final RpcContext ctx;

  /// @param ctx shared state
  public AccountMethods(RpcContext ctx) {
    this.ctx = ctx;
  }

  /// Adds this group's methods to `table`.
  public void register(Map<String, RpcMethod> table) {
    table.put("getAccountInfo", this::getAccountInfo);
    table.put("getMultipleAccounts", this::getMultipleAccounts);
    table.put("getProgramAccounts", this::getProgramAccounts);
    table.put("getBalance", this::getBalance);
    table.put("getMinimumBalanceForRentExemption", this::getMinimumBalance);
  }

  private Object getAccountInfo(Params p) {
    PublicKey key = p.pubkey(0, "pubkey");
    JsonNode cfg = p.config(1);
    AccountEncoder enc = AccountEncoder.from(cfg, "binary");
    Map<String, Object> context = ctx.context(cfg);
    return Json.obj(
        "context", context, "value", enc.encode(ctx.bank().account(key, RpcContext.durable(cfg))));
  }

  private Object getMultipleAccounts(Params p) {
    JsonNode keys = p.required(0, "pubkeys");
    if (!keys.isArray()) {
      throw RpcException.invalidParams(
          "invalid type: " + Params.describe(keys) + ", expected a sequence");
    }
    if (keys.size() > MAX_MULTIPLE_ACCOUNTS) {
      throw RpcException.invalidParamsRaw("Too many inputs provided; max " + MAX_MULTIPLE_ACCOUNTS);
    }
    List<PublicKey> parsed = new ArrayList<>();
    for (JsonNode k : keys) {
      parsed.add(Params.parsePubkey(k.asText()));
    }
    JsonNode cfg = p.config(1);
    AccountEncoder enc = AccountEncoder.from(cfg, "base64");
    Map<String, Object> context = ctx.context(cfg);
    boolean durable = RpcContext.durable(cfg);
    List<Account> accounts =
        ctx.bank()
            .accounts()
            .read(() -> parsed.stream().map(k -> ctx.bank().account(k, durable)).toList());
    enc.checkAll(accounts);
    return Json.obj("context", context, "value", new StreamedAccounts(enc, null, accounts));
  }

  private Object getProgramAccounts(Params p) {
    PublicKey program = p.pubkey(0, "program_id");
    JsonNode cfg = p.config(1);
    AccountEncoder enc = AccountEncoder.from(cfg, "binary");
    Predicate<Account> filter = filters(cfg.path("filters"));
    Map<String, Object> context = ctx.context(cfg);
    List<Map.Entry<PublicKey, Account>> found =
        RpcContext.durable(cfg)
            ? ctx.bank().unsynced().byOwner(ctx.bank().accounts(), program, filter)
            : ctx.bank().accounts().byOwner(program, filter);
    List<PublicKey> keys = new ArrayList<>(found.size());
    List<Account> accounts = new ArrayList<>(found.size());
    for (Map.Entry<PublicKey, Account> e : found) {
      keys.add(e.getKey());
      accounts.add(e.getValue());
    }
    enc.checkAll(accounts);
    StreamedAccounts out = new StreamedAccounts(enc, keys, accounts);
    return cfg.path("withContext").asBoolean(false)
        ? Json.obj("context", context, "value", out)
        : out;
  }

  /// The `getProgramAccounts` / `programSubscribe` filter list as a predicate (all must match).
  ///
  /// @throws RpcException -32602 on a malformed filter or more than 4
  public static Predicate<Account> filters(JsonNode filters) {
    if (filters.isMissingNode() || filters.isNull()) {
      return a -> true;
    }
    if (!filters.isArray()) {
      throw RpcException.invalidParams(
          "invalid type: " + Params.describe(filters) + ", expected a sequence");
    }
    if (filters.size() > MAX_FILTERS) {
      throw RpcException.invalidParams("Too many filters provided; max " + MAX_FILTERS);
    }
    Predicate<Account> all = a -> true;
    for (JsonNode f : filters) {
      all = all.and(filter(f));
    }
    return all;
  }

  private static Predicate<Account> filter(JsonNode f) {
    if (f.has("dataSize")) {
      long size = Params.u64(f.get("dataSize"));
      return a -> a.data().length == size;
    }
    JsonNode m = f.path("memcmp");
    if (!m.isObject() || !m.path("offset").isIntegralNumber() || !m.path("bytes").isTextual()) {
      throw RpcException.invalidParams(
          "unknown variant, expected `dataSize` or `memcmp {offset, bytes}`: " + f);
    }
    long offset = Params.u64(m.get("offset"));
    byte[] bytes = memcmpBytes(m.get("bytes").asText(), m.path("encoding").asText("base58"));
    return a -> matches(a.data(), offset, bytes);
  }

  private static byte[] memcmpBytes(String text, String encoding) {
    try {
      return switch (encoding) {
        case "base58" -> {
          if (text.length() > 128) {
            throw RpcException.invalidParams(
                "Encoded binary (base 58) data should be less than 128 bytes");
          }
          yield Base58.decode(text);
        }
        case "base64" -> Base64.getDecoder().decode(text);
        default -> throw RpcException.invalidParams("unknown memcmp encoding `" + encoding + "`");
      };
    } catch (IllegalArgumentException e) {
      throw RpcException.invalidParams("invalid memcmp bytes: " + e.getMessage());
    }
  }

  private static boolean matches(byte[] data, long offset, byte[] bytes) {
    if (offset < 0 || offset + bytes.length > data.length) {
      return false;
    }
    for (int i = 0; i < bytes.length; i++) {
      if (data[(int) offset + i] != bytes[i]) {
        return false;
      }
    }
    return true;
  }

  private Object getBalance(Params p) {
    PublicKey key = p.pubkey(0, "pubkey");
    JsonNode cfg = p.config(1);
    Account a = ctx.bank().account(key, RpcContext.durable(cfg));
    return ctx.withContext(cfg, Json.u64(a == null ? 0 : a.lamports()));
  }

  private Object getMinimumBalance(Params p) {
    long len = p.u64(0, "data_len");
    if (len > Rent.MAX_PERMITTED_DATA_LENGTH) {
      throw RpcException.invalidParamsRaw(
          "Invalid param: data length "
              + len
              + " exceeds the maximum "
              + Rent.MAX_PERMITTED_DATA_LENGTH);
    }
    return Rent.minimumBalance(len);
  }
}
