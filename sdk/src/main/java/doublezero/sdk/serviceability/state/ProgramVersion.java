package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.fields.Field;
import doublezero.sdk.fields.FieldValue;
import doublezero.sdk.fields.FieldsBuilder;
import doublezero.sdk.fields.HasFields;
import java.util.List;

/// A program version `major.minor.patch`, three u32 (Rust `ProgramVersion`,
/// `SVC/programversion.rs`, reference `serviceability-state.md` §4.3). Ordered lexicographically;
/// `toString()` is `major.minor.patch`.
///
/// @param major u32
/// @param minor u32
/// @param patch u32
public record ProgramVersion(long major, long minor, long patch)
    implements HasFields, Comparable<ProgramVersion> {
  /// 0.0.0, the value of a missing version.
  public static final ProgramVersion ZERO = new ProgramVersion(0, 0, 0);

  /// @throws IllegalArgumentException when a part is not a u32
  public ProgramVersion {
    Check.u32("major", major);
    Check.u32("minor", minor);
    Check.u32("patch", patch);
  }

  /// @param text `major.minor.patch`, e.g. `0.12.0`
  /// @return the version
  /// @throws IllegalArgumentException when not three u32 parts
  public static ProgramVersion parse(String text) {
    String[] parts = text.trim().split("\\.", -1);
    if (parts.length != 3) {
      throw new IllegalArgumentException("version must be major.minor.patch: " + text);
    }
    try {
      return new ProgramVersion(
          Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("version must be major.minor.patch: " + text, e);
    }
  }

  /// Reads the 12 bytes. In a lenient reader past its required fields
  /// ([BorshReader#optionalFromHere()]) a version that starts exactly at the end of the data is
  /// 0.0.0; a version cut short, or missing where it is required, throws.
  ///
  /// @param r the reader
  /// @param field field name for errors
  /// @return the version
  /// @throws doublezero.sdk.borsh.DecodeException when cut short
  public static ProgramVersion decode(BorshReader r, String field) {
    if (r.absent(field)) {
      return ZERO;
    }
    BorshReader s = r.strict();
    return new ProgramVersion(
        s.u32(field + ".major"), s.u32(field + ".minor"), s.u32(field + ".patch"));
  }

  /// @param w writes three u32
  public void encode(BorshWriter w) {
    w.u32(major).u32(minor).u32(patch);
  }

  @Override
  public List<Field> fields() {
    return new FieldsBuilder().u32("major", major).u32("minor", minor).u32("patch", patch).build();
  }

  /// @return a `Struct` named `ProgramVersion`
  public FieldValue toFieldValue() {
    return new FieldValue.Struct("ProgramVersion", fields());
  }

  @Override
  public int compareTo(ProgramVersion o) {
    int c = Long.compare(major, o.major);
    if (c == 0) {
      c = Long.compare(minor, o.minor);
    }
    return c != 0 ? c : Long.compare(patch, o.patch);
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch;
  }
}
