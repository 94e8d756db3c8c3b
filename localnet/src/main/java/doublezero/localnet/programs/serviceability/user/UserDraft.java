package doublezero.localnet.programs.serviceability.user;

import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserCyoa;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.List;

/// A mutable copy of a [User] while a processor changes it (the reference mutates its deserialised
/// `User` in place; `STATE/user.rs`). Build one with [#of], change fields, then [#build] the record
/// to write.
final class UserDraft {
  PublicKey owner;
  U128 index;
  int bumpSeed;
  UserType userType;
  PublicKey tenantPk;
  PublicKey devicePk;
  UserCyoa cyoaType;
  Ipv4Address clientIp;
  Ipv4Address dzIp;
  int tunnelId;
  NetworkV4 tunnelNet;
  UserStatus status;
  final List<PublicKey> publishers;
  final List<PublicKey> subscribers;
  PublicKey validatorPubkey;
  Ipv4Address tunnelEndpoint;

  private UserDraft(User u) {
    owner = u.owner();
    index = u.index();
    bumpSeed = u.bumpSeed();
    userType = u.userType();
    tenantPk = u.tenantPk();
    devicePk = u.devicePk();
    cyoaType = u.cyoaType();
    clientIp = u.clientIp();
    dzIp = u.dzIp();
    tunnelId = u.tunnelId();
    tunnelNet = u.tunnelNet();
    status = u.status();
    publishers = new ArrayList<>(u.publishers());
    subscribers = new ArrayList<>(u.subscribers());
    validatorPubkey = u.validatorPubkey();
    tunnelEndpoint = u.tunnelEndpoint();
  }

  /// @return a draft holding the values of `user`
  static UserDraft of(User user) {
    return new UserDraft(user);
  }

  /// @return the record of the current values
  User build() {
    return new User(
        owner,
        index,
        bumpSeed,
        userType,
        tenantPk,
        devicePk,
        cyoaType,
        clientIp,
        dzIp,
        tunnelId,
        tunnelNet,
        status,
        publishers,
        subscribers,
        validatorPubkey,
        tunnelEndpoint);
  }

  /// @return whether the user is a Multicast user with at least one publisher group (the
  ///   reference's `is_publisher` in the allocation helpers)
  boolean isMulticastPublisher() {
    return userType == UserType.MULTICAST && !publishers.isEmpty();
  }
}
