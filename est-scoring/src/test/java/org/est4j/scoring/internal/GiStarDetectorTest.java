package org.est4j.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.est4j.core.spi.contract.HotspotDetectorProviderContract.NORTH;
import static org.est4j.core.spi.contract.HotspotDetectorProviderContract.SOUTH;
import static org.est4j.core.spi.contract.HotspotDetectorProviderContract.SQUARE;
import static org.est4j.core.spi.contract.HotspotDetectorProviderContract.TOWN;
import static org.est4j.core.spi.contract.HotspotDetectorProviderContract.query;
import static org.est4j.core.spi.contract.HotspotDetectorProviderContract.townObservations;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.est4j.core.ValidationException;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.mapping.Severity;
import org.est4j.core.mapping.Source;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.picture.Hotspot;
import org.est4j.core.spi.PluginConfig;
import org.junit.jupiter.api.Test;

class GiStarDetectorTest {
    private static final int[][] QUEEN = GiStarDetector.offsets(100, 150);

    private static GiStarDetector detector(PluginConfig config) {
        return GiStarDetector.of(config, Taxonomy.standard());
    }

    /**
     * Worked by hand: five cells in a row with counts 0, 1, 4, 1, 0; neighbours within 1.5 cells (so the cell and
     * the one on each side). n = 5, X̄ = 6/5 = 1.2, S² = 18/5 − 1.44 = 2.16. For the middle cell, Σw = 3, the local
     * sum is 6, the numerator 6 − 1.2·3 = 2.4, the denominator sqrt(2.16 · (5·3 − 9)/4) = sqrt(3.24) = 1.8, so
     * Gi* = 4/3. For the first cell, Σw = 2: (1 − 2.4) / sqrt(2.16 · (10 − 4)/4) = −1.4/1.8 = −7/9; for the second,
     * (5 − 3.6)/1.8 = 7/9.
     */
    @Test
    void computesGiStarAsWorkedByHandOnAStrip() {
        double[] z = GiStarDetector.giStar(new double[] {0, 1, 4, 1, 0}, 5, QUEEN);

        assertThat(z[2]).isCloseTo(4.0 / 3, within(1e-12));
        assertThat(z[0]).isCloseTo(-7.0 / 9, within(1e-12));
        assertThat(z[1]).isCloseTo(7.0 / 9, within(1e-12));
        assertThat(z[3]).isCloseTo(z[1], within(1e-12));
        assertThat(z[4]).isCloseTo(z[0], within(1e-12));
    }

    /**
     * Worked by hand: a 5 × 5 grid, 4 in the middle cell and 1 in each of its 8 neighbours. n = 25, X̄ = 12/25 =
     * 0.48, S² = 24/25 − 0.48² = 0.7296. Middle: Σw = 9, local sum 12, (12 − 4.32) / sqrt(0.7296 · (225 − 81)/24)
     * = 7.68 / sqrt(4.3776) = 3.6707. A corner: Σw = 4, local sum 1, (1 − 1.92) / sqrt(0.7296 · 84/24) = −0.5757.
     * The middle of an edge: Σw = 6, local sum 3, 0.12 / sqrt(0.7296 · 114/24) = 0.0645. A cell of the ring:
     * Σw = 9, local sum 7, 2.68 / sqrt(4.3776) = 1.2809.
     */
    @Test
    void computesGiStarAsWorkedByHandOnAGrid() {
        double[] counts = new double[25];
        for (int row = 1; row <= 3; row++) {
            for (int column = 1; column <= 3; column++) {
                counts[row * 5 + column] = 1;
            }
        }
        counts[12] = 4;
        double[] z = GiStarDetector.giStar(counts, 5, QUEEN);

        assertThat(z[12]).isCloseTo(3.6707, within(5e-5));
        assertThat(z[0]).isCloseTo(-0.5757, within(5e-5));
        assertThat(z[2]).isCloseTo(0.0645, within(5e-5));
        assertThat(z[6]).isCloseTo(1.2809, within(5e-5));
    }

    @Test
    void theBandDecidesTheNeighbours() {
        assertThat(GiStarDetector.offsets(100, 150)).hasNumberOfRows(9);
        assertThat(GiStarDetector.offsets(100, 100)).as("the cell and the four beside it").hasNumberOfRows(5);
        assertThat(GiStarDetector.offsets(100, 200)).hasNumberOfRows(13);
        assertThat(GiStarDetector.giStar(new double[] {2, 2, 2, 2}, 2, QUEEN)).containsOnly(0.0);
    }

    @Test
    void findsTheSquareWhereReportsCluster() {
        List<Hotspot> found = detector(PluginConfig.empty().with("language", "en")).detect(query(TOWN, townObservations()));

        assertThat(found).singleElement().satisfies(h -> {
            assertThat(h.area()).isEqualTo(SQUARE);
            assertThat(h.placeName()).contains("Torget");
            assertThat(h.method()).isEqualTo("gi-star");
            assertThat(h.score()).isGreaterThan(1.96);
            assertThat(h.point().get().distanceMetres(GeoPoint.of(59.7600, 18.7000))).isLessThan(100);
            assertThat(h.observations()).hasSize(8);
            assertThat(h.reasons().get(0)).startsWith("Getis–Ord Gi* z = ").contains("(at least 1.96)")
                    .contains("for the 100 m square around").contains("8 observations within 150 m (the square and its"
                            + " 8 neighbours)").endsWith("8 in the square itself");
            assertThat(h.reasons().get(1)).isEqualTo("Most common: Insecurity-causing gathering 4, Property damage 4");
        });
    }

    /** Two reports at each of 25 spots about 300 m apart: nothing stands out. */
    @Test
    void findsNothingWhereReportsAreSpreadEvenly() {
        List<Observation> spread = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            spread.add(at(String.format("s-%02d", i), 59.75 + (i / 10) * 0.0027, 18.69 + (i / 2 % 5) * 0.0053));
        }
        spread.sort(Observation.byOccurrence());
        assertThat(detector(PluginConfig.empty()).detect(query(SOUTH, spread))).isEmpty();
    }

    @Test
    void needsEnoughPointsAndEnoughInTheCell() {
        assertThat(detector(PluginConfig.empty().with("min-points", "20")).detect(query(TOWN, townObservations())))
                .isEmpty();
        assertThat(detector(PluginConfig.empty().with("min-count", "9")).detect(query(TOWN, townObservations())))
                .isEmpty();
        assertThat(detector(PluginConfig.empty()).detect(query(NORTH, townObservations())))
                .as("the north alone: 10 points, still a cluster").hasSize(1);
    }

    @Test
    void adjustingForTheNumberOfCellsIsASetting() {
        List<Hotspot> fdr = detector(PluginConfig.empty().with("adjust", "fdr")).detect(query(TOWN, townObservations()));

        assertThat(fdr).hasSize(1);
        assertThat(fdr.get(0).reasons().get(0)).contains("efter fdr-justering över 300 rutor");
    }

    @Test
    void aGridTooLargeAsksForLargerCells() {
        assertThatThrownBy(() -> detector(PluginConfig.empty().with("cell-metres", "1").with("max-cells", "1000"))
                .detect(query(TOWN, townObservations())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("larger cell-metres");
        assertThatThrownBy(() -> detector(PluginConfig.empty().with("band-metres", "50")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("band-metres");
        assertThatThrownBy(() -> detector(PluginConfig.empty().with("adjust", "holm")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("[none, bonferroni, fdr]");
    }

    @Test
    void printsItsSettings() {
        assertThat(detector(PluginConfig.empty())).hasToString("HotspotDetector gi-star (cell 100.0 m, band 150.0 m,"
                + " z 1.96, min-count 2, min-points 10, adjust none, max-cells 1000000)");
    }

    private static Observation at(String id, double lat, double lon) {
        return Observation.builder().id(ObservationId.of(id)).source(Source.POLICE)
                .area(SOUTH).point(GeoPoint.of(lat, lon))
                .occurredAtLocal(LocalDateTime.of(2026, 11, 18, 12, 0)).category(CategoryId.of("littering"))
                .severity(Severity.MINOR).build();
    }
}
