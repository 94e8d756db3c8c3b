package doublezero.doublezerod.pim;

import java.util.Arrays;

/// A PIM Hello option (RFC 7761 §4.9.2): type (16 bits), length (16 bits), value.
public sealed interface HelloOption {
  /// Option type 1, length 2: seconds a neighbour is kept (RFC 7761 §4.9.2).
  ///
  /// @param seconds 0..65535
  record Holdtime(int seconds) implements HelloOption {
    /// @param seconds 0..65535
    /// @throws IllegalArgumentException outside that range
    public Holdtime {
      PimCodec.checkU16("holdtime", seconds);
    }
  }

  /// Option type 19, length 4: the Designated Router priority (RFC 7761 §4.9.2).
  ///
  /// @param priority unsigned 32 bits
  record DrPriority(long priority) implements HelloOption {
    /// @param priority unsigned 32 bits
    /// @throws IllegalArgumentException outside 0..2^32-1
    public DrPriority {
      PimCodec.checkU32("DR priority", priority);
    }
  }

  /// Option type 20, length 4: a number that changes each time the router restarts PIM on the
  /// interface (RFC 7761 §4.9.2).
  ///
  /// @param id unsigned 32 bits
  record GenerationId(long id) implements HelloOption {
    /// @param id unsigned 32 bits
    /// @throws IllegalArgumentException outside 0..2^32-1
    public GenerationId {
      PimCodec.checkU32("generation ID", id);
    }
  }

  /// Any other option (e.g. type 21 State-Refresh, type 24 Address List), kept as bytes.
  ///
  /// @param type the option type
  /// @param value the option value (at most 65535 bytes)
  record Other(int type, byte[] value) implements HelloOption {
    /// @param type option type
    /// @param value value bytes
    public Other {
      PimCodec.checkU16("option type", type);
      PimCodec.checkU16("option length", value.length);
      value = value.clone();
    }

    @Override
    public byte[] value() {
      return value.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Other other && other.type == type && Arrays.equals(other.value, value);
    }

    @Override
    public int hashCode() {
      return 31 * type + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
      return "Other[type=" + type + ", length=" + value.length + "]";
    }
  }
}
