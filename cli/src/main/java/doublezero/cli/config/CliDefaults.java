package doublezero.cli.config;

import doublezero.sdk.environment.Environment;

/// The build's default environment: what an absent config file means (reference `config.rs`
/// `DEFAULT_ENVIRONMENT`, which is testnet in the reference build). This project defaults to
/// [Environment#LOCAL], the embedded ledger that `doublezero-localnet up` starts on
/// `localhost:8899`, so a newcomer's first commands reach it without a `config set`.
public final class CliDefaults {
  /// The default environment.
  public static final Environment ENVIRONMENT = Environment.LOCAL;

  private CliDefaults() {}
}
