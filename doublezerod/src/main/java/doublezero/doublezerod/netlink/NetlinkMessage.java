package doublezero.doublezerod.netlink;

/// One message received from an rtnetlink socket, as [RtnetlinkCodec#parse] reads it.
public sealed interface NetlinkMessage {
  /// @return the sequence number the message answers (0 for notifications)
  int seq();

  /// `NLMSG_ERROR`: an ack when `errno` is 0, else a failure (`errno` positive, e.g. 17 EEXIST, 95
  /// EOPNOTSUPP).
  ///
  /// @param seq the request's sequence number
  /// @param errno 0 or a positive errno
  record Ack(int seq, int errno) implements NetlinkMessage {}

  /// `NLMSG_DONE`: the end of a dump.
  ///
  /// @param seq the dump's sequence number
  record Done(int seq) implements NetlinkMessage {}

  /// `RTM_NEWROUTE` / `RTM_DELROUTE` for IPv4.
  ///
  /// @param seq sequence number
  /// @param deleted true for `RTM_DELROUTE`
  /// @param route the route
  record Route(int seq, boolean deleted, KernelRoute route) implements NetlinkMessage {}

  /// `RTM_NEWLINK`.
  ///
  /// @param seq sequence number
  /// @param link the link
  record Link(int seq, KernelLink link) implements NetlinkMessage {}

  /// `RTM_NEWRULE` for IPv4.
  ///
  /// @param seq sequence number
  /// @param rule the rule
  record Rule(int seq, KernelRule rule) implements NetlinkMessage {}

  /// Anything else (other families, address messages, ...), skipped.
  ///
  /// @param seq sequence number
  /// @param type the message type
  record Skipped(int seq, int type) implements NetlinkMessage {}
}
