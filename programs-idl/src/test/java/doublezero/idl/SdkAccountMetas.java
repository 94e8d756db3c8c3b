package doublezero.idl;

import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// Test-only: builds an SDK instruction accounts record by reflection with every optional account
/// and group present and a distinct key per position, calls `metas()`, and names each meta after
/// the record component that supplied its key. `PublicKey` components get one key,
/// `Optional<PublicKey>` and `Optional<Group>` are present, `List<PublicKey>` gets two keys, nested
/// group records are filled the same way.
final class SdkAccountMetas {
  /// One account position as the SDK sends it.
  ///
  /// @param name the record component's name (nested groups: the innermost component), or
  ///   `system_program`
  /// @param signer signer flag
  /// @param writable writable flag
  record Meta(String name, boolean signer, boolean writable) {}

  private final Map<PublicKey, String> names = new HashMap<>();
  private int next = 1;

  private SdkAccountMetas() {}

  /// @param accountsType an accounts record type with a `metas()` method
  /// @return the metas it produces with everything present, named by component
  static List<Meta> metas(Class<?> accountsType) throws ReflectiveOperationException {
    SdkAccountMetas builder = new SdkAccountMetas();
    Object accounts = builder.build(accountsType);
    @SuppressWarnings("unchecked")
    List<AccountMeta> metas = (List<AccountMeta>) accountsType.getMethod("metas").invoke(accounts);
    List<Meta> out = new ArrayList<>();
    for (AccountMeta m : metas) {
      String name =
          m.publicKey().equals(PublicKey.DEFAULT)
              ? "system_program"
              : builder.names.get(m.publicKey());
      if (name == null) {
        throw new IllegalStateException(
            accountsType.getName() + " sends a key it was not given: " + m.publicKey());
      }
      out.add(new Meta(name, m.isSigner(), m.isWritable()));
    }
    return out;
  }

  private Object build(Class<?> recordType) throws ReflectiveOperationException {
    if (!recordType.isRecord()) {
      throw new IllegalArgumentException(recordType.getName() + " is not a record");
    }
    RecordComponent[] components = recordType.getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] = value(components[i].getName(), components[i].getGenericType());
    }
    Constructor<?> c = recordType.getDeclaredConstructor(types);
    c.setAccessible(true);
    return c.newInstance(values);
  }

  private Object value(String name, Type type) throws ReflectiveOperationException {
    if (type == PublicKey.class) {
      return key(name);
    }
    if (type instanceof ParameterizedType p && p.getRawType() == Optional.class) {
      return Optional.of(value(name, p.getActualTypeArguments()[0]));
    }
    if (type instanceof ParameterizedType p
        && p.getRawType() == List.class
        && p.getActualTypeArguments()[0] == PublicKey.class) {
      return List.of(key(name), key(name));
    }
    if (type instanceof Class<?> c && c.isRecord()) {
      return build(c);
    }
    throw new IllegalArgumentException(
        "unsupported accounts component " + name + ": " + type.getTypeName());
  }

  private PublicKey key(String name) {
    byte[] bytes = new byte[32];
    bytes[0] = (byte) next;
    bytes[1] = (byte) (next >> 8);
    bytes[31] = 0x5A;
    next++;
    PublicKey k = PublicKey.of(bytes);
    names.put(k, name);
    return k;
  }
}
