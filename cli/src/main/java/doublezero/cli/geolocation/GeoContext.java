package doublezero.cli.geolocation;

import doublezero.cli.error.CliException;
import doublezero.cli.output.Spinner;
import doublezero.cli.session.Connection;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.environment.Environment;
import doublezero.sdk.geolocation.client.GeolocationClient;
import doublezero.sdk.geolocation.state.GeoProbe;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.solana.client.DecodedAccount;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.sdk.solana.tx.Instruction;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/// The geolocation program on the invocation's ledger (reference
/// `client/doublezero-geolocation-cli/src/main.rs`,
/// `smartcontract/sdk/rs/src/geolocation/client.rs`): its program id, the serviceability
/// GlobalState that gates it, a client whose errors decode as geolocation errors, and sends that
/// print `Signature: …` as the other commands do.
///
/// Program id precedence: `--env` → that environment's geolocation program; else
/// `--geo-program-id`; else the config file's `geo_program_id`; else the environment whose
/// serviceability program the connection uses (the reference falls back to its build's default
/// environment instead; following the serviceability program keeps `--program-id`/`config set
/// --url` users of one environment on one environment). Names of environments are accepted wherever
/// an id is (reference `convert_geo_program_moniker`).
final class GeoContext {
  private final Session session;
  private final PublicKey programId;
  private GeolocationClient client;

  private GeoContext(Session session, PublicKey programId) {
    this.session = session;
    this.programId = programId;
  }

  /// @param session the invocation
  /// @param flag the `--geo-program-id` option
  /// @return the context
  /// @throws CliException for an invalid program id
  static GeoContext of(Session session, GeoProgramOption flag) {
    return new GeoContext(session, resolve(session, flag.value()));
  }

  static PublicKey resolve(Session s, Optional<String> flag) {
    if (s.options().env().isPresent()) {
      return Connection.parseEnvironment(s.options().env().get()).geolocationProgramId();
    }
    Optional<String> id = flag.or(() -> Optional.ofNullable(s.config().geoProgramId()));
    if (id.isEmpty()) {
      return s.connection().environment().geolocationProgramId();
    }
    String text = moniker(id.get());
    try {
      return PublicKey.fromBase58(text);
    } catch (IllegalArgumentException e) {
      throw new CliException("invalid geolocation program id " + text + ": " + e.getMessage());
    }
  }

  /// @param id a program id or an environment name
  /// @return the program id text
  static String moniker(String id) {
    for (Environment e : Environment.values()) {
      if (e.displayName().equals(id)) {
        return e.geolocationProgramId().toBase58();
      }
    }
    return id;
  }

  Session session() {
    return session;
  }

  PublicKey programId() {
    return programId;
  }

  /// @return the serviceability GlobalState (the foundation allowlist the program checks)
  PublicKey globalState() {
    return ServiceabilityPdas.globalState(session.connection().programId()).address();
  }

  GeolocationClient client() {
    if (client == null) {
      client =
          new GeolocationClient(
              session.rpc(), programId, Commitment.CONFIRMED, Duration.ofSeconds(60));
    }
    return client;
  }

  /// @param probe a GeoProbe account key
  /// @param asGiven the argument as the user typed it (for the message)
  /// @return the probe
  /// @throws CliException when there is no GeoProbe at that key
  DecodedAccount<GeoProbe> probe(PublicKey probe, String asGiven) {
    Optional<DecodedAccount<GeoProbe>> found;
    try {
      found = client().get(probe, GeoProbe.class);
    } catch (IllegalArgumentException e) {
      throw new CliException("'" + asGiven + "' is not a GeoProbe: " + e.getMessage());
    }
    return found.orElseThrow(
        () -> new CliException("GeoProbe '" + asGiven + "' not found (account " + probe + ")"));
  }

  /// Sends one instruction paid by the signer and prints `Signature: <base58>`.
  ///
  /// @param ix the instruction
  /// @return the signature
  /// @throws CliException `Insufficient balance` when the signer has no lamports
  /// @throws doublezero.sdk.solana.client.TransactionFailedException with the geolocation error
  String send(Instruction ix) {
    Keypair payer = session.signer();
    Sender.checkBalance(session, payer);
    String sig;
    try (Spinner spinner =
        Spinner.start(session.err(), session.env().stderrTty(), "Sending transaction")) {
      sig = client().sender().send(List.of(ix), payer, List.of());
    }
    session.out().println("Signature: " + sig);
    session.out().flush();
    return sig;
  }
}
