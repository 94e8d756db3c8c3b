package doublezero.localnet.programs.serviceability.resource;

import doublezero.localnet.programs.accounts.AccountLifecycle;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.IdOrIp;
import doublezero.sdk.serviceability.instruction.ResourceType;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccountType;
import doublezero.sdk.serviceability.state.Allocator;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.GlobalConfig;
import doublezero.sdk.serviceability.state.ResourceExtension;
import doublezero.sdk.solana.key.ProgramDerivedAddress;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/// On-chain resource pools (ResourceExtension accounts): their PDAs and ranges, creation, and
/// allocation of ids and IP blocks (`PROC/resource/mod.rs`, `STATE/resource_extension.rs`;
/// `serviceability-instructions.md` §6.3). Used by SetGlobalConfig, the device, link, user and
/// multicast processors, and the resource instructions.
public final class ResourcePools {
  /// Offset of the allocator in the header: type (1) + owner (32) + bump (1) + associated_with
  /// (32).
  private static final int ALLOCATOR_OFFSET = 66;

  private ResourcePools() {}

  /// @return the PDA of a pool (`get_resource_extension_pda`)
  public static ProgramDerivedAddress pda(PublicKey programId, ResourceType type) {
    return switch (type) {
      case ResourceType.Global g ->
          switch (g) {
            case DEVICE_TUNNEL_BLOCK -> ServiceabilityPdas.deviceTunnelBlock(programId);
            case USER_TUNNEL_BLOCK -> ServiceabilityPdas.userTunnelBlock(programId);
            case MULTICAST_GROUP_BLOCK -> ServiceabilityPdas.multicastGroupBlock(programId);
            case MULTICAST_PUBLISHER_BLOCK -> ServiceabilityPdas.multicastPublisherBlock(programId);
            case LINK_IDS -> ServiceabilityPdas.linkIds(programId);
            case SEGMENT_ROUTING_IDS -> ServiceabilityPdas.segmentRoutingIds(programId);
            case VRF_IDS -> ServiceabilityPdas.vrfIds(programId);
          };
      case ResourceType.DzPrefixBlock d ->
          ServiceabilityPdas.dzPrefixBlock(programId, d.device(), d.index());
      case ResourceType.TunnelIds t ->
          ServiceabilityPdas.tunnelIds(programId, t.device(), t.index());
    };
  }

  /// The signer seeds `create_resource` passes to `try_create_account`. For per-device pools the
  /// reference takes the key of the *associated account* (not the device inside the ResourceType),
  /// with the bump of the pool's own PDA, so a mismatched pair fails in the system program's signer
  /// check, as on chain.
  private static List<byte[]> seeds(
      ResourceType type, ProgramDerivedAddress pda, PublicKey associated) {
    List<byte[]> seeds =
        switch (type) {
          case ResourceType.Global g -> pda.seeds();
          case ResourceType.DzPrefixBlock d ->
              ServiceabilityPdas.dzPrefixBlockSeeds(associated, d.index());
          case ResourceType.TunnelIds t -> ServiceabilityPdas.tunnelIdsSeeds(associated, t.index());
        };
    List<byte[]> out = new ArrayList<>(seeds);
    out.add(new byte[] {(byte) pda.bump()});
    return out;
  }

  /// `get_resource_extension_range`: the allocator a new pool of `type` starts with.
  ///
  /// @param associated the device for per-device pools (may be null or the zero key for global
  ///   ones)
  /// @throws ProgramException a panic when a per-device pool has no device, or the device does not
  ///   decode
  public static Allocator range(
      Invocation inv, GlobalConfig config, BorrowedAccount associated, ResourceType type)
      throws ProgramException {
    Device device = null;
    if (associated != null && !associated.key().equals(PublicKey.DEFAULT)) {
      inv.check(
          associated.owner().equals(inv.programId()),
          "Invalid PDA Account Owner (associated account)");
      try {
        device = Device.decode(associated.data());
      } catch (DecodeException e) {
        throw inv.panic(
            "Failed to deserialize associated account as Device when getting resource extension IP"
                + " block");
      }
    }
    return switch (type) {
      case ResourceType.Global g ->
          switch (g) {
            case DEVICE_TUNNEL_BLOCK -> new Allocator.Ip(config.deviceTunnelBlock(), 0);
            case USER_TUNNEL_BLOCK -> new Allocator.Ip(config.userTunnelBlock(), 0);
            case MULTICAST_GROUP_BLOCK -> new Allocator.Ip(config.multicastgroupBlock(), 0);
            case MULTICAST_PUBLISHER_BLOCK -> new Allocator.Ip(config.multicastPublisherBlock(), 0);
            case LINK_IDS -> new Allocator.Id(0, 65535, 0);
            case SEGMENT_ROUTING_IDS -> new Allocator.Id(1, 65535, 0);
            case VRF_IDS -> new Allocator.Id(1, 1024, 0);
          };
      case ResourceType.DzPrefixBlock d -> {
        inv.check(device != null, "Associated account must be a device for DzPrefixBlock");
        inv.check(
            d.index() >= 0 && d.index() < device.dzPrefixes().size(),
            "index out of bounds: dz_prefixes");
        yield new Allocator.Ip(device.dzPrefixes().get((int) d.index()), 0);
      }
      case ResourceType.TunnelIds t -> {
        inv.check(device != null, "Associated account must be a device for DzPrefixBlock");
        yield new Allocator.Id(500, 4596, 0);
      }
    };
  }

  /// `create_resource`: creates (or, when it exists, resizes and zero-fills) the pool account of
  /// `type` and writes its header; a DzPrefixBlock then reserves its first address for the device's
  /// Loopback100.
  ///
  /// @param associated the device for per-device pools, or null
  /// @throws ProgramException panics for a read-only or misplaced account, `InvalidAccountData` for
  ///   a bad GlobalConfig, or the system program's error
  public static void create(
      Invocation inv,
      BorrowedAccount resource,
      BorrowedAccount associated,
      BorrowedAccount globalConfigAccount,
      BorrowedAccount payer,
      ResourceType type)
      throws ProgramException {
    inv.checkWritable(resource, "PDA");
    GlobalConfig config = inv.read(globalConfigAccount, GlobalConfig.class);
    inv.check(
        globalConfigAccount
            .key()
            .equals(ServiceabilityPdas.globalConfig(inv.programId()).address()),
        "Invalid GlobalConfig PubKey");
    ProgramDerivedAddress pda = pda(inv.programId(), type);
    Allocator allocator = range(inv, config, associated, type);
    inv.check(resource.key().equals(pda.address()), "Invalid Resource Account PubKey");
    int size = ResourceExtension.BITMAP_OFFSET + allocator.bitmapBytes();
    PublicKey associatedKey = associated == null ? PublicKey.DEFAULT : associated.key();
    byte[] data = new byte[size];
    byte[] header = header(payer.key(), pda.bump(), associatedKey, allocator);
    System.arraycopy(header, 0, data, 0, header.length);
    if (type instanceof ResourceType.DzPrefixBlock) {
      new ResourceBitmap(data, allocator).allocateIp((Allocator.Ip) allocator, 1);
    }
    if (resource.dataLength() == 0) {
      AccountLifecycle.create(inv.ctx(), resource, payer, data, seeds(type, pda, associatedKey));
    } else {
      AccountLifecycle.resize(inv.ctx(), resource, payer, size);
      resource.setData(data);
    }
  }

  private static byte[] header(
      PublicKey owner, int bump, PublicKey associated, Allocator allocator) {
    BorshWriter w = new BorshWriter();
    w.u8(AccountType.RESOURCE_EXTENSION.wireValue())
        .publicKey(owner)
        .u8(bump)
        .publicKey(associated);
    allocator.encode(w);
    return w.toByteArray();
  }

  /// `allocate_ip`: the lowest free block of `count` addresses.
  ///
  /// @throws ProgramException `AllocationFailed` (63) when none is free, `InvalidAccountType` (9)
  ///   for another account, `InvalidArgument` (65) for an id pool
  public static NetworkV4 allocateIp(Invocation inv, BorrowedAccount account, int count)
      throws ProgramException {
    byte[] data = account.data();
    ResourceBitmap bitmap = open(inv, data);
    if (!(bitmap.allocator() instanceof Allocator.Ip ip)) {
      inv.check(count == 1, "ID allocation count must be 1");
      int id = bitmap.allocateId((Allocator.Id) bitmap.allocator());
      throw inv.error(
          id < 0 ? ServiceabilityError.ALLOCATION_FAILED : ServiceabilityError.INVALID_ARGUMENT);
    }
    inv.check(Integer.bitCount(count) == 1, "IP allocation count must be a power of two");
    NetworkV4 net = bitmap.allocateIp(ip, count);
    if (net == null) {
      throw inv.error(ServiceabilityError.ALLOCATION_FAILED);
    }
    account.setData(data);
    return net;
  }

  /// `allocate_id`: the lowest free id.
  ///
  /// @throws ProgramException `AllocationFailed` (63) when none is free, `InvalidArgument` (65) for
  ///   an IP pool
  public static int allocateId(Invocation inv, BorrowedAccount account) throws ProgramException {
    byte[] data = account.data();
    ResourceBitmap bitmap = open(inv, data);
    if (!(bitmap.allocator() instanceof Allocator.Id id)) {
      NetworkV4 net = bitmap.allocateIp((Allocator.Ip) bitmap.allocator(), 1);
      throw inv.error(
          net == null
              ? ServiceabilityError.ALLOCATION_FAILED
              : ServiceabilityError.INVALID_ARGUMENT);
    }
    int value = bitmap.allocateId(id);
    if (value < 0) {
      throw inv.error(ServiceabilityError.ALLOCATION_FAILED);
    }
    account.setData(data);
    return value;
  }

  /// `allocate_specific_id`.
  ///
  /// @throws ProgramException `AllocationFailed` (63) when taken or out of range, `InvalidArgument`
  ///   (65) for an IP pool
  public static void allocateSpecificId(Invocation inv, BorrowedAccount account, int id)
      throws ProgramException {
    byte[] data = account.data();
    ResourceBitmap bitmap = open(inv, data);
    if (!(bitmap.allocator() instanceof Allocator.Id a)) {
      throw inv.error(ServiceabilityError.INVALID_ARGUMENT);
    }
    if (!bitmap.allocateSpecificId(a, id)) {
      throw inv.error(ServiceabilityError.ALLOCATION_FAILED);
    }
    account.setData(data);
  }

  /// `allocate_specific_ip`.
  ///
  /// @throws ProgramException `AllocationFailed` (63) when outside, misaligned or taken,
  ///   `InvalidArgument` (65) for an id pool
  public static void allocateSpecificIp(Invocation inv, BorrowedAccount account, NetworkV4 net)
      throws ProgramException {
    byte[] data = account.data();
    ResourceBitmap bitmap = open(inv, data);
    if (!(bitmap.allocator() instanceof Allocator.Ip a)) {
      throw inv.error(ServiceabilityError.INVALID_ARGUMENT);
    }
    if (!bitmap.allocateSpecificIp(a, net)) {
      throw inv.error(ServiceabilityError.ALLOCATION_FAILED);
    }
    account.setData(data);
  }

  /// `deallocate_ip`: idempotent; an account of another type frees nothing.
  ///
  /// @return whether the block was allocated and is now free
  /// @throws ProgramException a panic for data shorter than the header or an undecodable allocator
  ///   (the reference's `inplace_from` panics there), or the runtime's error when the account may
  ///   not be written
  public static boolean deallocateIp(Invocation inv, BorrowedAccount account, NetworkV4 net)
      throws ProgramException {
    byte[] data = account.data();
    ResourceBitmap bitmap = tryOpen(inv, data);
    if (bitmap == null
        || !(bitmap.allocator() instanceof Allocator.Ip a)
        || !bitmap.deallocateIp(a, net)) {
      return false;
    }
    account.setData(data);
    return true;
  }

  /// `deallocate_id`: idempotent; an account of another type frees nothing.
  ///
  /// @return whether the id was allocated and is now free
  /// @throws ProgramException as [#deallocateIp]
  public static boolean deallocateId(Invocation inv, BorrowedAccount account, int id)
      throws ProgramException {
    byte[] data = account.data();
    ResourceBitmap bitmap = tryOpen(inv, data);
    if (bitmap == null
        || !(bitmap.allocator() instanceof Allocator.Id a)
        || !bitmap.deallocateId(a, id)) {
      return false;
    }
    account.setData(data);
    return true;
  }

  /// `ResourceExtensionBorrowed::allocate(1)` whatever the pool's kind (AllocateResource without a
  /// request).
  ///
  /// @return the id, or the /32 block
  /// @throws ProgramException `AllocationFailed` (63) when full, `InvalidAccountType` (9), panics
  ///   as [#open]
  public static IdOrIp allocateOne(Invocation inv, BorrowedAccount account)
      throws ProgramException {
    byte[] data = account.data();
    ResourceBitmap bitmap = open(inv, data);
    IdOrIp out =
        switch (bitmap.allocator()) {
          case Allocator.Ip ip -> {
            NetworkV4 net = bitmap.allocateIp(ip, 1);
            yield net == null ? null : new IdOrIp.Ip(net);
          }
          case Allocator.Id id -> {
            int value = bitmap.allocateId(id);
            yield value < 0 ? null : new IdOrIp.Id(value);
          }
        };
    if (out == null) {
      throw inv.error(ServiceabilityError.ALLOCATION_FAILED);
    }
    account.setData(data);
    return out;
  }

  /// `ResourceExtensionBorrowed::allocate_specific` (AllocateResource with a request).
  ///
  /// @throws ProgramException `InvalidArgument` (65) when the value's kind is not the pool's,
  ///   `AllocationFailed` (63) when taken, outside or misaligned, `InvalidAccountType` (9), panics
  ///   as [#open]
  public static void allocateSpecific(Invocation inv, BorrowedAccount account, IdOrIp value)
      throws ProgramException {
    switch (value) {
      case IdOrIp.Ip ip -> allocateSpecificIp(inv, account, ip.net());
      case IdOrIp.Id id -> allocateSpecificId(inv, account, id.id());
    }
  }

  /// `ResourceExtensionBorrowed::deallocate` after a strict `inplace_from` (DeallocateResource): a
  /// value of the other kind, or one not allocated, frees nothing and is no error.
  ///
  /// @return whether something was freed
  /// @throws ProgramException `InvalidAccountType` (9) for another account type, panics as [#open]
  public static boolean deallocate(Invocation inv, BorrowedAccount account, IdOrIp value)
      throws ProgramException {
    byte[] data = account.data();
    ResourceBitmap bitmap = open(inv, data);
    boolean freed =
        switch (bitmap.allocator()) {
          case Allocator.Ip ip -> value instanceof IdOrIp.Ip v && bitmap.deallocateIp(ip, v.net());
          case Allocator.Id id -> value instanceof IdOrIp.Id v && bitmap.deallocateId(id, v.id());
        };
    if (freed) {
      account.setData(data);
    }
    return freed;
  }

  /// `allocate_ip_from_first_available`: one address from the first pool that has one.
  ///
  /// @throws ProgramException `AllocationFailed` (63) when every pool is full
  public static Ipv4Address allocateIpFromFirstAvailable(
      Invocation inv, List<BorrowedAccount> accounts) throws ProgramException {
    for (BorrowedAccount account : accounts) {
      try {
        return allocateIp(inv, account, 1).ip();
      } catch (ProgramException e) {
        // the reference tries the next pool on any error
      }
    }
    throw inv.error(ServiceabilityError.ALLOCATION_FAILED);
  }

  /// `ResourceExtensionBorrowed::inplace_from`: splits the data at the bitmap offset (a panic when
  /// shorter), reads the header fields leniently but `unwrap`s the allocator (a panic when it does
  /// not decode), and only then requires the account type (`InvalidAccountType` (9)).
  private static ResourceBitmap open(Invocation inv, byte[] data) throws ProgramException {
    ResourceBitmap bitmap = tryOpen(inv, data);
    if (bitmap == null) {
      throw inv.error(ServiceabilityError.INVALID_ACCOUNT_TYPE);
    }
    return bitmap;
  }

  /// As [#open] but null for another account type (`if let Ok(..) = inplace_from(..)` in
  /// `deallocate_*`: the short-data and allocator panics still happen).
  private static ResourceBitmap tryOpen(Invocation inv, byte[] data) throws ProgramException {
    inv.check(data.length >= ResourceExtension.BITMAP_OFFSET, "mid > len");
    Allocator allocator;
    try {
      allocator =
          Allocator.decode(
              BorshReader.lenient(
                  Arrays.copyOfRange(data, ALLOCATOR_OFFSET, ResourceExtension.BITMAP_OFFSET),
                  "ResourceExtension"),
              "allocator");
    } catch (DecodeException e) {
      throw inv.panic("called `Result::unwrap()` on an `Err` value: " + e.getMessage());
    }
    if ((data[0] & 0xFF) != AccountType.RESOURCE_EXTENSION.wireValue()) {
      return null;
    }
    return new ResourceBitmap(data, allocator);
  }
}
