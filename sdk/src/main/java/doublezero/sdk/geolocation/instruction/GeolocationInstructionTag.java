package doublezero.sdk.geolocation.instruction;

/// The Borsh enum tag of a geolocation instruction, its first data byte
/// (`reference/telemetry-geolocation.md` §D.6, `src/instructions.rs`).
public enum GeolocationInstructionTag {
  /// 0
  INIT_PROGRAM_CONFIG(0, "InitProgramConfig"),
  /// 1
  UPDATE_PROGRAM_CONFIG(1, "UpdateProgramConfig"),
  /// 2
  CREATE_GEO_PROBE(2, "CreateGeoProbe"),
  /// 3
  UPDATE_GEO_PROBE(3, "UpdateGeoProbe"),
  /// 4
  DELETE_GEO_PROBE(4, "DeleteGeoProbe"),
  /// 5
  ADD_PARENT_DEVICE(5, "AddParentDevice"),
  /// 6
  REMOVE_PARENT_DEVICE(6, "RemoveParentDevice");

  private final int index;
  private final String variantName;

  GeolocationInstructionTag(int index, String variantName) {
    this.index = index;
    this.variantName = variantName;
  }

  /// @return the tag byte, 0..6
  public int index() {
    return index;
  }

  /// @return the Rust variant name
  public String variantName() {
    return variantName;
  }

  /// @param index a tag byte
  /// @return the tag, or null when unknown
  public static GeolocationInstructionTag fromIndex(int index) {
    for (GeolocationInstructionTag t : values()) {
      if (t.index == index) {
        return t;
      }
    }
    return null;
  }
}
