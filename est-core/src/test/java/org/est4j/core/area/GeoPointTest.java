package org.est4j.core.area;

import com.google.common.testing.EqualsTester;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.stream.Stream;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

/** Tests {@link GeoPoint}. */
class GeoPointTest {
    private static final double EARTH_RADIUS = 6_371_008.8;

    @Test
    void keepsTheCoordinates() {
        GeoPoint p = GeoPoint.of(59.7580, 18.7049);
        assertThat(p.latitude()).isEqualTo(59.7580);
        assertThat(p.longitude()).isEqualTo(18.7049);
        assertThat(GeoPoint.of(-90, -180).latitude()).isEqualTo(-90);
        assertThat(GeoPoint.of(90, 180).longitude()).isEqualTo(180);
    }

    static Stream<Object[]> outOfRange() {
        return Stream.of(
                new Object[] {90.0001, 0.0, new String[] {"latitude"}},
                new Object[] {-90.5, 0.0, new String[] {"latitude"}},
                new Object[] {0.0, 180.5, new String[] {"longitude"}},
                new Object[] {0.0, -181.0, new String[] {"longitude"}},
                new Object[] {Double.NaN, 0.0, new String[] {"latitude"}},
                new Object[] {0.0, Double.NaN, new String[] {"longitude"}},
                new Object[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, new String[] {"latitude", "longitude"}},
                new Object[] {200.0, 400.0, new String[] {"latitude", "longitude"}});
    }

    @ParameterizedTest
    @MethodSource("outOfRange")
    void rejectsCoordinatesOutOfRangeAllAtOnce(double latitude, double longitude, String[] paths) {
        assertThatThrownBy(() -> GeoPoint.of(latitude, longitude))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("Invalid GeoPoint")
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::path)
                        .containsExactly(paths));
    }

    @Test
    void equalityIsByCoordinatesAndNegativeZeroIsZero() {
        new EqualsTester()
                .addEqualityGroup(GeoPoint.of(0, 0), GeoPoint.of(-0.0, -0.0), GeoPoint.of(0.0, -0.0))
                .addEqualityGroup(GeoPoint.of(59.7580, 18.7049), GeoPoint.of(59.7580, 18.7049))
                .addEqualityGroup(GeoPoint.of(18.7049, 59.7580))
                .testEquals();
    }

    @Test
    void printsLatitudeCommaLongitudeWithSixDecimals() {
        assertThat(GeoPoint.of(59.758, 18.7049)).hasToString("59.758000,18.704900");
        assertThat(GeoPoint.of(-33.5, -70.25)).hasToString("-33.500000,-70.250000");
    }

    @Test
    void measuresGreatCircleDistances() {
        assertThat(GeoPoint.of(0, 0).distanceMetres(GeoPoint.of(0, 90))).isCloseTo(Math.PI / 2 * EARTH_RADIUS, within(0.01));
        assertThat(GeoPoint.of(0, 0).distanceMetres(GeoPoint.of(0, 180))).isCloseTo(Math.PI * EARTH_RADIUS, within(0.01));
        assertThat(GeoPoint.of(90, 0).distanceMetres(GeoPoint.of(-90, 0))).isCloseTo(Math.PI * EARTH_RADIUS, within(0.01));
        // Stockholm (Sergels torg) to Göteborg (Gustaf Adolfs torg): about 398 km.
        assertThat(GeoPoint.of(59.3326, 18.0649).distanceMetres(GeoPoint.of(57.7072, 11.9668)))
                .isCloseTo(397_900, within(1_500.0));
        // One degree of latitude is about 111.2 km.
        assertThat(GeoPoint.of(59, 18).distanceMetres(GeoPoint.of(60, 18))).isCloseTo(111_195, within(5.0));
    }

    @Test
    void refusesANullPoint() {
        assertThatThrownBy(() -> GeoPoint.of(0, 0).distanceMetres(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("other");
    }

    private static Gen<GeoPoint> points() {
        return doubles().between(-90, 90).zip(doubles().between(-180, 180), GeoPoint::of);
    }

    @Test
    void distanceIsAMetric() {
        qt().withFixedSeed(20261122L).withExamples(500).forAll(points(), points(), points()).checkAssert((a, b, c) -> {
            assertThat(a.distanceMetres(a)).isZero();
            assertThat(a.distanceMetres(b)).isCloseTo(b.distanceMetres(a), within(1e-6))
                    .isBetween(0.0, Math.PI * EARTH_RADIUS + 1e-6);
            assertThat(a.distanceMetres(c)).isLessThanOrEqualTo(a.distanceMetres(b) + b.distanceMetres(c) + 1e-6);
        });
    }
}
