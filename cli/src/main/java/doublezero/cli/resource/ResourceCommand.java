package doublezero.cli.resource;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import doublezero.cli.command.CliCommand;
import doublezero.cli.command.GroupCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.output.JsonOutput;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.serviceability.instruction.AllocateResource;
import doublezero.sdk.serviceability.instruction.CloseResource;
import doublezero.sdk.serviceability.instruction.CreateResource;
import doublezero.sdk.serviceability.instruction.DeallocateResource;
import doublezero.sdk.serviceability.instruction.IdOrIp;
import doublezero.sdk.serviceability.instruction.ResourceAssociationAccounts;
import doublezero.sdk.serviceability.instruction.ResourceType;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Allocator;
import doublezero.sdk.serviceability.state.ResourceExtension;
import doublezero.sdk.serviceability.state.ServiceabilityAccount;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/// `doublezero resource allocate|create|deallocate|get|close|verify` (reference
/// `smartcontract/cli/src/resource/*.rs`, SDK `commands/resource/*.rs`): the resource-extension PDA
/// of the kind, the associated device (or the default key) and GlobalState; `create` adds
/// GlobalConfig, `close` sends the extension's owner instead of the device.
@Command(
    name = "resource",
    description = "IP/ID Resource Management",
    subcommands = {
      ResourceCommand.Allocate.class,
      ResourceCommand.Create.class,
      ResourceCommand.Deallocate.class,
      ResourceCommand.Get.class,
      ResourceCommand.Close.class,
      ResourceVerifyCommand.class
    })
public final class ResourceCommand extends GroupCommand {

  static PublicKey gs(Session s) {
    if (s.ledger().globalState().isEmpty()) {
      throw new CliException("Globalstate not initialized");
    }
    return ServiceabilityPdas.globalState(s.connection().programId()).address();
  }

  static ResourceAssociationAccounts association(Session s, ResourceType t, PublicKey payer) {
    PublicKey program = s.connection().programId();
    return new ResourceAssociationAccounts(
        ResourceArgs.address(program, t), ResourceArgs.associated(t), gs(s), payer);
  }

  /// The reference `GetResourceCommand`: the extension account must exist.
  static ResourceExtension extension(Session s, ResourceType t, String missing) {
    LedgerView l = s.ledger();
    PublicKey pda = ResourceArgs.address(s.connection().programId(), t);
    return l.get(pda, ResourceExtension.class)
        .orElseThrow(
            () ->
                new CliException(
                    missing != null
                        ? missing
                        : l.get(pda, ServiceabilityAccount.class).isPresent()
                            ? "Invalid resource extension"
                            : "AccountNotFound: pubkey=" + pda));
  }

  @Command(name = "allocate", description = "Allocate a resource")
  static final class Allocate extends CliCommand {
    @Mixin ResourceArgs args;

    @Option(names = "--requested-allocation", description = "Requested allocation (optional)")
    String requested;

    @Override
    protected void execute(Session s) {
      PublicKey payer = s.signer().publicKey();
      Sender.checkBalance(s, s.signer());
      Optional<IdOrIp> req = Optional.ofNullable(requested).map(args::value);
      ResourceType t = args.type();
      ResourceArgs.checkDevice(s.ledger(), t);
      Sender.send(
          s,
          new AllocateResource(t, req)
              .toInstruction(s.connection().programId(), association(s, t, payer)));
    }
  }

  @Command(name = "create", description = "Create a resource")
  static final class Create extends CliCommand {
    @Mixin ResourceArgs args;

    @Override
    protected void execute(Session s) {
      PublicKey payer = s.signer().publicKey();
      Sender.checkBalance(s, s.signer());
      ResourceType t = args.type();
      ResourceArgs.checkDevice(s.ledger(), t);
      PublicKey program = s.connection().programId();
      PublicKey gs = gs(s);
      Sender.send(
          s,
          new CreateResource(t)
              .toInstruction(
                  program,
                  new CreateResource.Accounts(
                      ResourceArgs.address(program, t),
                      ResourceArgs.associated(t),
                      gs,
                      ServiceabilityPdas.globalConfig(program).address(),
                      payer)));
    }
  }

  @Command(name = "deallocate", description = "Deallocate a resource")
  static final class Deallocate extends CliCommand {
    @Mixin ResourceArgs args;

    @Option(names = "--value", required = true, description = "Requested value to deallocate")
    String value;

    @Override
    protected void execute(Session s) {
      PublicKey payer = s.signer().publicKey();
      Sender.checkBalance(s, s.signer());
      IdOrIp v = args.value(value);
      ResourceType t = args.type();
      ResourceArgs.checkDevice(s.ledger(), t);
      Sender.send(
          s,
          new DeallocateResource(t, v)
              .toInstruction(s.connection().programId(), association(s, t, payer)));
    }
  }

  @Command(name = "get", description = "Get a resource")
  static final class Get extends CliCommand {
    @Mixin ResourceArgs args;

    @Option(names = "--json", description = "Output as JSON")
    boolean json;

    @Override
    protected void execute(Session s) {
      List<String> values = allocated(extension(s, args.type(), null));
      if (json) {
        ArrayNode arr = JsonNodeFactory.instance.arrayNode();
        values.forEach(v -> arr.addObject().put("resource", v));
        s.out().println(JsonOutput.pretty(arr));
      } else {
        s.out().println(AsciiTable.render("resource", values));
      }
    }
  }

  /// @param e a resource extension
  /// @return its allocated values in bitmap order: `a.b.c.d/32` for IP pools, ids for id pools
  ///   (reference `ResourceExtensionOwned::iter_allocated`)
  static List<String> allocated(ResourceExtension e) {
    List<String> out = new ArrayList<>();
    for (int i : e.allocatedIndices()) {
      out.add(
          switch (e.allocator()) {
            case Allocator.Ip ip -> e.addressAt(i) + "/32";
            case Allocator.Id id -> Integer.toString(e.idAt(i));
          });
    }
    return out;
  }

  @Command(name = "close", description = "Close a resource")
  static final class Close extends CliCommand {
    @Mixin ResourceArgs args;

    @Override
    protected void execute(Session s) {
      PublicKey payer = s.signer().publicKey();
      Sender.checkBalance(s, s.signer());
      ResourceType t = args.type();
      extension(s, t, "Resource not found");
      PublicKey gs = gs(s);
      ResourceExtension e = extension(s, t, "Device not found");
      PublicKey program = s.connection().programId();
      Sender.send(
          s,
          new CloseResource()
              .toInstruction(
                  program,
                  new CloseResource.Accounts(
                      ResourceArgs.address(program, t), e.owner(), gs, payer)));
    }
  }
}
