package org.est4j.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.est4j.core.spi.contract.HotspotDetectorProviderContract;
import org.junit.jupiter.api.Test;

class HotspotSupportTest {

    /** R: {@code p.adjust(c(0.01, 0.04, 0.03, 0.005), "BH")} is 0.02 0.04 0.04 0.02; "bonferroni" 0.04 0.16 0.12 0.02. */
    @Test
    void adjustsAsRsPAdjust() {
        double[] p = {0.01, 0.04, 0.03, 0.005};

        assertThat(HotspotSupport.adjust(p, "fdr")).containsExactly(new double[] {0.02, 0.04, 0.04, 0.02}, within(1e-15));
        assertThat(HotspotSupport.adjust(p, "bonferroni")).containsExactly(new double[] {0.04, 0.16, 0.12, 0.02},
                within(1e-15));
        assertThat(HotspotSupport.adjust(p, "none")).containsExactly(p);
        assertThat(HotspotSupport.adjust(new double[] {0.5, 0.9}, "bonferroni")).containsExactly(1.0, 1.0);
    }

    @Test
    void anAdjustedPValueIsNeverBelowTheRawOneNorAboveOne() {
        qt().withFixedSeed(20261).withExamples(300)
                .forAll(lists().of(doubles().between(0, 1)).ofSizeBetween(1, 30)).checkAssert(list -> {
            double[] p = list.stream().mapToDouble(Double::doubleValue).toArray();
            for (String method : List.of("fdr", "bonferroni")) {
                double[] adjusted = HotspotSupport.adjust(p, method);
                for (int i = 0; i < p.length; i++) {
                    assertThat(adjusted[i]).isBetween(p[i] - 1e-15, 1.0);
                }
            }
        });
    }

    @Test
    void namesTheCommonestCategoriesAndTheLowestCommonArea() {
        var observations = HotspotDetectorProviderContract.townObservations();
        Words en = Words.of(org.est4j.core.spi.PluginConfig.empty().with("language", "en"));

        assertThat(HotspotSupport.commonest(observations, en))
                .isEqualTo("Insecurity-causing gathering 4, Property damage 4, Littering 3");
        assertThat(HotspotSupport.lowestCommonArea(HotspotDetectorProviderContract.HIERARCHY, observations.subList(0, 1),
                HotspotDetectorProviderContract.TOWN)).isEqualTo(observations.get(0).area());
        assertThat(HotspotSupport.lowestCommonArea(HotspotDetectorProviderContract.HIERARCHY, observations,
                HotspotDetectorProviderContract.NORTH)).isEqualTo(HotspotDetectorProviderContract.TOWN);
        assertThat(HotspotSupport.lowestCommonArea(HotspotDetectorProviderContract.HIERARCHY, List.of(),
                HotspotDetectorProviderContract.NORTH)).isEqualTo(HotspotDetectorProviderContract.NORTH);
    }
}
