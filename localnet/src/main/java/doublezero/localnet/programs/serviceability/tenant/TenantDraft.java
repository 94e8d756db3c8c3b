package doublezero.localnet.programs.serviceability.tenant;

import doublezero.sdk.serviceability.state.Tenant;
import doublezero.sdk.serviceability.state.TenantBillingConfig;
import doublezero.sdk.serviceability.state.TenantPaymentStatus;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.List;

/// A mutable copy of a [Tenant] for the processors that change some of its fields (the Rust `let
/// mut tenant`).
final class TenantDraft {
  PublicKey owner;
  int bumpSeed;
  String code;
  int vrfId;
  long referenceCount;
  List<PublicKey> administrators;
  TenantPaymentStatus paymentStatus;
  PublicKey tokenAccount;
  boolean metroRouting;
  boolean routeLiveness;
  TenantBillingConfig billing;

  TenantDraft(Tenant t) {
    owner = t.owner();
    bumpSeed = t.bumpSeed();
    code = t.code();
    vrfId = t.vrfId();
    referenceCount = t.referenceCount();
    administrators = new ArrayList<>(t.administrators());
    paymentStatus = t.paymentStatus();
    tokenAccount = t.tokenAccount();
    metroRouting = t.metroRouting();
    routeLiveness = t.routeLiveness();
    billing = t.billing();
  }

  Tenant build() {
    return new Tenant(
        owner,
        bumpSeed,
        code,
        vrfId,
        referenceCount,
        administrators,
        paymentStatus,
        tokenAccount,
        metroRouting,
        routeLiveness,
        billing);
  }
}
