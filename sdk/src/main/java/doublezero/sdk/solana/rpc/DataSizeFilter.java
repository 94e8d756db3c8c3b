package doublezero.sdk.solana.rpc;

import com.fasterxml.jackson.databind.node.ObjectNode;

/// Matches accounts whose data is exactly `size` bytes long: `{"dataSize": size}`.
///
/// @param size data length in bytes (>= 0)
public record DataSizeFilter(long size) implements AccountFilter {
  /// @throws IllegalArgumentException when size is negative
  public DataSizeFilter {
    if (size < 0) {
      throw new IllegalArgumentException("dataSize must be >= 0, got " + size);
    }
  }

  @Override
  public ObjectNode toJson() {
    ObjectNode o = RpcJson.object();
    o.put("dataSize", size);
    return o;
  }
}
