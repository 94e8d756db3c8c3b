package doublezero.localnet.programs.geolocation;

import doublezero.localnet.ledger.UpgradeableProgramData;
import doublezero.localnet.programs.ProgramHarness;
import doublezero.localnet.programs.telemetry.TelemetryFixtures;
import doublezero.sdk.geolocation.instruction.AddParentDevice;
import doublezero.sdk.geolocation.instruction.AddParentDeviceAccounts;
import doublezero.sdk.geolocation.instruction.CreateGeoProbe;
import doublezero.sdk.geolocation.instruction.CreateGeoProbeAccounts;
import doublezero.sdk.geolocation.instruction.InitProgramConfig;
import doublezero.sdk.geolocation.instruction.ProgramConfigAccounts;
import doublezero.sdk.geolocation.pda.GeolocationPda;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.ExchangeStatus;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;

/// Geolocation fixtures (reference `tests/test_helpers.rs`): the program-data account a BPF
/// deployment would have (upgradeable-loader `ProgramData` state naming the upgrade authority),
/// seeded Exchanges and Devices, and the serviceability GlobalState of [ProgramHarness#initialized]
/// (foundation allowlist = the harness foundation).
final class GeolocationFixtures {
  final ProgramHarness h;
  final PublicKey geo = ProgramHarness.ENV.geolocationProgramId();

  GeolocationFixtures(ProgramHarness h) {
    this.h = h;
  }

  /// bincode `UpgradeableLoaderState::ProgramData { slot, upgrade_authority_address:
  /// Some(authority) }`.
  static byte[] programData(PublicKey authority) {
    return UpgradeableProgramData.encode(0, authority);
  }

  void seedProgramData(PublicKey authority) {
    h.seedRaw(
        GeolocationPda.programData(geo).address(),
        GeolocationPda.BPF_LOADER_UPGRADEABLE,
        programData(authority));
  }

  Instruction init(PublicKey payer) {
    return new InitProgramConfig().toInstruction(geo, ProgramConfigAccounts.derive(geo, payer));
  }

  PublicKey seedExchange(ExchangeStatus status) {
    PublicKey k = Keypair.generate().publicKey();
    h.seed(k, TelemetryFixtures.exchange(status, "ams"));
    return k;
  }

  PublicKey seedDevice(DeviceStatus status) {
    PublicKey k = Keypair.generate().publicKey();
    h.seed(
        k,
        TelemetryFixtures.device(
            status, Keypair.generate().publicKey(), Keypair.generate().publicKey()));
    return k;
  }

  Instruction create(
      String code, PublicKey exchange, PublicKey payer, String ip, PublicKey publisher) {
    return new CreateGeoProbe(code, Ipv4Address.parse(ip), 4242, publisher)
        .toInstruction(
            geo, CreateGeoProbeAccounts.derive(geo, code, exchange, h.globalState(), payer));
  }

  Instruction addParent(String code, PublicKey device, PublicKey payer) {
    return new AddParentDevice()
        .toInstruction(
            geo, AddParentDeviceAccounts.derive(geo, code, device, h.globalState(), payer));
  }
}
