package doublezero.doublezerod.bgp;

import java.util.Locale;

/// The (error code, subcode) pairs of RFC 4271 §4.5 / §6, RFC 5492 §5 and RFC 4486 that this
/// speaker sends.
public enum BgpError {
  /// 1/1: marker not all ones.
  CONNECTION_NOT_SYNCHRONIZED(1, 1),
  /// 1/2: length below the minimum, above 4096, or wrong for the type; data = the length field.
  BAD_MESSAGE_LENGTH(1, 2),
  /// 1/3: unknown message type; data = the type byte.
  BAD_MESSAGE_TYPE(1, 3),
  /// 2/0: an OPEN whose optional parameters or capabilities cannot be parsed.
  OPEN_MESSAGE_ERROR(2, 0),
  /// 2/1: version other than 4; data = the highest supported version (2 bytes).
  UNSUPPORTED_VERSION_NUMBER(2, 1),
  /// 2/2: peer AS differs from the configured one.
  BAD_PEER_AS(2, 2),
  /// 2/3: BGP identifier 0.0.0.0 or equal to ours.
  BAD_BGP_IDENTIFIER(2, 3),
  /// 2/4: an optional parameter other than capabilities.
  UNSUPPORTED_OPTIONAL_PARAMETER(2, 4),
  /// 2/6: hold time 1 or 2 seconds.
  UNACCEPTABLE_HOLD_TIME(2, 6),
  /// 3/1: the UPDATE's lengths do not add up.
  MALFORMED_ATTRIBUTE_LIST(3, 1),
  /// 3/2: an unknown attribute with the optional bit clear; data = the attribute.
  UNRECOGNIZED_WELL_KNOWN_ATTRIBUTE(3, 2),
  /// 3/3: a mandatory attribute missing.
  MISSING_WELL_KNOWN_ATTRIBUTE(3, 3),
  /// 3/4: attribute flags in conflict with the type.
  ATTRIBUTE_FLAGS_ERROR(3, 4),
  /// 3/5: attribute length wrong for the type.
  ATTRIBUTE_LENGTH_ERROR(3, 5),
  /// 3/6: ORIGIN value other than 0..2.
  INVALID_ORIGIN_ATTRIBUTE(3, 6),
  /// 3/8: NEXT_HOP syntactically or semantically invalid.
  INVALID_NEXT_HOP_ATTRIBUTE(3, 8),
  /// 3/9: an optional attribute malformed.
  OPTIONAL_ATTRIBUTE_ERROR(3, 9),
  /// 3/10: NLRI or withdrawn routes that cannot be parsed.
  INVALID_NETWORK_FIELD(3, 10),
  /// 3/11: AS_PATH malformed.
  MALFORMED_AS_PATH(3, 11),
  /// 4/0: no KEEPALIVE or UPDATE within the hold time.
  HOLD_TIMER_EXPIRED(4, 0),
  /// 5/0: a message that the current state does not expect.
  FSM_ERROR(5, 0),
  /// 6/2: administrative shutdown (RFC 4486).
  CEASE_ADMINISTRATIVE_SHUTDOWN(6, 2);

  private final int code;
  private final int subcode;

  BgpError(int code, int subcode) {
    this.code = code;
    this.subcode = subcode;
  }

  /// @return the error code
  public int code() {
    return code;
  }

  /// @return the subcode
  public int subcode() {
    return subcode;
  }

  /// @param code an error code
  /// @param subcode a subcode
  /// @return the constant's name in lower case, or `unknown` for pairs not listed here
  public static String describe(int code, int subcode) {
    for (BgpError e : values()) {
      if (e.code == code && e.subcode == subcode) {
        return e.name().toLowerCase(Locale.ROOT);
      }
    }
    return "unknown";
  }
}
