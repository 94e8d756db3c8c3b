package doublezero.bench;

import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.User;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/// Account decode throughput, one thread (= accounts per second per core): `Device.decode`,
/// `Link.decode` and `User.decode` on the reference fixture bytes (see [SampleAccounts]).
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DecodeBenchmark {
  private byte[] device;
  private byte[] link;
  private byte[] user;

  /// Loads the account bytes and checks that each decodes.
  @Setup
  public void load() {
    SampleAccounts samples = SampleAccounts.load();
    device = samples.device();
    link = samples.link();
    user = samples.user();
    Device.decode(device);
    Link.decode(link);
    User.decode(user);
  }

  /// @return the decoded Device
  @Benchmark
  public Device device() {
    return Device.decode(device);
  }

  /// @return the decoded Link
  @Benchmark
  public Link link() {
    return Link.decode(link);
  }

  /// @return the decoded User
  @Benchmark
  public User user() {
    return User.decode(user);
  }
}
