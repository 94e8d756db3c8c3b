package doublezero.sdk.solana.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/// An account as the node reports it with `encoding: base64` (Solana JSON-RPC `getAccountInfo`).
///
/// @param lamports balance in lamports (u64 held in a long)
/// @param owner the owning program
/// @param data the account data (copied in and out)
/// @param executable whether the account holds a program
/// @param rentEpoch the next rent epoch (u64 held in a long; u64::MAX, i.e. `-1L`, for rent-exempt
///   accounts)
/// @param space the data length the node reports (u64); equals `data.length` unless a data slice
///   was asked
public record AccountInfo(
    long lamports, PublicKey owner, byte[] data, boolean executable, long rentEpoch, long space) {

  /// Copies `data`.
  public AccountInfo {
    Objects.requireNonNull(owner, "owner");
    data = data.clone();
  }

  /// @return a copy of the account data
  @Override
  public byte[] data() {
    return data.clone();
  }

  /// Parses
  /// `{"data":["<base64>","base64"],"executable":…,"lamports":…,"owner":"…","rentEpoch":…,"space":…}`.
  /// `space` may be absent (older nodes); it then defaults to the data length.
  ///
  /// @param json the account object
  /// @return the account
  /// @throws RpcException (MALFORMED_RESPONSE) when a member is missing, of the wrong type, or data
  ///   is not base64
  public static AccountInfo fromJson(JsonNode json) {
    byte[] data = base64Data(json.path("data"));
    long space = json.has("space") ? RpcJson.u64(json, "space") : data.length;
    return new AccountInfo(
        RpcJson.u64(json, "lamports"),
        RpcJson.publicKey(json, "owner"),
        data,
        RpcJson.bool(json, "executable"),
        RpcJson.u64(json, "rentEpoch"),
        space);
  }

  private static byte[] base64Data(JsonNode data) {
    if (!data.isArray()
        || data.size() != 2
        || !data.get(0).isTextual()
        || !"base64".equals(data.get(1).asText())) {
      throw RpcException.malformed(
          "account data must be [\"<base64>\", \"base64\"], got " + RpcJson.describe(data));
    }
    try {
      return Base64.getDecoder().decode(data.get(0).textValue());
    } catch (IllegalArgumentException e) {
      throw RpcException.malformed("account data is not base64: " + e.getMessage());
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AccountInfo a
        && lamports == a.lamports
        && owner.equals(a.owner)
        && Arrays.equals(data, a.data)
        && executable == a.executable
        && rentEpoch == a.rentEpoch
        && space == a.space;
  }

  @Override
  public int hashCode() {
    return Objects.hash(lamports, owner, Arrays.hashCode(data), executable, rentEpoch, space);
  }

  @Override
  public String toString() {
    return "AccountInfo[lamports="
        + Long.toUnsignedString(lamports)
        + ", owner="
        + owner
        + ", data="
        + data.length
        + " bytes, executable="
        + executable
        + ", rentEpoch="
        + Long.toUnsignedString(rentEpoch)
        + ", space="
        + Long.toUnsignedString(space)
        + "]";
  }
}
