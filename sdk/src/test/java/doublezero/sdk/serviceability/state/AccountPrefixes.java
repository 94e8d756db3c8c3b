package doublezero.sdk.serviceability.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.fields.Field;
import doublezero.sdk.fields.FieldValue;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.solana.key.PublicKey;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/// The oracle for account prefixes (reference `serviceability-state.md` §2.2, §4 "If missing", §9,
/// and the reference git history quoted in each record's documentation): which cuts of an account's
/// data decode, and to what.
///
/// Field boundaries are computed from `fields()` and the Borsh size of each value, independently of
/// the decoders (and checked against `encode()`). A cut decodes exactly when it falls on a field
/// boundary at or after the end of the account type's required fields; the fields before the cut
/// keep their values, the others take the documented defaults. ResourceExtension is the exception:
/// its bitmap has no length, so every cut from byte 88 on decodes to a shorter bitmap.
final class AccountPrefixes {
  private AccountPrefixes() {}

  /// The last required field of each account type; absent = every field is required.
  static final Map<AccountType, String> LAST_REQUIRED =
      Map.ofEntries(
          Map.entry(AccountType.GLOBAL_STATE, "_user_allowlist"),
          Map.entry(AccountType.GLOBAL_CONFIG, "user_tunnel_block"),
          Map.entry(AccountType.PROGRAM_CONFIG, "version"),
          Map.entry(AccountType.LOCATION, "country"),
          Map.entry(AccountType.EXCHANGE, "name"),
          Map.entry(AccountType.CONTRIBUTOR, "code"),
          Map.entry(AccountType.DEVICE, "dz_prefixes"),
          Map.entry(AccountType.LINK, "code"),
          Map.entry(AccountType.USER, "status"),
          Map.entry(AccountType.ACCESS_PASS, "status"),
          Map.entry(AccountType.TENANT, "administrators"));

  /// Defaults other than zero / empty / discriminant 0 (reference §2.2 table).
  private static final Map<String, FieldValue> NON_ZERO_DEFAULTS =
      Map.of(
          "GlobalConfig.next_bgp_community",
              new FieldValue.Int(FieldValue.IntType.U16, BigInteger.valueOf(10_000)),
          "Device.device_health", new FieldValue.Variant("Pending", 1),
          "Link.link_health", new FieldValue.Variant("Pending", 1),
          "Link.link_type", new FieldValue.Variant("WAN", 1));

  /// @return the end offset of each field of `account.fields()`, in order (the last one is the
  ///   encoded length); a ResourceExtension's `storage` is the raw bitmap from byte 88 to the end
  ///   (reference §4.13)
  static int[] fieldEnds(ServiceabilityAccount account) {
    List<Field> fields = account.fields();
    int[] ends = new int[fields.size()];
    int at = 0;
    for (int i = 0; i < ends.length; i++) {
      if (account instanceof ResourceExtension x && fields.get(i).name().equals("storage")) {
        at = ResourceExtension.BITMAP_OFFSET + x.bitmap().length;
      } else {
        at += size(fields.get(i).value());
      }
      ends[i] = at;
    }
    return ends;
  }

  /// @return the offset at which the required fields end
  static int requiredEnd(ServiceabilityAccount account) {
    if (account instanceof ResourceExtension) {
      return ResourceExtension.BITMAP_OFFSET;
    }
    int[] ends = fieldEnds(account);
    String last = LAST_REQUIRED.get(account.accountType());
    if (last == null) {
      return ends[ends.length - 1];
    }
    List<Field> fields = account.fields();
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).name().equals(last)) {
        return ends[i];
      }
    }
    throw new AssertionError(account.accountType() + " has no field " + last);
  }

  /// @return whether data cut to `cut` bytes must decode
  static boolean decodes(ServiceabilityAccount account, int cut) {
    if (cut < requiredEnd(account)) {
      return false;
    }
    return account instanceof ResourceExtension
        || Arrays.stream(fieldEnds(account)).anyMatch(e -> e == cut);
  }

  /// Decodes `data` cut to `cut` bytes and checks the outcome against the oracle: a
  /// [DecodeException] when the cut must not decode (any other exception propagates), else the
  /// present fields, the defaults and the re-encoding.
  ///
  /// @param full the account `data` encodes
  /// @return whether the cut decoded
  static boolean check(String label, ServiceabilityAccount full, byte[] data, int cut) {
    assertThat(fieldEnds(full))
        .as("%s: field sizes add up to the encoding", label)
        .endsWith(data.length);
    byte[] prefix = Arrays.copyOf(data, cut);
    boolean expected = decodes(full, cut);
    ServiceabilityAccount got;
    try {
      got = ServiceabilityAccounts.decode(prefix);
    } catch (DecodeException e) {
      assertThat(expected).as("%s cut at %d threw %s", label, cut, e.getMessage()).isFalse();
      assertThat(e.offset()).as("%s cut at %d: %s", label, cut, e.getMessage()).isBetween(0, cut);
      return false;
    }
    if (!expected) {
      fail(
          "%s cut at %d (field ends %s, required end %d) decoded to %s",
          label, cut, Arrays.toString(fieldEnds(full)), requiredEnd(full), got);
    }
    if (full instanceof ResourceExtension x) {
      assertThat(got)
          .as("%s cut at %d", label, cut)
          .isEqualTo(
              new ResourceExtension(
                  x.owner(),
                  x.bumpSeed(),
                  x.associatedWith(),
                  x.allocator(),
                  Arrays.copyOf(x.bitmap(), cut - ResourceExtension.BITMAP_OFFSET)));
      assertThat(got.encode())
          .as("%s cut at %d re-encodes to the prefix", label, cut)
          .isEqualTo(prefix);
      return true;
    }
    assertPresentAndDefaults(label + " cut at " + cut, full, got, cut, prefix);
    return true;
  }

  private static void assertPresentAndDefaults(
      String label, ServiceabilityAccount full, ServiceabilityAccount got, int cut, byte[] prefix) {
    List<Field> want = full.fields();
    List<Field> have = got.fields();
    int present = (int) Arrays.stream(fieldEnds(full)).filter(e -> e <= cut).count();
    int tail = 0;
    for (int i = 0; i < want.size(); i++) {
      Field w = want.get(i);
      if (i < present) {
        assertThat(have.get(i)).as("%s: present field %s", label, w.name()).isEqualTo(w);
      } else {
        FieldValue dflt = defaultOf(full.accountType(), w);
        assertThat(comparable(have.get(i).value()))
            .as("%s: missing field %s", label, w.name())
            .isEqualTo(comparable(dflt));
        tail += size(dflt);
      }
    }
    byte[] again = got.encode();
    assertThat(again).as("%s: full length with defaults", label).hasSize(cut + tail);
    assertThat(Arrays.copyOf(again, cut))
        .as("%s: re-encoding starts with the prefix", label)
        .isEqualTo(prefix);
    assertThat(ServiceabilityAccounts.decode(again))
        .as("%s: re-encoding decodes the same", label)
        .isEqualTo(got);
  }

  /// The documented value of a field missing at the end of the data (reference §2.2, §4 "If
  /// missing").
  static FieldValue defaultOf(AccountType type, Field field) {
    FieldValue special = NON_ZERO_DEFAULTS.get(type.variantName() + "." + field.name());
    return special != null ? special : zeroOf(field.name(), field.value());
  }

  private static FieldValue zeroOf(String name, FieldValue shape) {
    return switch (shape) {
      case FieldValue.Int i -> new FieldValue.Int(i.type(), BigInteger.ZERO);
      case FieldValue.Float64 f -> new FieldValue.Float64(0.0);
      case FieldValue.Bool b -> new FieldValue.Bool(false);
      case FieldValue.Text t -> new FieldValue.Text("");
      case FieldValue.Key k -> new FieldValue.Key(PublicKey.DEFAULT);
      case FieldValue.Ip ip -> new FieldValue.Ip(Ipv4Address.UNSPECIFIED);
      case FieldValue.Net n -> new FieldValue.Net(NetworkV4.DEFAULT);
      case FieldValue.Variant v -> new FieldValue.Variant("(variant 0)", 0);
      case FieldValue.ListOf l -> new FieldValue.ListOf(List.of());
      case FieldValue.Struct s -> new FieldValue.Struct(s.typeName(), zeroFields(s.fields()));
      case FieldValue.Tagged t -> {
        if (t.discriminant() != 0) {
          throw new AssertionError(name + ": no documented default for a variant other than tag 0");
        }
        yield new FieldValue.Tagged(t.variant(), 0, zeroFields(t.fields()));
      }
    };
  }

  private static List<Field> zeroFields(List<Field> fields) {
    return fields.stream().map(f -> new Field(f.name(), zeroOf(f.name(), f.value()))).toList();
  }

  /// Variant names follow from discriminants (EnumTest); compare discriminants only.
  private static FieldValue comparable(FieldValue v) {
    return v instanceof FieldValue.Variant(String name, int d) ? new FieldValue.Variant("", d) : v;
  }

  /// @return the Borsh size of a value as the reference lays it out (§2.1)
  static int size(FieldValue v) {
    return switch (v) {
      case FieldValue.Int i ->
          switch (i.type()) {
            case U8 -> 1;
            case U16 -> 2;
            case U32 -> 4;
            case U64, I64 -> 8;
            case U128 -> 16;
          };
      case FieldValue.Float64 f -> 8;
      case FieldValue.Bool b -> 1;
      case FieldValue.Text t -> 4 + t.value().getBytes(StandardCharsets.UTF_8).length;
      case FieldValue.Key k -> 32;
      case FieldValue.Ip ip -> 4;
      case FieldValue.Net n -> 5;
      case FieldValue.Variant e -> 1;
      case FieldValue.ListOf l -> 4 + l.items().stream().mapToInt(AccountPrefixes::size).sum();
      case FieldValue.Struct s -> s.fields().stream().mapToInt(f -> size(f.value())).sum();
      case FieldValue.Tagged t -> 1 + t.fields().stream().mapToInt(f -> size(f.value())).sum();
    };
  }
}
