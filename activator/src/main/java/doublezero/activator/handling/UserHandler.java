package doublezero.activator.handling;

import doublezero.activator.allocation.DevicePools;
import doublezero.activator.allocation.Resource;
import doublezero.activator.handling.Decision.After;
import doublezero.activator.handling.Decision.Note;
import doublezero.activator.handling.Decision.Step;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.instruction.ActivateUser;
import doublezero.sdk.serviceability.instruction.BanUser;
import doublezero.sdk.serviceability.instruction.CloseAccountUser;
import doublezero.sdk.serviceability.instruction.RejectUser;
import doublezero.sdk.serviceability.instruction.UserAccounts;
import doublezero.sdk.serviceability.instruction.UserResourceAccounts;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// User events (reference `activator/src/process/user.rs`; `activator-controller-agent.md` §A.7.4,
/// §A.8): Pending → allocate and `ActivateUser` (or `RejectUser` with the reference's reason),
/// Updating → `ActivateUser` again with a dz_ip when one became needed, Deleting →
/// `CloseAccountUser`, PendingBan → `BanUser`. Every resource taken is in the step's reservation,
/// so a failed transaction gives it back (the reference leaked some, §A.12 quirk 7), and a user on
/// a device the activator had not seen yet is still closed or banned (quirk 8).
public final class UserHandler {
  private UserHandler() {}

  /// @return the decisions for `user` in its current status (empty for statuses that need nothing)
  public static List<Decision> handle(HandlerContext c, PublicKey pk, User user) {
    return switch (user.status()) {
      case PENDING -> c.onchain() ? onchainActivate(c, pk, user, false) : pending(c, pk, user);
      case UPDATING -> c.onchain() ? onchainActivate(c, pk, user, true) : updating(c, pk, user);
      case DELETING -> List.of(close(c, pk, user));
      case PENDING_BAN -> List.of(ban(c, pk, user));
      case ACTIVATED, SUSPENDED_DEPRECATED, REJECTED, BANNED, OUT_OF_CREDITS -> List.of();
    };
  }

  /// `needs_allocated_dz_ip` (`state/user.rs`): IBRLWithAllocatedIP and EdgeFiltering always,
  /// Multicast when it publishes.
  static boolean needsAllocatedDzIp(User u) {
    return switch (u.userType()) {
      case IBRL_WITH_ALLOCATED_IP, EDGE_FILTERING -> true;
      case MULTICAST -> !u.publishers().isEmpty();
      case IBRL -> false;
    };
  }

  static boolean isPublisher(User u) {
    return u.userType() == UserType.MULTICAST && !u.publishers().isEmpty();
  }

  private static List<Decision> pending(HandlerContext c, PublicKey pk, User u) {
    DevicePools dp = devicePools(c, u.devicePk());
    if (dp == null) {
      return List.of(reject(c, pk, u, "Error: Device not found"));
    }
    List<Resource> taken = new ArrayList<>();
    Optional<NetworkV4> net = c.pools().userTunnelIps.nextBlock(0, 2);
    if (net.isEmpty()) {
      return List.of(reject(c, pk, u, "Error: No available user block"));
    }
    taken.add(take(c, new Resource.UserTunnelNet(net.get())));
    var id = dp.nextTunnelId();
    if (id.isEmpty()) {
      return abort(c, taken, reject(c, pk, u, "Error: No available tunnel id"));
    }
    taken.add(take(c, new Resource.TunnelId(u.devicePk(), id.getAsInt())));
    EndpointChoice endpoint = chooseEndpoint(dp, u);
    if (endpoint.rejection() != null) {
      return abort(c, taken, reject(c, pk, u, endpoint.rejection()));
    }
    Ipv4Address dzIp = u.clientIp();
    if (needsAllocatedDzIp(u)) {
      Optional<Ipv4Address> ip = allocateDzIp(c, dp, u, taken);
      if (ip.isEmpty()) {
        return abort(
            c,
            taken,
            reject(
                c,
                pk,
                u,
                isPublisher(u)
                    ? "Error: No available publisher dz_ip to allocate"
                    : "Error: No available dz_ip to allocate"));
      }
      dzIp = ip.get();
    }
    taken.add(take(c, new Resource.Endpoint(u.devicePk(), u.clientIp(), endpoint.address())));
    return activate(
        c,
        pk,
        u,
        new ActivateUser(id.getAsInt(), net.get(), dzIp, 0, endpoint.address()),
        taken,
        Optional.empty(),
        "user-activated",
        Transition.USER_PENDING_TO_ACTIVATED);
  }

  private static List<Decision> updating(HandlerContext c, PublicKey pk, User u) {
    DevicePools dp = devicePools(c, u.devicePk());
    if (dp == null) {
      return List.of(
          new Note(pk, "user-device-not-found", "user=" + pk + " device=" + u.devicePk()));
    }
    List<Resource> taken = new ArrayList<>();
    Ipv4Address dzIp = u.dzIp();
    if (needsAllocatedDzIp(u) && u.dzIp().equals(u.clientIp())) {
      Optional<Ipv4Address> ip = allocateDzIp(c, dp, u, taken);
      if (ip.isEmpty()) {
        return List.of(
            reject(
                c,
                pk,
                u,
                isPublisher(u)
                    ? "Error: No available publisher dz_ip to allocate"
                    : "Error: No available dz_ip to allocate"));
      }
      dzIp = ip.get();
    }
    EndpointChoice endpoint = chooseEndpoint(dp, u);
    if (endpoint.rejection() != null) {
      return abort(c, taken, reject(c, pk, u, endpoint.rejection()));
    }
    if (!endpoint.requested()) {
      // the user held no endpoint of its own: the one chosen now becomes its holding
      taken.add(take(c, new Resource.Endpoint(u.devicePk(), u.clientIp(), endpoint.address())));
    }
    return activate(
        c,
        pk,
        u,
        new ActivateUser(u.tunnelId(), u.tunnelNet(), dzIp, 0, endpoint.address()),
        taken,
        Optional.empty(),
        "user-updated",
        Transition.USER_UPDATING_TO_ACTIVATED);
  }

  /// The tunnel endpoint of a user on `dp` (reference `activator/src/process/user.rs`, the endpoint
  /// step of both Pending and Updating): the one the user requested when the device has it as a
  /// user-tunnel endpoint, else the device's first endpoint not yet used by the user's client IP.
  ///
  /// @param address the endpoint, or null when rejected
  /// @param requested whether the user asked for it (its account names it) rather than it being
  ///   chosen here
  /// @param rejection the RejectUser reason, or null
  private record EndpointChoice(Ipv4Address address, boolean requested, String rejection) {}

  private static EndpointChoice chooseEndpoint(DevicePools dp, User u) {
    Ipv4Address requested = u.tunnelEndpoint();
    if (!requested.equals(Ipv4Address.UNSPECIFIED)) {
      return dp.isValidTunnelEndpoint(requested)
          ? new EndpointChoice(requested, true, null)
          : new EndpointChoice(null, true, "Error: Invalid tunnel endpoint requested");
    }
    return dp.availableTunnelEndpoint(u.clientIp())
        .map(e -> new EndpointChoice(e, false, null))
        .orElseGet(() -> new EndpointChoice(null, false, "Error: No available tunnel endpoint"));
  }

  private static Optional<Ipv4Address> allocateDzIp(
      HandlerContext c, DevicePools dp, User u, List<Resource> taken) {
    if (isPublisher(u)) {
      Optional<Ipv4Address> ip = c.pools().publisherIps.nextBlock(1, 1).map(NetworkV4::ip);
      ip.ifPresent(a -> taken.add(take(c, new Resource.PublisherIp(a))));
      return ip;
    }
    Optional<Ipv4Address> ip = dp.nextDzIp();
    ip.ifPresent(a -> taken.add(take(c, new Resource.DzIp(u.devicePk(), a))));
    return ip;
  }

  private static List<Decision> onchainActivate(
      HandlerContext c, PublicKey pk, User u, boolean updating) {
    Optional<Device> device = c.view().get(u.devicePk(), Device.class);
    if (device.isEmpty()) {
      return updating ? List.of() : List.of(reject(c, pk, u, "Error: Device not found"));
    }
    int n = device.get().dzPrefixes().size();
    ActivateUser args =
        updating
            ? new ActivateUser(u.tunnelId(), u.tunnelNet(), u.dzIp(), n, u.tunnelEndpoint())
            : new ActivateUser(
                0, NetworkV4.DEFAULT, Ipv4Address.UNSPECIFIED, n, u.tunnelEndpoint());
    return activate(
        c,
        pk,
        u,
        args,
        List.of(),
        Optional.of(UserResourceAccounts.derive(c.programId(), u.devicePk(), n, true)),
        updating ? "user-updated" : "user-activated",
        updating ? Transition.USER_UPDATING_TO_ACTIVATED : Transition.USER_PENDING_TO_ACTIVATED);
  }

  private static List<Decision> activate(
      HandlerContext c,
      PublicKey pk,
      User u,
      ActivateUser args,
      List<Resource> taken,
      Optional<UserResourceAccounts> resources,
      String event,
      Transition transition) {
    Optional<PublicKey> pass = accessPass(c, u);
    if (pass.isEmpty()) {
      return abort(
          c,
          taken,
          new Note(
              pk,
              "user-no-access-pass",
              "user="
                  + pk
                  + " owner="
                  + u.owner()
                  + " client_ip="
                  + u.clientIp()
                  + " error=\"You have no Access Pass\""));
    }
    var accounts = new ActivateUser.Accounts(pk, pass.get(), c.globalState(), resources, c.payer());
    String ctx =
        "user="
            + pk
            + " device="
            + u.devicePk()
            + " tunnel_id="
            + args.tunnelId()
            + " tunnel_net="
            + args.tunnelNet()
            + " dz_ip="
            + args.dzIp()
            + " tunnel_endpoint="
            + args.tunnelEndpoint();
    return List.of(
        new Step(
            pk,
            args,
            args.toInstruction(c.programId(), accounts),
            taken,
            After.HOLD,
            event,
            ctx,
            transition));
  }

  /// The access pass the reference passes (`commands/user/activate.rs`): the owner's dynamic pass
  /// (client IP 0.0.0.0) when it exists, else the one for the user's client IP.
  static Optional<PublicKey> accessPass(HandlerContext c, User u) {
    PublicKey dynamic =
        ServiceabilityPdas.accessPass(c.programId(), Ipv4Address.UNSPECIFIED, u.owner()).address();
    if (c.view().peek(dynamic).filter(AccessPass.class::isInstance).isPresent()) {
      return Optional.of(dynamic);
    }
    PublicKey own = ServiceabilityPdas.accessPass(c.programId(), u.clientIp(), u.owner()).address();
    return c.view().get(own, AccessPass.class).map(p -> own);
  }

  private static Decision close(HandlerContext c, PublicKey pk, User u) {
    int prefixes = 0;
    int publishers = 0;
    Optional<UserResourceAccounts> resources = Optional.empty();
    if (c.onchain()) {
      prefixes = c.view().get(u.devicePk(), Device.class).map(d -> d.dzPrefixes().size()).orElse(0);
      boolean publisherIp =
          !u.dzIp().equals(Ipv4Address.UNSPECIFIED)
              && !u.dzIp().equals(u.clientIp())
              && c.pools().publisherIps.contains(u.dzIp());
      publishers = publisherIp ? 1 : 0;
      resources =
          Optional.of(
              UserResourceAccounts.derive(c.programId(), u.devicePk(), prefixes, publisherIp));
    }
    CloseAccountUser args = new CloseAccountUser(prefixes, publishers);
    Optional<PublicKey> tenant =
        u.tenantPk().equals(PublicKey.DEFAULT) ? Optional.empty() : Optional.of(u.tenantPk());
    var accounts =
        new CloseAccountUser.Accounts(
            pk, u.owner(), u.devicePk(), c.globalState(), resources, tenant, c.payer());
    return new Step(
        pk,
        args,
        args.toInstruction(c.programId(), accounts),
        List.of(),
        After.CLOSED,
        "user-closed",
        released(pk, u),
        Transition.USER_DELETING_TO_DEACTIVATED);
  }

  private static Decision ban(HandlerContext c, PublicKey pk, User u) {
    BanUser args = new BanUser();
    return new Step(
        pk,
        args,
        args.toInstruction(c.programId(), new UserAccounts(pk, c.globalState(), c.payer())),
        List.of(),
        After.RELEASED,
        "user-banned",
        released(pk, u),
        Transition.USER_PENDING_BAN_TO_BANNED);
  }

  private static String released(PublicKey pk, User u) {
    return "user="
        + pk
        + " device="
        + u.devicePk()
        + " owner="
        + u.owner()
        + " tunnel_id="
        + u.tunnelId()
        + " tunnel_net="
        + u.tunnelNet()
        + " dz_ip="
        + u.dzIp();
  }

  private static Decision reject(HandlerContext c, PublicKey pk, User u, String reason) {
    RejectUser args = new RejectUser(reason);
    return new Step(
        pk,
        args,
        args.toInstruction(c.programId(), new UserAccounts(pk, c.globalState(), c.payer())),
        List.of(),
        After.HOLD,
        "user-rejected",
        "user=" + pk + " device=" + u.devicePk() + " reason=\"" + reason + "\"",
        Transition.USER_PENDING_TO_REJECTED);
  }

  /// The device's pools, creating them from the chain view when the device was not seen yet.
  static DevicePools devicePools(HandlerContext c, PublicKey device) {
    DevicePools dp = c.pools().device(device);
    if (dp == null) {
      Optional<Device> d = c.view().get(device, Device.class);
      if (d.isPresent()) {
        c.holdings().observe(device, d.get());
        dp = c.pools().device(device);
      }
    }
    return dp;
  }

  static Resource take(HandlerContext c, Resource r) {
    c.holdings().reserve(List.of(r));
    return r;
  }

  static List<Decision> abort(HandlerContext c, List<Resource> taken, Decision instead) {
    c.holdings().unreserve(taken);
    return List.of(instead);
  }
}
