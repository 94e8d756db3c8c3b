package doublezero.sdk.serviceability.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/// Random accounts of all 15 types cut at every offset (reference `serviceability-state.md` §2.2,
/// §9; [AccountPrefixes]): every prefix that ends on a field boundary past the required fields
/// decodes to the present fields plus the documented defaults; every other prefix throws
/// `DecodeException`.
class PrefixProperties {

  @Provide
  Arbitrary<List<ServiceabilityAccount>> allTypes() {
    return Arbitraries.randomValue(RandomAccounts::oneOfEach);
  }

  @Property(tries = 50)
  void everyPrefixOnAFieldBoundaryPastTheRequiredFieldsDecodes(
      @ForAll("allTypes") List<ServiceabilityAccount> accounts) {
    for (ServiceabilityAccount account : accounts) {
      byte[] data = account.encode();
      String label = account.accountType().variantName();
      int decoded = 0;
      for (int cut = 0; cut <= data.length; cut++) {
        if (AccountPrefixes.check(label, account, data, cut)) {
          decoded++;
        }
      }
      int required = AccountPrefixes.requiredEnd(account);
      long expected =
          account instanceof ResourceExtension
              ? data.length - required + 1
              : Arrays.stream(AccountPrefixes.fieldEnds(account))
                  .filter(e -> e >= required)
                  .distinct()
                  .count();
      assertThat(decoded).as("%s: decoding cuts", label).isEqualTo(expected);
    }
  }

  /// The boundary oracle agrees with the encoder: the Borsh sizes of the fields add up to the
  /// encoded length.
  @Property(tries = 30)
  void fieldBoundariesAddUpToTheEncoding(@ForAll("allTypes") List<ServiceabilityAccount> accounts) {
    for (ServiceabilityAccount account : accounts) {
      int[] ends = AccountPrefixes.fieldEnds(account);
      assertThat(ends)
          .as(account.accountType().variantName())
          .isSorted()
          .endsWith(account.encode().length);
      assertThat(ends[0]).isEqualTo(1);
    }
  }
}
