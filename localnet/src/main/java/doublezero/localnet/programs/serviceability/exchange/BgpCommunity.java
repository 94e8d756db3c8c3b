package doublezero.localnet.programs.serviceability.exchange;

import doublezero.sdk.serviceability.state.GlobalConfig;

/// `assign_bgp_community` (`SVC/helper.rs`; `serviceability-instructions.md` §3.3, §6.2): hands out
/// `next_bgp_community` and advances it with a u16 saturating add. Range checking is the Exchange
/// rules' job (`InvalidBgpCommunity` when the assigned value is past 10999).
///
/// @param assigned the community for the exchange
/// @param config the GlobalConfig with the advanced counter, to write back
record BgpCommunity(int assigned, GlobalConfig config) {

  /// @return the community taken from `config` and the config to write back
  static BgpCommunity assign(GlobalConfig config) {
    int next = config.nextBgpCommunity();
    GlobalConfig advanced =
        new GlobalConfig(
            config.owner(),
            config.bumpSeed(),
            config.localAsn(),
            config.remoteAsn(),
            config.deviceTunnelBlock(),
            config.userTunnelBlock(),
            config.multicastgroupBlock(),
            Math.min(0xFFFF, next + 1),
            config.multicastPublisherBlock());
    return new BgpCommunity(next, advanced);
  }
}
