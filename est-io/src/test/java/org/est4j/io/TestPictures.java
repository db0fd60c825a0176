package org.est4j.io;

import java.time.LocalDate;
import java.util.List;
import org.est4j.core.Decision;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.assessment.Assessment;
import org.est4j.core.assessment.Scale;
import org.est4j.core.assessment.ScaleLevel;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.mapping.ReporterId;
import org.est4j.core.picture.Coverage;
import org.est4j.core.picture.Hotspot;
import org.est4j.core.picture.PictureSet;
import org.est4j.core.picture.SituationPicture;
import org.est4j.core.picture.Trend;
import org.est4j.core.time.Period;
import org.threeten.extra.LocalDateRange;

/**
 * A picture set of week 47 over {@link TestAreas}, with coverage, trends and one hotspot, and assessments on a
 * five-level scale, for export tests.
 */
public final class TestPictures {
    /** The week. */
    public static final Period WEEK = Period.week(2026, 47);
    /** Property damage, a top-level category. */
    public static final CategoryId DAMAGE = CategoryId.of("property-damage");
    /** Gatherings, a top-level category. */
    public static final CategoryId GATHERING = CategoryId.of("gathering");

    private TestPictures() {}

    /**
     * Returns the five-level scale {@code est-5}.
     *
     * @return the scale, calm green to acute red
     */
    public static Scale scale() {
        return Scale.builder().id("est-5").nameSv("EST fem nivåer").nameEn("EST five levels")
                .addLevels(level("1", "Lugnt", "Calm", "#2E7D32"), level("2", "Stabilt", "Stable", "#9CCC65"),
                        level("3", "Oroligt", "Unsettled", "#FDD835"), level("4", "Allvarligt", "Serious", "#FB8C00"),
                        level("5", "Akut", "Acute", "#C62828"))
                .build();
    }

    private static ScaleLevel level(String code, String sv, String en, String colour) {
        return ScaleLevel.builder().code(code).rank(Integer.parseInt(code)).labelSv(sv).labelEn(en).colour(colour)
                .meaningSv(en + " situation.").meaningEn(en + " situation.").build();
    }

    /**
     * Returns the hotspot at Torget in Norrtälje's centre.
     *
     * @return the hotspot, with a point
     */
    public static Hotspot hotspot() {
        return Hotspot.builder().area(TestAreas.CENTRUM).placeName("Torget, busshållplatsen")
                .point(GeoPoint.of(59.7597, 18.7012))
                .window(LocalDateRange.ofClosed(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 29)))
                .method("repeat-location").score(2)
                .addObservations(ObservationId.of("o-1"), ObservationId.of("o-2"))
                .addReasons("2 reports of graffiti at the same stop in a week").build();
    }

    /**
     * Returns the pictures of every area of {@link TestAreas#hierarchy()}, in its pre-order: 0188, aborre, flygfaltet,
     * norrtalje/centrum, rimbo, rimbo/centrum.
     *
     * @return the set
     */
    public static PictureSet pictures() {
        Hotspot spot = hotspot();
        SituationPicture municipality = picture(TestAreas.NORRTALJE, 7, 1, 20, 9.5, 4, 3)
                .coverage(Coverage.builder().area(TestAreas.NORRTALJE).expected(4).answered(3).nothingToReport(1)
                        .addSilentReporters(ReporterId.of("r-4")).threshold(0.8).build())
                .addTrends(Trend.builder().comparison(Trend.Comparison.PREVIOUS_PERIODS).current(7)
                        .currentExposureDays(7).baselineTotal(8).baselinePeriods(4).baselineExposureDays(28)
                        .pValue(0.01).direction(Trend.Direction.RISING).testId("poisson-exact").build())
                .addHotspots(spot).build();
        return PictureSet.builder().period(WEEK).addPictures(
                municipality,
                picture(TestAreas.ABORRE, 0, 0, 0, 0, 0, 0).build(),
                picture(TestAreas.FLYGFALTET, 1, 1, 3, 1.25, 1, 0).build(),
                picture(TestAreas.CENTRUM, 2, 2, 6, 2.5, 2, 0).addHotspots(spot).build(),
                picture(TestAreas.RIMBO, 3, 0, 9, 4.5, 1, 2).build(),
                picture(TestAreas.RIMBO_CENTRUM, 3, 3, 9, 4.5, 1, 2)
                        .addTrends(Trend.builder().comparison(Trend.Comparison.SAME_PERIOD_LAST_YEAR).current(3)
                                .currentExposureDays(7).baselineTotal(0).baselinePeriods(0).baselineExposureDays(0)
                                .direction(Trend.Direction.INSUFFICIENT_DATA).testId("poisson-exact").build())
                        .build())
                .build();
    }

    private static SituationPicture.Builder picture(AreaId area, long total, long own, long severity, double harm,
            long damage, long gathering) {
        SituationPicture.Builder b = SituationPicture.builder().area(area).period(WEEK).total(total).ownTotal(own)
                .contextTotal(0).severityScore(severity).harmScore(harm).timeOfDayUnknown(0);
        if (damage > 0) {
            b.putCountsByTopLevel(DAMAGE, damage);
        }
        if (gathering > 0) {
            b.putCountsByTopLevel(GATHERING, gathering);
        }
        return b;
    }

    /**
     * Returns assessments of Norrtälje (3, suggested), its centre (4, decided over a suggested 3) and Rimbo (2).
     *
     * @return the assessments
     */
    public static List<Assessment> assessments() {
        Scale s = scale();
        return List.of(assessment(TestAreas.NORRTALJE, s.level("3")),
                assessment(TestAreas.CENTRUM, s.level("3")).withOverride(Decision.of(s.level("4"), "operativa gruppen",
                        "Police report two robberies not yet in the data", LocalDate.of(2026, 11, 18))),
                assessment(TestAreas.RIMBO, s.level("2")));
    }

    private static Assessment assessment(AreaId area, ScaleLevel level) {
        return Assessment.builder().area(area).period(WEEK).scaleId("est-5").suggested(level).modelId("threshold")
                .addReasons("as the counts say").build();
    }
}
