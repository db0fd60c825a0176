package org.est4j.scoring.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.est4j.core.picture.Hotspot;
import org.est4j.core.picture.HotspotQuery;
import org.est4j.core.spi.HotspotDetectorProvider;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.spi.contract.HotspotDetectorProviderContract;
import org.est4j.scoring.hotspot.HotspotDetectors;
import org.junit.jupiter.api.Test;

/**
 * The checks of {@link HotspotDetectorProviderContract} (from est-core's test-jar) pass for the built-in detectors and
 * fail for detectors that break them.
 */
class HotspotDetectorProviderContractTest {

    private static HotspotDetectorProviderContract<HotspotDetectorProvider> contract(HotspotDetectorProvider p) {
        return new HotspotDetectorProviderContract<>() {
            @Override
            protected HotspotDetectorProvider provider() {
                return p;
            }

            @Override
            protected boolean declaredForServiceLoader() {
                return false;
            }
        };
    }

    private static HotspotDetectorProvider detector(String id, HotspotDetectorProvider.HotspotDetector detector) {
        return new HotspotDetectorProvider() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String description() {
                return "A test detector";
            }

            @Override
            public HotspotDetector create(PluginConfig config) {
                return detector;
            }
        };
    }

    @Test
    void aDetectorThatDesignatesTheWholeTownForAYearFails() {
        HotspotDetectorProvider greedy = detector("greedy", (HotspotQuery q) -> q.observations().isEmpty()
                ? java.util.List.of()
                : java.util.List.of(Hotspot.builder().area(q.area()).method("greedy").score(1)
                        .window(org.threeten.extra.LocalDateRange.ofClosed(q.window().getStart(),
                                q.window().getStart().plusYears(1)))
                        .addReasons("Everything, all year").build()));

        assertThatThrownBy(() -> contract(greedy).hotspotsLieWithinTheQuery()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("window");
    }

    @Test
    void aDetectorThatListsTheColdestFirstFails() {
        HotspotDetectorProvider backwards = detector("repeat-location", q -> {
            java.util.List<Hotspot> found = new java.util.ArrayList<>(HotspotDetectors.repeatLocation(
                    PluginConfig.empty().with("min-count", "1").with("min-share", "0")).detect(q));
            java.util.Collections.reverse(found);
            return found;
        });

        assertThatCode(() -> contract(backwards).hotspotsLieWithinTheQuery()).doesNotThrowAnyException();
        assertThatThrownBy(() -> contract(backwards).hotspotsComeHottestFirst()).isInstanceOf(AssertionError.class);
        assertThatCode(() -> {
            for (HotspotDetectorProvider p : new HotspotDetectorProvider[] {new RepeatLocationDetectorProvider(),
                    new ExcessRateDetectorProvider(), new GiStarDetectorProvider()}) {
                contract(p).hotspotsLieWithinTheQuery();
                contract(p).hotspotsComeHottestFirst();
                contract(p).noObservationsGiveNoHotspots();
                contract(p).isPure();
            }
        }).doesNotThrowAnyException();
    }
}
