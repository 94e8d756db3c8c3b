package doublezero.bench;

import doublezero.sdk.environment.Environment;
import doublezero.sdk.solana.key.PublicKey;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/// A `getProgramAccounts` JSON-RPC response body as a Solana node sends it for the serviceability
/// program with `encoding: base64` and no filter:
/// `{"jsonrpc":"2.0","result":[{"account":{"data":["<b64>","base64"],
/// "executable":false,"lamports":…,"owner":"ser2…","rentEpoch":18446744073709551615,"space":…},"pubkey":"…"},…],
/// "id":1}`. Accounts are derived from [SampleAccounts] (80 % User, 10 % Device, 10 % Link,
/// shuffled), with rent-exempt lamports for their size. Deterministic for a given seed.
public final class ProgramAccountsResponse {
  /// The share of User accounts in the mix, in percent.
  public static final int USER_PERCENT = 80;

  /// The share of Device accounts in the mix, in percent (the rest are Link accounts).
  public static final int DEVICE_PERCENT = 10;

  private static final long LAMPORTS_PER_BYTE_YEAR = 3480;
  private static final long ACCOUNT_STORAGE_OVERHEAD = 128;

  private ProgramAccountsResponse() {}

  /// @param samples the account templates
  /// @param count number of accounts
  /// @param seed random seed
  /// @return the response body, UTF-8
  public static byte[] build(SampleAccounts samples, int count, long seed) {
    Random rnd = new Random(seed);
    List<Character> kinds = new ArrayList<>(count);
    int users = count * USER_PERCENT / 100;
    int devices = count * DEVICE_PERCENT / 100;
    for (int i = 0; i < count; i++) {
      kinds.add(i < users ? 'U' : i < users + devices ? 'D' : 'L');
    }
    Collections.shuffle(kinds, rnd);
    String owner = Environment.MAINNET_BETA.serviceabilityProgramId().toBase58();
    StringBuilder sb = new StringBuilder(count * 640);
    sb.append("{\"jsonrpc\":\"2.0\",\"result\":[");
    for (int i = 0; i < count; i++) {
      byte[] data =
          switch (kinds.get(i)) {
            case 'U' -> samples.user(rnd).encode();
            case 'D' -> samples.device(rnd).encode();
            default -> samples.link(rnd).encode();
          };
      if (i > 0) {
        sb.append(',');
      }
      appendAccount(sb, SampleAccounts.key(rnd), data, owner);
    }
    sb.append("],\"id\":1}");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void appendAccount(StringBuilder sb, PublicKey pubkey, byte[] data, String owner) {
    long lamports = (ACCOUNT_STORAGE_OVERHEAD + data.length) * LAMPORTS_PER_BYTE_YEAR * 2;
    sb.append("{\"account\":{\"data\":[\"")
        .append(Base64.getEncoder().encodeToString(data))
        .append("\",\"base64\"],\"executable\":false,\"lamports\":")
        .append(lamports)
        .append(",\"owner\":\"")
        .append(owner)
        .append("\",\"rentEpoch\":18446744073709551615,\"space\":")
        .append(data.length)
        .append("},\"pubkey\":\"")
        .append(pubkey.toBase58())
        .append("\"}");
  }
}
