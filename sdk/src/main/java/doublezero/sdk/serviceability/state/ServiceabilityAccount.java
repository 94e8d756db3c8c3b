package doublezero.sdk.serviceability.state;

import doublezero.sdk.fields.HasFields;

/// Any decoded serviceability account (reference `serviceability-state.md` §3, §4). Each
/// implementation has a `static X decode(byte[])`; [ServiceabilityAccounts#decode(byte[])] picks
/// the right one from the first byte.
public sealed interface ServiceabilityAccount extends HasFields
    permits GlobalState,
        GlobalConfig,
        ProgramConfig,
        Location,
        Exchange,
        Contributor,
        Device,
        Link,
        User,
        MulticastGroup,
        AccessPass,
        Tenant,
        ResourceExtension,
        Permission,
        Reservation {

  /// @return the account type, the first byte of the data
  AccountType accountType();

  /// @return the account data exactly as the program writes it (its length is the account's size)
  byte[] encode();
}
