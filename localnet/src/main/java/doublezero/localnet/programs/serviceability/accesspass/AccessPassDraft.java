package doublezero.localnet.programs.serviceability.accesspass;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.AccessPassStatus;
import doublezero.sdk.serviceability.state.AccessPassType;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.List;

/// A mutable copy of an [AccessPass] (the Rust `let mut accesspass`).
final class AccessPassDraft {
  PublicKey owner;
  int bumpSeed;
  AccessPassType type;
  Ipv4Address clientIp;
  PublicKey userPayer;
  long lastAccessEpoch;
  int connectionCount;
  AccessPassStatus status;
  List<PublicKey> pubAllowlist;
  List<PublicKey> subAllowlist;
  int flags;
  List<PublicKey> tenantAllowlist;

  AccessPassDraft(AccessPass p) {
    owner = p.owner();
    bumpSeed = p.bumpSeed();
    type = p.accesspassType();
    clientIp = p.clientIp();
    userPayer = p.userPayer();
    lastAccessEpoch = p.lastAccessEpoch();
    connectionCount = p.connectionCount();
    status = p.status();
    pubAllowlist = new ArrayList<>(p.mgroupPubAllowlist());
    subAllowlist = new ArrayList<>(p.mgroupSubAllowlist());
    flags = p.flags();
    tenantAllowlist = new ArrayList<>(p.tenantAllowlist());
  }

  AccessPass build() {
    return new AccessPass(
        owner,
        bumpSeed,
        type,
        clientIp,
        userPayer,
        lastAccessEpoch,
        connectionCount,
        status,
        pubAllowlist,
        subAllowlist,
        flags,
        tenantAllowlist);
  }
}
