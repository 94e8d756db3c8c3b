package doublezero.doublezerod.bgp;

import java.util.List;

/// Internal signal of [UpdateCodec]: an attribute error that RFC 7606 handles by treat-as-withdraw.
/// It carries the attributes parsed so far, so that MP_REACH/MP_UNREACH prefixes are withdrawn too.
final class TreatAsWithdrawException extends RuntimeException {
  private final BgpError error;
  private final List<PathAttribute> parsed;

  TreatAsWithdrawException(BgpError error, String reason) {
    this(error, reason, List.of());
  }

  private TreatAsWithdrawException(BgpError error, String reason, List<PathAttribute> parsed) {
    super(reason, null, false, false);
    this.error = error;
    this.parsed = List.copyOf(parsed);
  }

  TreatAsWithdrawException withParsed(List<PathAttribute> attributes) {
    return new TreatAsWithdrawException(error, getMessage(), attributes);
  }

  BgpError error() {
    return error;
  }

  List<PathAttribute> parsed() {
    return parsed;
  }
}
