package doublezero.sdk.solana.client;

import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.sdk.solana.rpc.ProgramErrorResolver;
import doublezero.sdk.solana.rpc.RpcClient;
import doublezero.sdk.solana.tx.Instruction;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/// A program's accounts and transactions on one ledger: all accounts of a type
/// (`getProgramAccounts` + `memcmp` on the type byte), one account by key, and instructions sent
/// with confirmation and decoded errors. The serviceability, telemetry and geolocation clients are
/// thin typed layers over this.
///
/// @param <A> the program's account type (a sealed interface of records)
public class ProgramClient<A> {
  private final PublicKey programId;
  private final ProgramAccountReader<A> reader;
  private final TransactionSender sender;

  /// @param rpc the ledger's JSON-RPC client
  /// @param programId the program id on that ledger
  /// @param decoder the program's account dispatcher
  /// @param resolver the program's error table
  /// @param commitment the commitment a send waits for
  /// @param timeout how long a send waits for confirmation
  public ProgramClient(
      RpcClient rpc,
      PublicKey programId,
      Function<byte[], ? extends A> decoder,
      ProgramErrorResolver resolver,
      Commitment commitment,
      Duration timeout) {
    this.programId = programId;
    this.reader = new ProgramAccountReader<>(rpc, programId, decoder);
    this.sender = new TransactionSender(rpc, resolver, commitment, timeout);
  }

  /// @return the program id
  public PublicKey programId() {
    return programId;
  }

  /// @param accountType the account-type byte
  /// @param klass the record class of that type
  /// @param <T> the record type
  /// @return every account of the type, decoded
  /// @throws doublezero.sdk.borsh.DecodeException naming the account when one is undecodable
  /// @throws IllegalArgumentException when an account of that type byte is not a `klass`
  public <T extends A> List<DecodedAccount<T>> getAll(int accountType, Class<T> klass) {
    return reader.getAll(accountType).stream().map(a -> cast(a, klass)).toList();
  }

  /// @param address an account key
  /// @return the decoded account, or empty when it does not exist
  /// @throws IllegalArgumentException when another program owns it
  public Optional<DecodedAccount<A>> get(PublicKey address) {
    return reader.get(address);
  }

  /// @param address an account key
  /// @param klass the expected record class
  /// @param <T> the record type
  /// @return the account, or empty when it does not exist
  /// @throws IllegalArgumentException when the account is of another type, naming both
  public <T extends A> Optional<DecodedAccount<T>> get(PublicKey address, Class<T> klass) {
    return reader.get(address).map(a -> cast(a, klass));
  }

  /// Sends instructions in one transaction paid and signed by `payer`, and waits for confirmation.
  ///
  /// @param payer fee payer and signer
  /// @param instructions the instructions
  /// @return the transaction signature
  /// @throws TransactionFailedException with the program's error name on failure
  public String send(Keypair payer, Instruction... instructions) {
    return sender.send(List.of(instructions), payer, List.of());
  }

  /// @return the sender, for transactions with more signers
  public TransactionSender sender() {
    return sender;
  }

  private static <A, T extends A> DecodedAccount<T> cast(DecodedAccount<A> a, Class<T> klass) {
    if (!klass.isInstance(a.state())) {
      throw new IllegalArgumentException(
          "account "
              + a.address()
              + " is a "
              + a.state().getClass().getSimpleName()
              + ", not a "
              + klass.getSimpleName());
    }
    return new DecodedAccount<>(a.address(), a.lamports(), klass.cast(a.state()));
  }
}
