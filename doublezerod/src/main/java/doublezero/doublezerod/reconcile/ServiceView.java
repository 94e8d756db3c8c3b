package doublezero.doublezerod.reconcile;

import doublezero.doublezerod.peering.SessionState;

/// One provisioned service as `/status` reports it.
///
/// @param tunnelName the tunnel interface
/// @param request what it was built from
/// @param session its BGP session's state
public record ServiceView(String tunnelName, ProvisionRequest request, SessionState session) {}
