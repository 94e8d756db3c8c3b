package doublezero.sdk.solana.key;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/// A program-derived address, the bump seed that made it off-curve, and the seeds it was derived
/// from (Solana `Pubkey::find_program_address`). The seeds are what a program passes to
/// `invoke_signed` to sign for the address, so one derivation serves both the client and a program
/// port: no seed recipe is spelled twice.
///
/// Equality is by address and bump (the same address derived twice is the same PDA).
///
/// @param address the PDA
/// @param bump the bump seed, 0..255
/// @param seeds the seeds without the bump, in order (copied; not to be modified)
public record ProgramDerivedAddress(PublicKey address, int bump, List<byte[]> seeds) {
  /// @throws NullPointerException for a null address or seed list
  public ProgramDerivedAddress {
    Objects.requireNonNull(address, "address");
    seeds = List.copyOf(seeds);
  }

  /// The seeds `invoke_signed` needs: the derivation's seeds followed by the one-byte bump.
  ///
  /// @return a new list of seeds, bump last
  public List<byte[]> signerSeeds() {
    List<byte[]> out = new ArrayList<>(seeds.size() + 1);
    out.addAll(seeds);
    out.add(new byte[] {(byte) bump});
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProgramDerivedAddress p && p.address.equals(address) && p.bump == bump;
  }

  @Override
  public int hashCode() {
    return address.hashCode() * 31 + bump;
  }

  @Override
  public String toString() {
    return "ProgramDerivedAddress[address=" + address + ", bump=" + bump + "]";
  }
}
