package doublezero.sdk.solana.rpc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import doublezero.sdk.solana.key.Base58;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/// Matches accounts whose data holds `bytes` at `offset`:
/// `{"memcmp":{"offset":n,"bytes":"…","encoding":"base58"|"base64"}}`.
///
/// @param offset byte offset in the account data (>= 0)
/// @param bytes the bytes to compare (copied)
/// @param encoding how the bytes are written in the request
public record MemcmpFilter(long offset, byte[] bytes, Encoding encoding) implements AccountFilter {

  /// The text encoding of the compared bytes in the request.
  public enum Encoding {
    /// base58, the default of every node version.
    BASE58,
    /// base64 (node 1.14+).
    BASE64
  }

  /// Copies `bytes`.
  ///
  /// @throws IllegalArgumentException when offset is negative
  public MemcmpFilter {
    if (offset < 0) {
      throw new IllegalArgumentException("memcmp offset must be >= 0, got " + offset);
    }
    Objects.requireNonNull(encoding, "encoding");
    bytes = bytes.clone();
  }

  /// @return a copy of the compared bytes
  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public ObjectNode toJson() {
    ObjectNode memcmp = RpcJson.object();
    memcmp.put("offset", offset);
    switch (encoding) {
      case BASE58 -> memcmp.put("bytes", Base58.encode(bytes)).put("encoding", "base58");
      case BASE64 ->
          memcmp.put("bytes", Base64.getEncoder().encodeToString(bytes)).put("encoding", "base64");
    }
    ObjectNode o = RpcJson.object();
    o.set("memcmp", memcmp);
    return o;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MemcmpFilter m
        && offset == m.offset
        && Arrays.equals(bytes, m.bytes)
        && encoding == m.encoding;
  }

  @Override
  public int hashCode() {
    return Objects.hash(offset, Arrays.hashCode(bytes), encoding);
  }

  @Override
  public String toString() {
    return "MemcmpFilter[offset="
        + offset
        + ", bytes="
        + Base58.encode(bytes)
        + ", encoding="
        + encoding
        + "]";
  }
}
