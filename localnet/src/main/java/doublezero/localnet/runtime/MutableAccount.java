package doublezero.localnet.runtime;

import doublezero.localnet.ledger.Account;
import doublezero.sdk.solana.key.PublicKey;

/// Working copy of one account during a transaction; shared by every reference to the same address.
final class MutableAccount {
  final PublicKey key;
  long lamports;
  PublicKey owner;
  byte[] data;
  boolean executable;
  long rentEpoch;
  final boolean existed;

  MutableAccount(PublicKey key, Account a) {
    this.key = key;
    this.existed = a != null;
    Account src = a != null ? a : Account.system(0);
    this.lamports = src.lamports();
    this.owner = src.owner();
    this.data = src.data();
    this.executable = src.executable();
    this.rentEpoch = src.rentEpoch();
  }

  Account toAccount() {
    return new Account(lamports, owner, data, executable, rentEpoch);
  }

  MutableAccount copy() {
    MutableAccount m = new MutableAccount(key, toAccount());
    return m;
  }

  void restore(MutableAccount from) {
    lamports = from.lamports;
    owner = from.owner;
    data = from.data;
    executable = from.executable;
    rentEpoch = from.rentEpoch;
  }
}
