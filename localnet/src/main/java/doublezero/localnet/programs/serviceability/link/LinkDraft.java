package doublezero.localnet.programs.serviceability.link;

import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LinkDesiredStatus;
import doublezero.sdk.serviceability.state.LinkHealth;
import doublezero.sdk.serviceability.state.LinkLinkType;
import doublezero.sdk.serviceability.state.LinkStatus;
import doublezero.sdk.solana.key.PublicKey;

/// A mutable copy of a [Link] while a processor changes it (the Rust processors mutate the
/// deserialised struct and write it back). Fields are the record's components; [#build()] makes the
/// record again.
final class LinkDraft {
  PublicKey owner;
  U128 index;
  int bumpSeed;
  PublicKey sideAPk;
  PublicKey sideZPk;
  LinkLinkType linkType;
  long bandwidth;
  long mtu;
  long delayNs;
  long jitterNs;
  int tunnelId;
  NetworkV4 tunnelNet;
  LinkStatus status;
  String code;
  PublicKey contributorPk;
  String sideAIfaceName;
  String sideZIfaceName;
  long delayOverrideNs;
  LinkHealth linkHealth;
  LinkDesiredStatus desiredStatus;

  private LinkDraft() {}

  /// @return a draft holding `link`'s values
  static LinkDraft of(Link link) {
    LinkDraft d = new LinkDraft();
    d.owner = link.owner();
    d.index = link.index();
    d.bumpSeed = link.bumpSeed();
    d.sideAPk = link.sideAPk();
    d.sideZPk = link.sideZPk();
    d.linkType = link.linkType();
    d.bandwidth = link.bandwidth();
    d.mtu = link.mtu();
    d.delayNs = link.delayNs();
    d.jitterNs = link.jitterNs();
    d.tunnelId = link.tunnelId();
    d.tunnelNet = link.tunnelNet();
    d.status = link.status();
    d.code = link.code();
    d.contributorPk = link.contributorPk();
    d.sideAIfaceName = link.sideAIfaceName();
    d.sideZIfaceName = link.sideZIfaceName();
    d.delayOverrideNs = link.delayOverrideNs();
    d.linkHealth = link.linkHealth();
    d.desiredStatus = link.desiredStatus();
    return d;
  }

  /// @return an empty draft for CreateLink to fill
  static LinkDraft blank() {
    return new LinkDraft();
  }

  /// @return the record
  Link build() {
    return new Link(
        owner,
        index,
        bumpSeed,
        sideAPk,
        sideZPk,
        linkType,
        bandwidth,
        mtu,
        delayNs,
        jitterNs,
        tunnelId,
        tunnelNet,
        status,
        code,
        contributorPk,
        sideAIfaceName,
        sideZIfaceName,
        delayOverrideNs,
        linkHealth,
        desiredStatus);
  }
}
