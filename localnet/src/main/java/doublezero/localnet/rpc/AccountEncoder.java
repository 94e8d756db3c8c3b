package doublezero.localnet.rpc;

import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import doublezero.localnet.ledger.Account;
import doublezero.sdk.solana.key.Base58;
import doublezero.sdk.solana.key.PublicKey;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/// Renders accounts as Solana's `UiAccount`: `{data, executable, lamports, owner, rentEpoch,
/// space}` with data in the requested encoding (`binary` legacy string, `base58`, `base64`,
/// `jsonParsed` falling back to base64) and an optional `dataSlice {offset, length}`. `base64+zstd`
/// is refused with a clear -32602 error.
public final class AccountEncoder {
  private final String encoding;
  private final int sliceOffset;
  private final int sliceLength;

  private AccountEncoder(String encoding, int sliceOffset, int sliceLength) {
    this.encoding = encoding;
    this.sliceOffset = sliceOffset;
    this.sliceLength = sliceLength;
  }

  /// Reads `encoding` and `dataSlice` from a config object.
  ///
  /// @param config the config
  /// @param defaultEncoding encoding when none is given (`binary` for getAccountInfo, as Solana)
  /// @throws RpcException -32602 on an unknown or unsupported encoding or a bad slice
  public static AccountEncoder from(JsonNode config, String defaultEncoding) {
    String enc = config.path("encoding").asText(defaultEncoding);
    switch (enc) {
      case "binary", "base58", "base64", "jsonParsed" -> {}
      case "base64+zstd" ->
          throw RpcException.invalidParams(
              "encoding `base64+zstd` is not supported by this ledger; use `base64`");
      default ->
          throw RpcException.invalidParams(
              "unknown variant `"
                  + enc
                  + "`, expected one of `binary`, `base58`, `base64`, `jsonParsed`, `base64+zstd`");
    }
    JsonNode slice = config.path("dataSlice");
    if (slice.isMissingNode() || slice.isNull()) {
      return new AccountEncoder(enc, 0, -1);
    }
    JsonNode off = slice.path("offset");
    JsonNode len = slice.path("length");
    if (!off.isIntegralNumber()
        || !len.isIntegralNumber()
        || off.asLong() < 0
        || len.asLong() < 0) {
      throw RpcException.invalidParams("dataSlice needs unsigned integer `offset` and `length`");
    }
    return new AccountEncoder(
        enc,
        (int) Math.min(off.asLong(), Integer.MAX_VALUE),
        (int) Math.min(len.asLong(), Integer.MAX_VALUE));
  }

  /// The JSON object for `a` (null stays null).
  ///
  /// @throws RpcException -32600 when base58 would exceed Solana's 128-byte limit
  public Map<String, Object> encode(Account a) {
    if (a == null) {
      return null;
    }
    byte[] data = slice(a.data());
    Object rendered =
        switch (encoding) {
          case "binary" -> base58Checked(data);
          case "base58" -> List.of(base58Checked(data), "base58");
          default -> List.of(Base64.getEncoder().encodeToString(data), "base64");
        };
    return Json.obj(
        "data",
        rendered,
        "executable",
        a.executable(),
        "lamports",
        Json.u64(a.lamports()),
        "owner",
        Base58.encode(a.owner().toBytes()),
        "rentEpoch",
        Json.u64(a.rentEpoch()),
        "space",
        a.data().length);
  }

  /// Checks, before any output is written, that every account of `accounts` can be rendered
  /// (base58's 128-byte limit), so a streamed response never fails half-way.
  ///
  /// @throws RpcException -32600 when one cannot
  public void checkAll(Iterable<Account> accounts) {
    if (!encoding.equals("binary") && !encoding.equals("base58")) {
      return;
    }
    for (Account a : accounts) {
      if (a != null) {
        base58Checked(slice(a.data()));
      }
    }
  }

  /// Writes the same object as {@link #encode} straight to `g` (base64 without an intermediate
  /// string); `owners` memoises owner addresses across one response.
  ///
  /// @throws IOException from the generator
  public void write(JsonGenerator g, Account a, Map<PublicKey, String> owners) throws IOException {
    if (a == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeFieldName("data");
    int from = sliceLength < 0 ? 0 : Math.min(sliceOffset, a.data().length);
    int to =
        sliceLength < 0
            ? a.data().length
            : (int) Math.min((long) from + sliceLength, a.data().length);
    switch (encoding) {
      case "binary" -> g.writeString(base58Checked(Arrays.copyOfRange(a.data(), from, to)));
      case "base58" -> {
        g.writeStartArray();
        g.writeString(base58Checked(Arrays.copyOfRange(a.data(), from, to)));
        g.writeString("base58");
        g.writeEndArray();
      }
      default -> {
        g.writeStartArray();
        g.writeBinary(Base64Variants.MIME_NO_LINEFEEDS, a.data(), from, to - from);
        g.writeString("base64");
        g.writeEndArray();
      }
    }
    g.writeBooleanField("executable", a.executable());
    g.writeFieldName("lamports");
    writeU64(g, a.lamports());
    g.writeStringField("owner", owners.computeIfAbsent(a.owner(), o -> Base58.encode(o.toBytes())));
    g.writeFieldName("rentEpoch");
    writeU64(g, a.rentEpoch());
    g.writeNumberField("space", a.data().length);
    g.writeEndObject();
  }

  /// Two encoders are equal when they render every account the same way (same encoding and data
  /// slice), so a rendering can be shared between the subscriptions that use them.
  @Override
  public boolean equals(Object o) {
    return o instanceof AccountEncoder e
        && e.encoding.equals(encoding)
        && e.sliceOffset == sliceOffset
        && e.sliceLength == sliceLength;
  }

  @Override
  public int hashCode() {
    return (encoding.hashCode() * 31 + sliceOffset) * 31 + sliceLength;
  }

  /// Writes a u64 held in a long.
  static void writeU64(JsonGenerator g, long v) throws IOException {
    if (v >= 0) {
      g.writeNumber(v);
    } else {
      g.writeNumber(new BigInteger(Long.toUnsignedString(v)));
    }
  }

  private byte[] slice(byte[] data) {
    if (sliceLength < 0) {
      return data;
    }
    int from = Math.min(sliceOffset, data.length);
    int to = (int) Math.min((long) from + sliceLength, data.length);
    return Arrays.copyOfRange(data, from, to);
  }

  private static String base58Checked(byte[] data) {
    if (data.length > 128) {
      throw new RpcException(
          RpcException.INVALID_REQUEST,
          "Encoded binary (base 58) data should be less than 128 bytes, please use Base64"
              + " encoding.",
          null);
    }
    return Base58.encode(data);
  }
}
