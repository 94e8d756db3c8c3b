/// On-chain state of the DoubleZero serviceability program at v0.12.0 (reference
/// `serviceability-state.md`): one record per account type
/// ([doublezero.sdk.serviceability.state.ServiceabilityAccount], decoded by type byte with
/// [doublezero.sdk.serviceability.state.ServiceabilityAccounts]), the program's enums numbered as
/// the Rust program ([doublezero.sdk.serviceability.state.WireEnum]), and the payload enums
/// (Interface V1/V2, AccessPassType, Allocator, TenantBillingConfig).
///
/// Decoding is lenient the way the program is at the end of the data for the shapes older program
/// versions wrote (fields added after an account's first layout take their defaults when missing at
/// the end; extra trailing bytes are ignored) and strict everywhere else: a required field missing
/// (each record names where its required fields end, and why), an unknown enum byte, a bool byte
/// other than 0/1 or a field cut short throws [doublezero.sdk.borsh.DecodeException] where the
/// program would silently substitute a default.
package doublezero.sdk.serviceability.state;
