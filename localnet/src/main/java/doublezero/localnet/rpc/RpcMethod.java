package doublezero.localnet.rpc;

/// One JSON-RPC method. It returns the `result` value (a JSON tree of maps, lists, strings,
/// numbers, or a `CompletableFuture` of one) or throws {@link RpcException}.
@FunctionalInterface
public interface RpcMethod {
  /// Runs the method.
  ///
  /// @throws RpcException with the error to return
  Object call(Params params);
}
