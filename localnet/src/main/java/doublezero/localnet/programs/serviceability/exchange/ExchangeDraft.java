package doublezero.localnet.programs.serviceability.exchange;

import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.ExchangeStatus;
import doublezero.sdk.solana.key.PublicKey;

/// A mutable copy of an [Exchange] for the processors of this package (`STATE/exchange.rs` field
/// order).
final class ExchangeDraft {
  private final Exchange base;
  double lat;
  double lng;
  int bgpCommunity;
  ExchangeStatus status;
  String code;
  String name;
  PublicKey device1;
  PublicKey device2;

  ExchangeDraft(Exchange e) {
    base = e;
    lat = e.lat();
    lng = e.lng();
    bgpCommunity = e.bgpCommunity();
    status = e.status();
    code = e.code();
    name = e.name();
    device1 = e.device1Pk();
    device2 = e.device2Pk();
  }

  Exchange build() {
    return new Exchange(
        base.owner(),
        base.index(),
        base.bumpSeed(),
        lat,
        lng,
        bgpCommunity,
        base.unused(),
        status,
        code,
        name,
        base.referenceCount(),
        device1,
        device2);
  }
}
