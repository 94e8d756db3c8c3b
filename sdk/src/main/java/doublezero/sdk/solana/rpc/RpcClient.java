package doublezero.sdk.solana.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.JsonRpcTransport.RetryPolicy;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/// A blocking Solana JSON-RPC client over the JDK's `java.net.http` (Solana JSON-RPC HTTP methods).
/// Thread-safe; meant to be called from virtual threads.
///
/// Every method throws [RpcException]: [RpcErrorKind#JSON_RPC] for an error answer (never retried),
/// [RpcErrorKind#HTTP] / [RpcErrorKind#TRANSPORT] once retries are exhausted (see
/// [RpcClientConfig]), and [RpcErrorKind#MALFORMED_RESPONSE] when the answer does not have the
/// documented shape. All u64 values (lamports, slots, rentEpoch) are read exactly and held in longs
/// (print with `Long.toUnsignedString`).
public final class RpcClient implements AutoCloseable {
  private final JsonRpcTransport transport;
  private final RpcClientConfig config;
  private final HttpClient http;
  private final boolean ownsHttp;

  /// @param url the node's HTTP(S) JSON-RPC URL, e.g. `https://api.devnet.solana.com`
  /// @param config timeouts, retries and default commitment
  /// @throws IllegalArgumentException when the URL is not http(s)
  public RpcClient(String url, RpcClientConfig config) {
    this(
        URI.create(url),
        config,
        HttpClient.newBuilder().connectTimeout(config.timeout()).build(),
        true);
  }

  /// @param url the node's JSON-RPC URL
  /// @param config timeouts, retries and default commitment
  /// @param http the HTTP client to use (not closed by [#close()])
  public RpcClient(URI url, RpcClientConfig config, HttpClient http) {
    this(url, config, http, false);
  }

  private RpcClient(URI url, RpcClientConfig config, HttpClient http, boolean ownsHttp) {
    String scheme = url.getScheme();
    if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
      throw new IllegalArgumentException("RPC URL must be http or https, got " + url);
    }
    this.config = Objects.requireNonNull(config, "config");
    this.http = http;
    this.ownsHttp = ownsHttp;
    this.transport = new JsonRpcTransport(http, url, config);
  }

  /// @return the node's URL
  public String url() {
    return transport.url();
  }

  /// @return this client's configuration
  public RpcClientConfig config() {
    return config;
  }

  /// Sends any JSON-RPC method; the escape hatch for methods without a typed wrapper.
  ///
  /// @param method the JSON-RPC method name
  /// @param params the positional parameters
  /// @return the `result` member
  public JsonNode call(String method, ArrayNode params) {
    return transport.call(method, params, RetryPolicy.TRANSIENT);
  }

  /// `getAccountInfo` with the default commitment and the whole data.
  ///
  /// @param account the address
  /// @return the account, empty when it does not exist
  public Optional<AccountInfo> getAccountInfo(PublicKey account) {
    return getAccountInfo(account, config.commitment(), null);
  }

  /// `getAccountInfo` with `encoding: base64`.
  ///
  /// @param account the address
  /// @param commitment the bank to read
  /// @param slice part of the data to return, or null for all of it
  /// @return the account, empty when it does not exist
  public Optional<AccountInfo> getAccountInfo(
      PublicKey account, Commitment commitment, DataSlice slice) {
    ObjectNode opts = options(commitment).put("encoding", "base64");
    if (slice != null) {
      opts.putObject("dataSlice").put("offset", slice.offset()).put("length", slice.length());
    }
    JsonNode value =
        decode(
            "getAccountInfo",
            () -> contextValue(call("getAccountInfo", params().add(account.toBase58()).add(opts))));
    return decode(
        "getAccountInfo",
        () -> value.isNull() ? Optional.empty() : Optional.of(AccountInfo.fromJson(value)));
  }

  /// `getMultipleAccounts` with `encoding: base64` (the node allows up to 100 keys per call).
  ///
  /// @param accounts the addresses
  /// @return one entry per address, in order; empty when that account does not exist
  public List<Optional<AccountInfo>> getMultipleAccounts(List<PublicKey> accounts) {
    ArrayNode keys = RpcJson.mapper().createArrayNode();
    accounts.forEach(k -> keys.add(k.toBase58()));
    JsonNode result =
        call(
            "getMultipleAccounts",
            params().add(keys).add(options(config.commitment()).put("encoding", "base64")));
    return decode(
        "getMultipleAccounts",
        () -> {
          List<Optional<AccountInfo>> out = new ArrayList<>();
          contextValue(result)
              .forEach(
                  v ->
                      out.add(
                          v.isNull() ? Optional.empty() : Optional.of(AccountInfo.fromJson(v))));
          return out;
        });
  }

  /// `getProgramAccounts` with `encoding: base64`.
  ///
  /// @param programId the owning program
  /// @param filters `dataSize` / `memcmp` filters, all of which must match
  /// @return the matching accounts, in the node's order
  public List<KeyedAccount> getProgramAccounts(PublicKey programId, List<AccountFilter> filters) {
    ObjectNode opts = options(config.commitment()).put("encoding", "base64");
    if (!filters.isEmpty()) {
      ArrayNode f = opts.putArray("filters");
      filters.forEach(filter -> f.add(filter.toJson()));
    }
    JsonNode result = call("getProgramAccounts", params().add(programId.toBase58()).add(opts));
    return decode(
        "getProgramAccounts",
        () -> {
          if (!result.isArray()) {
            throw RpcException.malformed(
                "getProgramAccounts result must be an array, got " + RpcJson.describe(result));
          }
          List<KeyedAccount> out = new ArrayList<>();
          result.forEach(a -> out.add(KeyedAccount.fromJson(a)));
          return out;
        });
  }

  /// @return `getLatestBlockhash` at the default commitment
  public LatestBlockhash getLatestBlockhash() {
    return getLatestBlockhash(config.commitment());
  }

  /// @param commitment the bank to read
  /// @return the latest blockhash, its last valid block height and the context slot
  public LatestBlockhash getLatestBlockhash(Commitment commitment) {
    JsonNode result = call("getLatestBlockhash", params().add(options(commitment)));
    return decode(
        "getLatestBlockhash",
        () -> {
          JsonNode value = contextValue(result);
          return new LatestBlockhash(
              RpcJson.text(value, "blockhash"),
              RpcJson.u64(value, "lastValidBlockHeight"),
              RpcJson.u64(result.path("context"), "slot"));
        });
  }

  /// `sendTransaction` with `encoding: base64`. Retried only on transport failures (no HTTP
  /// answer); a resend of the same signed bytes cannot land twice.
  ///
  /// @param transaction the signed, serialized transaction (wire bytes)
  /// @param options preflight and node retry options
  /// @return the transaction signature (base58)
  /// @throws RpcException a preflight failure has code -32002 and exposes
  ///   [RpcException#transactionError()] and [RpcException#logs()]
  public String sendTransaction(byte[] transaction, SendOptions options) {
    ObjectNode opts =
        RpcJson.object()
            .put("encoding", "base64")
            .put("skipPreflight", options.skipPreflight())
            .put(
                "preflightCommitment",
                options.preflightCommitment().orElse(config.commitment()).wireName());
    options.maxRetries().ifPresent(n -> opts.put("maxRetries", n));
    JsonNode result =
        transport.call(
            "sendTransaction",
            params().add(Base64.getEncoder().encodeToString(transaction)).add(opts),
            RetryPolicy.TRANSPORT_ONLY);
    return decode("sendTransaction", () -> textResult(result));
  }

  /// `simulateTransaction` with `encoding: base64`.
  ///
  /// @param transaction the serialized transaction (signed unless sigVerify is off)
  /// @param options signature check, blockhash replacement, commitment
  /// @return the simulation's error, logs and units consumed
  public SimulationResult simulateTransaction(byte[] transaction, SimulateOptions options) {
    ObjectNode opts =
        options(options.commitment().orElse(config.commitment()))
            .put("encoding", "base64")
            .put("sigVerify", options.sigVerify())
            .put("replaceRecentBlockhash", options.replaceRecentBlockhash());
    JsonNode result =
        call(
            "simulateTransaction",
            params().add(Base64.getEncoder().encodeToString(transaction)).add(opts));
    return decode(
        "simulateTransaction",
        () ->
            SimulationResult.fromJson(
                RpcJson.u64(result.path("context"), "slot"), contextValue(result)));
  }

  /// `getSignatureStatuses`.
  ///
  /// @param signatures transaction signatures (base58), at most 256
  /// @param searchHistory also search the ledger beyond the recent status cache
  /// @return one entry per signature, in order; empty when the node does not know it
  public List<Optional<SignatureStatus>> getSignatureStatuses(
      List<String> signatures, boolean searchHistory) {
    ArrayNode sigs = RpcJson.mapper().createArrayNode();
    signatures.forEach(sigs::add);
    JsonNode result =
        call(
            "getSignatureStatuses",
            params()
                .add(sigs)
                .add(RpcJson.object().put("searchTransactionHistory", searchHistory)));
    return decode(
        "getSignatureStatuses",
        () -> {
          List<Optional<SignatureStatus>> out = new ArrayList<>();
          contextValue(result)
              .forEach(
                  v ->
                      out.add(
                          v.isNull()
                              ? Optional.empty()
                              : Optional.of(SignatureStatus.fromJson(v))));
          return out;
        });
  }

  /// `getTransaction` with `encoding: base64`, `maxSupportedTransactionVersion: 0` and the default
  /// commitment (`processed` is not supported by the node and is raised to `confirmed`).
  ///
  /// @param signature the transaction signature (base58)
  /// @return the transaction, empty when the node does not have it (yet)
  public Optional<TransactionDetails> getTransaction(String signature) {
    Commitment c =
        config.commitment() == Commitment.PROCESSED ? Commitment.CONFIRMED : config.commitment();
    ObjectNode opts = options(c).put("encoding", "base64").put("maxSupportedTransactionVersion", 0);
    JsonNode result = call("getTransaction", params().add(signature).add(opts));
    return decode(
        "getTransaction",
        () ->
            result.isNull() ? Optional.empty() : Optional.of(TransactionDetails.fromJson(result)));
  }

  /// `getSignaturesForAddress`: the transactions that list `address` among their account keys,
  /// newest first.
  ///
  /// @param address the account
  /// @param options limit, paging signatures and commitment (`processed` is raised to `confirmed`)
  /// @return the entries, newest first; empty for an address the node has no transaction of
  public List<SignatureInfo> getSignaturesForAddress(
      PublicKey address, SignaturesForAddressOptions options) {
    Commitment c = options.commitment().orElse(config.commitment());
    ObjectNode opts =
        options(c == Commitment.PROCESSED ? Commitment.CONFIRMED : c).put("limit", options.limit());
    options.before().ifPresent(b -> opts.put("before", b));
    options.until().ifPresent(u -> opts.put("until", u));
    JsonNode result = call("getSignaturesForAddress", params().add(address.toBase58()).add(opts));
    return decode(
        "getSignaturesForAddress",
        () -> {
          if (!result.isArray()) {
            throw RpcException.malformed(
                "result must be an array, got " + RpcJson.describe(result));
          }
          List<SignatureInfo> out = new ArrayList<>();
          result.forEach(n -> out.add(SignatureInfo.fromJson(n)));
          return out;
        });
  }

  /// @param account the address
  /// @return `getBalance`: the balance in lamports (u64), 0 for a missing account
  public long getBalance(PublicKey account) {
    JsonNode result =
        call("getBalance", params().add(account.toBase58()).add(options(config.commitment())));
    return decode("getBalance", () -> RpcJson.u64Value(contextValue(result), "value"));
  }

  /// `requestAirdrop` (test validators, devnet, localnet).
  ///
  /// @param account the recipient
  /// @param lamports the amount (u64)
  /// @return the airdrop transaction signature (base58)
  public String requestAirdrop(PublicKey account, long lamports) {
    JsonNode result =
        call(
            "requestAirdrop",
            params()
                .add(account.toBase58())
                .add(unsigned(lamports))
                .add(options(config.commitment())));
    return decode("requestAirdrop", () -> textResult(result));
  }

  /// @param dataLength account data length in bytes
  /// @return `getMinimumBalanceForRentExemption`: lamports (u64)
  public long getMinimumBalanceForRentExemption(long dataLength) {
    JsonNode result =
        call(
            "getMinimumBalanceForRentExemption",
            params().add(dataLength).add(options(config.commitment())));
    return decode("getMinimumBalanceForRentExemption", () -> RpcJson.u64Value(result, "result"));
  }

  /// @return `getEpochInfo` at the default commitment
  public EpochInfo getEpochInfo() {
    JsonNode result = call("getEpochInfo", params().add(options(config.commitment())));
    return decode("getEpochInfo", () -> EpochInfo.fromJson(result));
  }

  /// @return `getSlot` at the default commitment (u64)
  public long getSlot() {
    return getSlot(config.commitment());
  }

  /// @param commitment the bank to read
  /// @return `getSlot` (u64)
  public long getSlot(Commitment commitment) {
    JsonNode result = call("getSlot", params().add(options(commitment)));
    return decode("getSlot", () -> RpcJson.u64Value(result, "result"));
  }

  /// @param commitment the bank to read
  /// @return `getBlockHeight` (u64)
  public long getBlockHeight(Commitment commitment) {
    JsonNode result = call("getBlockHeight", params().add(options(commitment)));
    return decode("getBlockHeight", () -> RpcJson.u64Value(result, "result"));
  }

  /// @return `getVersion`
  public NodeVersion getVersion() {
    JsonNode result = call("getVersion", params());
    return decode("getVersion", () -> NodeVersion.fromJson(result));
  }

  /// @return `getHealth`: `ok`
  /// @throws RpcException code -32005 ([RpcException#NODE_UNHEALTHY]) when the node is unhealthy or
  ///   behind
  public String getHealth() {
    JsonNode result = call("getHealth", params());
    return decode("getHealth", () -> textResult(result));
  }

  /// @return `getGenesisHash` (base58), which names the cluster
  public String getGenesisHash() {
    JsonNode result = call("getGenesisHash", params());
    return decode("getGenesisHash", () -> textResult(result));
  }

  /// @param base64Message a serialized transaction message, base64
  /// @return `getFeeForMessage`: the fee in lamports, empty when the message's blockhash has
  ///   expired
  public OptionalLong getFeeForMessage(String base64Message) {
    JsonNode result =
        call("getFeeForMessage", params().add(base64Message).add(options(config.commitment())));
    return decode(
        "getFeeForMessage",
        () -> {
          JsonNode v = contextValue(result);
          return v.isNull() ? OptionalLong.empty() : OptionalLong.of(RpcJson.u64Value(v, "value"));
        });
  }

  /// @param blockhash a blockhash (base58)
  /// @return `isBlockhashValid` at the default commitment
  public boolean isBlockhashValid(String blockhash) {
    JsonNode result =
        call("isBlockhashValid", params().add(blockhash).add(options(config.commitment())));
    return decode(
        "isBlockhashValid",
        () -> {
          JsonNode v = contextValue(result);
          if (!v.isBoolean()) {
            throw RpcException.malformed("value must be a boolean, got " + RpcJson.describe(v));
          }
          return v.booleanValue();
        });
  }

  /// Polls `getSignatureStatuses` every [RpcClientConfig#pollInterval()] until the transaction
  /// reaches `commitment`.
  ///
  /// @param signature the transaction signature (base58)
  /// @param commitment the level to wait for
  /// @param lastValidBlockHeight the `lastValidBlockHeight` of the transaction's blockhash
  /// @param timeout the longest time to wait
  /// @return the status; check [SignatureStatus#err()]: a transaction that landed and failed is
  ///   returned, not thrown
  /// @throws ConfirmationException [ConfirmationFailure#BLOCKHASH_EXPIRED] or
  ///   [ConfirmationFailure#TIMEOUT]
  public SignatureStatus confirmTransaction(
      String signature, Commitment commitment, long lastValidBlockHeight, Duration timeout) {
    return new TransactionConfirmer(this)
        .confirm(signature, commitment, lastValidBlockHeight, timeout);
  }

  /// Closes the HTTP client when this client created it.
  @Override
  public void close() {
    if (ownsHttp) {
      http.close();
    }
  }

  private static ArrayNode params() {
    return RpcJson.mapper().createArrayNode();
  }

  private static ObjectNode options(Commitment commitment) {
    return RpcJson.object().put("commitment", commitment.wireName());
  }

  private static JsonNode unsigned(long u64) {
    return RpcJson.mapper().getNodeFactory().numberNode(new BigInteger(Long.toUnsignedString(u64)));
  }

  private static JsonNode contextValue(JsonNode result) {
    if (!result.isObject() || !result.has("value")) {
      throw RpcException.malformed(
          "expected {\"context\":…,\"value\":…}, got " + RpcJson.describe(result));
    }
    return result.get("value");
  }

  private static String textResult(JsonNode result) {
    if (!result.isTextual()) {
      throw RpcException.malformed("result must be a string, got " + RpcJson.describe(result));
    }
    return result.textValue();
  }

  private <T> T decode(String method, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (RpcException e) {
      if (e.kind() != RpcErrorKind.MALFORMED_RESPONSE || e.url() != null) {
        throw e;
      }
      throw new RpcException(
          RpcErrorKind.MALFORMED_RESPONSE,
          url(),
          method,
          0,
          200,
          method + " at " + url() + ": " + e.getMessage(),
          null,
          e);
    }
  }
}
