package doublezero.sdk.solana.rpc;

import com.fasterxml.jackson.databind.node.ObjectNode;

/// A `getProgramAccounts` / `programSubscribe` filter: the node returns only accounts matching
/// every filter. Solana JSON-RPC `getProgramAccounts` ("Filters").
public sealed interface AccountFilter permits DataSizeFilter, MemcmpFilter {
  /// @return the filter as JSON, e.g. `{"dataSize":165}` or
  ///   `{"memcmp":{"offset":0,"bytes":"…","encoding":"base58"}}`
  ObjectNode toJson();

  /// @param size the exact account data length in bytes
  /// @return a `dataSize` filter
  static AccountFilter dataSize(long size) {
    return new DataSizeFilter(size);
  }

  /// @param offset where the bytes must start in the account data
  /// @param bytes the bytes to match, sent in base58
  /// @return a `memcmp` filter
  static AccountFilter memcmp(long offset, byte[] bytes) {
    return new MemcmpFilter(offset, bytes, MemcmpFilter.Encoding.BASE58);
  }

  /// @param offset where the bytes must start in the account data
  /// @param bytes the bytes to match, sent in base64 (no 128-byte limit of base58 on the node)
  /// @return a `memcmp` filter
  static AccountFilter memcmpBase64(long offset, byte[] bytes) {
    return new MemcmpFilter(offset, bytes, MemcmpFilter.Encoding.BASE64);
  }
}
