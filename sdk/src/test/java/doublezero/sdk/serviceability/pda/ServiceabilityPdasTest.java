package doublezero.sdk.serviceability.pda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.ProgramDerivedAddress;
import doublezero.sdk.solana.key.PublicKey;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/// PDA vectors of `serviceability-state.md` §6.3, plus solanaj's `findProgramAddress` as an
/// independent oracle.
class ServiceabilityPdasTest {
  static final PublicKey MAINNET =
      PublicKey.fromBase58("ser2VaTMAcYTaauMrTSfSrxBaUDq7BLNs2xfUugTAGv");
  static final PublicKey TESTNET =
      PublicKey.fromBase58("DZtnuQ839pSaDMFG5q1ad2V95G82S5EC4RrB3Ndw2Heb");
  static final PublicKey DEVNET =
      PublicKey.fromBase58("GYhQDKuESrasNZGyhMJhGYFtbzNijYhcrN9poSqCQVah");
  static final PublicKey LOCAL =
      PublicKey.fromBase58("7CTniUa88iJKUHTrCkB4TjAoG6TD7AMivhQeuqN2LPtX");

  /// The fixture conventions of §8.2: [0x91, 0 × 31] and [0x40, 0 × 31].
  static final PublicKey PAYER = keyStartingWith(0x91);

  static final PublicKey DEVICE = keyStartingWith(0x40);

  static PublicKey keyStartingWith(int first) {
    byte[] b = new byte[32];
    b[0] = (byte) first;
    return PublicKey.of(b);
  }

  static void assertPda(ProgramDerivedAddress pda, String address, int bump) {
    assertThat(pda.address().toBase58()).isEqualTo(address);
    assertThat(pda.bump()).isEqualTo(bump);
  }

  @Test
  void singletonsOnEveryEnvironment() {
    assertPda(
        ServiceabilityPdas.globalState(TESTNET),
        "5cNB1387r3wt3aBAT1uoTge7y1LAadWkC9DFQ3F89Dt6",
        255);
    assertPda(
        ServiceabilityPdas.globalConfig(TESTNET),
        "8uA3su1WQPXvnhN5DhNueXrmizA8CY7dE5sj1vXkAWnf",
        254);
    assertPda(
        ServiceabilityPdas.programConfig(TESTNET),
        "64GnM7vWSr7PJkqaeiVV7HMxs8o3WjsBcRvm1j75BcAE",
        255);
    assertPda(
        ServiceabilityPdas.globalState(MAINNET),
        "9krR83okkMCRqtmtJ2uLVmgfXyGfD1h7tEo2Q2wsqXjs",
        255);
    assertPda(
        ServiceabilityPdas.globalConfig(MAINNET),
        "7jiLhZvcERnAPKnobALqAKGZwe7BR23cUYvrkZCgp5Sy",
        254);
    assertPda(
        ServiceabilityPdas.programConfig(MAINNET),
        "AygqqJuwTuG8RQ3x1mT8jXcug3dbQKCLyXCKjC1yrxWD",
        255);
    assertPda(
        ServiceabilityPdas.globalState(DEVNET),
        "Fh2p5sDLwsmAWpmmjM14FqRKYkDgRWCBbpa7Mgrv6iGM",
        255);
    assertPda(
        ServiceabilityPdas.globalConfig(DEVNET),
        "8TXwVgWNcg49cbKdFWtPvuQxYTZDuQU9Ei38zswGPnJh",
        255);
    assertPda(
        ServiceabilityPdas.programConfig(DEVNET),
        "14MFRMJ2smurwWKXCdDVTmZ3cB5wguP94PprpwhUfZjW",
        254);
    assertPda(
        ServiceabilityPdas.globalState(LOCAL), "BDyMLcbs3S9MaaSKhcshb5HHfV9j8kwhgmfFR4ULb8Be", 255);
    assertPda(
        ServiceabilityPdas.globalConfig(LOCAL),
        "Bwyq7Q25F8DF2HS6UKrd8xEWq6LZu1y7s9m6FtViuvHX",
        253);
    assertPda(
        ServiceabilityPdas.programConfig(LOCAL),
        "FHN1ipPzVqhQY67VzNRdZCwZfsF5QAG5de8zXwFuaMeK",
        255);
  }

  @Test
  void indexSeededAccounts() {
    assertPda(
        ServiceabilityPdas.location(MAINNET, U128.ofUnsigned(1)),
        "3zWepKPLw24vgpQkHCFsjqi5XKdWbMi9ETuhppPWUMWx",
        253);
    assertPda(
        ServiceabilityPdas.device(MAINNET, U128.ofUnsigned(7)),
        "71sWeAiyWoPddinc4fpQNGgTRztkSftSEAck6we8TtSA",
        250);
    assertPda(
        ServiceabilityPdas.multicastGroup(MAINNET, U128.ofUnsigned(30)),
        "6ViRHgngFJAPywmGSQwKZhMp7dbdXd6BnH1oUVDbXyZL",
        255);
  }

  @Test
  void keyedAccounts() {
    assertPda(
        ServiceabilityPdas.userV2(MAINNET, Ipv4Address.parse("198.51.100.10"), 3),
        "Ae9UWUi1LG9bUbazxbhnfoiHgXyGPHDsjcH1ZwHj7PyT",
        255);
    assertPda(
        ServiceabilityPdas.tenant(MAINNET, "acme"),
        "HfhYHTHi9daEmpxZo7soVv8bLWXWCWJvFU48VuYjcSGG",
        247);
    assertThat(PAYER.toBase58()).isEqualTo("Am27jpDEbEnXEJSGmAcjpN59XQvmNkmTfmikzGzJWes1");
    assertPda(
        ServiceabilityPdas.accessPass(MAINNET, Ipv4Address.parse("198.51.100.20"), PAYER),
        "HTiHt2MX7hRRV81deWYB6N6b1LRy7bMKShy2nxDBMvsL",
        255);
    assertPda(
        ServiceabilityPdas.permission(MAINNET, PAYER),
        "ErfWLori4MESnxUPPK3kdpCwACW5CpPTArSE5Kt1fEmH",
        255);
  }

  @Test
  void resourceExtensions() {
    assertPda(
        ServiceabilityPdas.dzPrefixBlock(MAINNET, DEVICE, 0),
        "HnPa6KcaGBRhej7r99MpqckW9CddMsHiXMQtijyfH4oX",
        255);
    assertPda(
        ServiceabilityPdas.tunnelIds(MAINNET, DEVICE, 0),
        "AppbYxpWPskwwy6Zst9BzQD59J1mwWBDj4mhVvnideqs",
        252);
    assertPda(
        ServiceabilityPdas.linkIds(MAINNET), "9b95NFe89xXGZ8BLBbhftAnFu9TqeHspeb9m3nqPxeZv", 253);
    assertPda(
        ServiceabilityPdas.vrfIds(MAINNET), "2YaWqKCz6bWtGJzrqbFiX8pAcqNm5WvoXg3aRTHKwhEo", 254);
  }

  @Test
  void agreesWithSolanajOnEverySeedShape() throws Exception {
    byte[] idx = new byte[16];
    idx[0] = 42;
    byte[] u64 = new byte[8];
    u64[0] = 3;
    check(ServiceabilityPdas.link(DEVNET, U128.ofUnsigned(42)), DEVNET, s("link"), idx);
    check(ServiceabilityPdas.exchange(DEVNET, U128.ofUnsigned(42)), DEVNET, s("exchange"), idx);
    check(
        ServiceabilityPdas.contributor(DEVNET, U128.ofUnsigned(42)), DEVNET, s("contributor"), idx);
    check(ServiceabilityPdas.userV1(DEVNET, U128.ofUnsigned(42)), DEVNET, s("user"), idx);
    check(
        ServiceabilityPdas.reservation(LOCAL, DEVICE, PAYER),
        LOCAL,
        s("reservation"),
        DEVICE.toBytes(),
        PAYER.toBytes());
    check(
        ServiceabilityPdas.dzPrefixBlock(LOCAL, DEVICE, 3),
        LOCAL,
        s("dzprefixblock"),
        DEVICE.toBytes(),
        u64);
    check(ServiceabilityPdas.deviceTunnelBlock(TESTNET), TESTNET, s("devicetunnelblock"));
    check(ServiceabilityPdas.userTunnelBlock(TESTNET), TESTNET, s("usertunnelblock"));
    check(ServiceabilityPdas.multicastGroupBlock(TESTNET), TESTNET, s("multicastgroupblock"));
    check(
        ServiceabilityPdas.multicastPublisherBlock(TESTNET), TESTNET, s("multicastpublisherblock"));
    check(ServiceabilityPdas.segmentRoutingIds(TESTNET), TESTNET, s("segmentroutingids"));
  }

  @Test
  void u128IndexUsesBothHalvesLittleEndian() throws Exception {
    U128 big = new U128(0x0102030405060708L, 0x1112131415161718L);
    byte[] le = {0x18, 0x17, 0x16, 0x15, 0x14, 0x13, 0x12, 0x11, 8, 7, 6, 5, 4, 3, 2, 1};
    check(ServiceabilityPdas.device(MAINNET, big), MAINNET, s("device"), le);
  }

  @Test
  void rejectsImpossibleSeeds() {
    assertThatThrownBy(() -> ServiceabilityPdas.tenant(MAINNET, "x".repeat(33)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("33 bytes");
    assertThatThrownBy(() -> ServiceabilityPdas.userV2(MAINNET, Ipv4Address.UNSPECIFIED, 256))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static byte[] s(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static void check(ProgramDerivedAddress ours, PublicKey program, byte[]... seeds)
      throws Exception {
    List<byte[]> all = new java.util.ArrayList<>();
    all.add(s("doublezero"));
    all.addAll(Arrays.asList(seeds));
    var theirs =
        org.p2p.solanaj.core.PublicKey.findProgramAddress(
            all, new org.p2p.solanaj.core.PublicKey(program.toBase58()));
    assertThat(ours.address().toBase58()).isEqualTo(theirs.getAddress().toBase58());
    assertThat(ours.bump()).isEqualTo(theirs.getNonce());
  }

  @Test
  void signerSeedsRecreateEveryAddressAndStartWithThePrefix() {
    List<ProgramDerivedAddress> all =
        List.of(
            ServiceabilityPdas.globalState(LOCAL),
            ServiceabilityPdas.globalConfig(LOCAL),
            ServiceabilityPdas.location(LOCAL, U128.parse("7")),
            ServiceabilityPdas.userV2(LOCAL, Ipv4Address.parse("1.2.3.4"), 0),
            ServiceabilityPdas.accessPass(LOCAL, Ipv4Address.parse("1.2.3.4"), PAYER),
            ServiceabilityPdas.tenant(LOCAL, "t1"),
            ServiceabilityPdas.dzPrefixBlock(LOCAL, DEVICE, 1),
            ServiceabilityPdas.tunnelIds(LOCAL, DEVICE, 0));
    for (ProgramDerivedAddress pda : all) {
      List<byte[]> seeds = pda.signerSeeds();
      assertThat(PublicKey.createProgramAddress(seeds, LOCAL)).isEqualTo(pda.address());
      assertThat(new String(seeds.get(0), StandardCharsets.US_ASCII)).isEqualTo("doublezero");
      assertThat(seeds.get(seeds.size() - 1)).containsExactly((byte) pda.bump());
    }
    assertThat(ServiceabilityPdas.dzPrefixBlockSeeds(DEVICE, 1))
        .usingElementComparator(Arrays::compare)
        .isEqualTo(ServiceabilityPdas.dzPrefixBlock(LOCAL, DEVICE, 1).seeds());
  }
}
