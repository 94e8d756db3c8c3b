package doublezero.sdk.solana.pubsub;

/// A `slotNotification`: the node processed a slot. All u64.
///
/// @param slot the newly processed slot
/// @param parent its parent slot
/// @param root the node's current root slot
public record SlotNotification(long slot, long parent, long root) {}
