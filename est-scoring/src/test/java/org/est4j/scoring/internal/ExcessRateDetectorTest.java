package org.est4j.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.est4j.core.spi.contract.HotspotDetectorProviderContract.EAST;
import static org.est4j.core.spi.contract.HotspotDetectorProviderContract.NORTH;
import static org.est4j.core.spi.contract.HotspotDetectorProviderContract.SOUTH;
import static org.est4j.core.spi.contract.HotspotDetectorProviderContract.TOWN;
import static org.est4j.core.spi.contract.HotspotDetectorProviderContract.query;
import static org.est4j.core.spi.contract.HotspotDetectorProviderContract.townObservations;

import java.util.List;
import org.est4j.core.ValidationException;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.picture.Hotspot;
import org.est4j.core.spi.PluginConfig;
import org.junit.jupiter.api.Test;

/**
 * The town of the contract's fixture: its neighbourhoods north, south and east have 10, 3 and 2 observations (one
 * more is on the town itself and belongs to none), so T = 15 and with equal shares each is expected to have 5. The
 * north's upper tail, P(X ≥ 10) for X ~ Poisson(5), is 1 − Σ_{k<10} e^−5 5^k / k! = 0.031828; the south's
 * P(X ≥ 3) = 0.8753 and the east's P(X ≥ 2) = 0.9596.
 */
class ExcessRateDetectorTest {

    private static ExcessRateDetector detector(PluginConfig config) {
        return ExcessRateDetector.of(config, Taxonomy.standard());
    }

    @Test
    void designatesTheNeighbourhoodWithTwiceItsShare() {
        List<Hotspot> found = detector(PluginConfig.empty().with("adjust", "none").with("language", "en"))
                .detect(query(TOWN, townObservations()));

        assertThat(found).singleElement().satisfies(h -> {
            assertThat(h.area()).isEqualTo(NORTH);
            assertThat(h.score()).isCloseTo(2.0, within(1e-12));
            assertThat(h.observations()).hasSize(10);
            assertThat(h.placeName()).isEmpty();
            assertThat(h.reasons()).containsExactly("10 observations in Norr 2026-11-16–2026-11-22 against 5.0 expected"
                    + " (an equal share, 1/3, of the 15 in the sub-areas of Staden): 2.00 times as many; p = 0.032"
                    + " (Poisson upper tail)", "Most common: Insecurity-causing gathering 4, Property damage 4, Drugs 1");
        });
    }

    @Test
    void adjustingForThreeNeighbourhoodsTakesTheNorthBelowSignificance() {
        assertThat(detector(PluginConfig.empty()).detect(query(TOWN, townObservations())))
                .as("0.031828 · 3 = 0.0955 after Benjamini–Hochberg").isEmpty();
        assertThat(detector(PluginConfig.empty().with("adjust", "none").with("alpha", "0.03"))
                .detect(query(TOWN, townObservations()))).isEmpty();
    }

    @Test
    void sharesCanFollowTheNumberOfPlacesOrGivenWeights() {
        assertThat(detector(PluginConfig.empty().with("adjust", "none").with("shares", "leaves"))
                .detect(query(TOWN, townObservations())))
                .as("the north has 2 of 4 places: 7.5 expected, P(X ≥ 10) = 0.224").isEmpty();
        List<Hotspot> byResidents = detector(PluginConfig.empty().with("shares", "weights")
                .with("weight." + NORTH, "1000").with("weight." + SOUTH, "2000").with("weight." + EAST, "2000"))
                .detect(query(TOWN, townObservations()));
        assertThat(byResidents).singleElement().satisfies(h -> {
            assertThat(h.score()).as("10 against 3").isCloseTo(10.0 / 3, within(1e-12));
            assertThat(h.reasons().get(0)).contains("andelen 20 %").contains("p = 0,001")
                    .contains("efter FDR-justering (Benjamini–Hochberg) över 3 delområden");
        });
        List<Hotspot> twoWeighted = detector(PluginConfig.empty().with("shares", "weights")
                .with("weight." + NORTH, "1").with("weight." + SOUTH, "2")).detect(query(TOWN, townObservations()));
        assertThat(twoWeighted).as("the east has no weight and is left out: 10 against 13/3, p = 0.0135")
                .singleElement().satisfies(h -> assertThat(h.score()).isCloseTo(30.0 / 13, within(1e-12)));
    }

    @Test
    void needsTwoChildrenAndObservations() {
        assertThat(detector(PluginConfig.empty().with("adjust", "none")).detect(query(NORTH, townObservations())))
                .as("8 against 5 at the square: P(X ≥ 8) = 0.133").isEmpty();
        assertThat(detector(PluginConfig.empty()).detect(query(SOUTH, townObservations()))).isEmpty();
        assertThat(detector(PluginConfig.empty().with("shares", "weights").with("weight." + NORTH, "1"))
                .detect(query(TOWN, townObservations()))).isEmpty();
    }

    @Test
    void rejectsBadSettings() {
        assertThatThrownBy(() -> detector(PluginConfig.empty().with("weight." + NORTH, "1")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("shares=weights");
        assertThatThrownBy(() -> detector(PluginConfig.empty().with("shares", "weights").with("weight." + NORTH, "-1")
                .with("weight.bad id", "2")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("weight.contract-town/north")
                .hasMessageContaining("weight.bad id");
        assertThatThrownBy(() -> detector(PluginConfig.empty().with("shares", "population")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("[equal, leaves, weights]");
        assertThat(detector(PluginConfig.empty())).hasToString(
                "HotspotDetector excess-rate (alpha 0.05, min-count 3, shares equal, adjust fdr)");
    }
}
