package org.est4j.core.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaId;
import org.est4j.core.assessment.Assessment;
import org.est4j.core.assessment.Scale;
import org.est4j.core.assessment.ScaleLevel;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.ReporterId;
import org.est4j.core.picture.Coverage;
import org.est4j.core.picture.Hotspot;
import org.est4j.core.picture.SituationPicture;
import org.est4j.core.picture.Trend;
import org.est4j.core.spi.AssessmentModelProvider;
import org.est4j.core.spi.AssessmentModelProvider.AssessmentModel;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.time.Period;
import org.junit.jupiter.api.Test;

/**
 * The contract of an {@link AssessmentModelProvider}, as a test to extend: everything {@link EstPluginContract}
 * checks, and that the model it makes suggests a level of the scale it is given, for the picture it is given, with
 * reasons, purely. A municipality's own model is tested with
 *
 * <pre>{@code
 * class MyModelProviderTest extends AssessmentModelProviderContract<MyModelProvider> {
 *     protected MyModelProvider provider() { return new MyModelProvider(); }
 * }
 * }</pre>
 *
 * <p>The checks beyond those of every plugin, each over the {@link #samples()} (an empty week, a busy week with low
 * coverage, trends, context and hotspots and ten weeks of history, a falling week, a month) on each of the
 * {@link #scales()} (of 2, 3, 5 and 7 levels): {@code create(config())} gives a model; every assessment is of the
 * picture's area and period, names the scale's id and the provider's id, suggests a level of that scale, has at least
 * one reason and each reason is one line, and is not overridden; the same arguments give an equal assessment, from
 * the same model and from another made alike; a history of another area, or of a period that does not end before
 * the picture's starts, is a {@link ValidationException}; null arguments are a {@link NullPointerException}.
 *
 * <p>The test methods are public so that a test can run one against a provider known to be broken and see it fail.
 *
 * @param <P> the provider type under test
 */
public abstract class AssessmentModelProviderContract<P extends AssessmentModelProvider> extends EstPluginContract<P> {

    /** The area of the sample pictures. */
    public static final AreaId AREA = AreaId.of("contract/centrum");

    /**
     * A picture to assess with its history, oldest first.
     *
     * @param picture the picture
     * @param history earlier pictures of the same area
     */
    public record Sample(SituationPicture picture, List<SituationPicture> history) {
        /** Copies the history. */
        public Sample {
            history = List.copyOf(history);
        }
    }

    /**
     * Returns {@link AssessmentModelProvider}, the SPI an assessment model provider is declared for.
     *
     * @return {@code AssessmentModelProvider.class}
     */
    @Override
    protected Class<? super P> kind() {
        return AssessmentModelProvider.class;
    }

    /**
     * Returns the settings the model is made with; empty by default, since a model must work with its defaults.
     *
     * @return the settings
     */
    protected PluginConfig config() {
        return PluginConfig.empty();
    }

    /**
     * Returns the scales the model is tried on: by default scales of 2, 3, 5 and 7 levels.
     *
     * @return at least one scale
     */
    protected List<Scale> scales() {
        return List.of(scale(2), scale(3), scale(5), scale(7));
    }

    /**
     * Returns the pictures the model is tried on; override to add the cases that matter to the model.
     *
     * @return at least one sample
     */
    protected List<Sample> samples() {
        List<SituationPicture> weeks = new ArrayList<>();
        for (int w = 36; w < 46; w++) {
            weeks.add(week(w, 3 + w % 4, 2, 1 + w % 3).build());
        }
        Period w46 = Period.week(2026, 46);
        Period w47 = Period.week(2026, 47);
        SituationPicture busy = week(47, 14, 4, 6).contextTotal(3)
                .putCountsByTopLevel(CategoryId.of("planned-event"), 3L).total(3 + 14 + 4 + 6)
                .coverage(Coverage.builder().area(AREA).expected(15).answered(8).nothingToReport(2)
                        .silentReporters(reporters(7)).threshold(0.7).build())
                .addTrends(Trend.builder().comparison(Trend.Comparison.PREVIOUS_PERIODS).current(27)
                        .currentExposureDays(7).baselineTotal(40).baselinePeriods(4).baselineExposureDays(28)
                        .pValue(0.0004).direction(Trend.Direction.RISING).testId("poisson-exact").build())
                .addHotspots(Hotspot.builder().area(AreaId.of("contract/centrum/torget")).placeName("Torget")
                        .window(w47.dates()).method("repeat-location").score(6).addReasons("6 at Torget").build())
                .build();
        SituationPicture falling = week(47, 1, 0, 0)
                .coverage(Coverage.builder().area(AREA).expected(4).answered(4).threshold(0.5).build())
                .addTrends(Trend.builder().comparison(Trend.Comparison.PREVIOUS_PERIODS).current(1)
                        .currentExposureDays(7).baselineTotal(30).baselinePeriods(3).baselineExposureDays(21)
                        .pValue(0.001).direction(Trend.Direction.FALLING).testId("poisson-exact").build())
                .build();
        SituationPicture month = picture(Period.month(2026, 11), 30, 12, 9).build();
        List<SituationPicture> months = List.of(picture(Period.month(2026, 9), 20, 3, 2).build(),
                picture(Period.month(2026, 10), 25, 8, 4).build());
        return List.of(
                new Sample(SituationPicture.builder().area(AREA).period(w47).build(), List.of()),
                new Sample(busy, weeks),
                new Sample(falling, List.of(week(44, 9, 1, 0).build(), week(45, 10, 0, 1).build(),
                        week(46, 11, 2, 0).build())),
                new Sample(month, months),
                new Sample(week(47, 2, 0, 0).build(), List.of(SituationPicture.builder().area(AREA).period(w46)
                        .build())));
    }

    /** A week's picture with property damage, gatherings and violence, and a harm score to match. */
    private static SituationPicture.Builder week(int week, long damage, long gatherings, long violence) {
        return picture(Period.week(2026, week), damage, gatherings, violence);
    }

    private static SituationPicture.Builder picture(Period period, long damage, long gatherings, long violence) {
        SituationPicture.Builder b = SituationPicture.builder().area(AREA).period(period)
                .total(damage + gatherings + violence).ownTotal(0)
                .harmScore(3.0 * damage + 3.0 * gatherings + 8.0 * violence)
                .severityScore(2 * damage + 3 * gatherings + 4 * violence);
        if (damage > 0) {
            b.putCountsByTopLevel(CategoryId.of("property-damage"), damage);
        }
        if (gatherings > 0) {
            b.putCountsByTopLevel(CategoryId.of("gathering"), gatherings);
        }
        if (violence > 0) {
            b.putCountsByTopLevel(CategoryId.of("disorder-violence"), violence);
        }
        return b;
    }

    private static List<ReporterId> reporters(int n) {
        List<ReporterId> ids = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            ids.add(ReporterId.of("r-" + i));
        }
        return ids;
    }

    /** A scale of some number of levels, codes {@code L1} … {@code Ln}. */
    private static Scale scale(int size) {
        Scale.Builder b = Scale.builder().id("contract-" + size).nameSv("Testskala " + size)
                .nameEn("Test scale " + size);
        for (int rank = 1; rank <= size; rank++) {
            b.addLevels(ScaleLevel.builder().code("L" + rank).rank(rank).labelSv("Nivå " + rank)
                    .labelEn("Level " + rank).colour(String.format(java.util.Locale.ROOT, "#%02X%02X00", rank * 30, 255 - rank * 30))
                    .meaningSv("Level " + rank + " of " + size + ".").meaningEn("Level " + rank + " of " + size + ".").build());
        }
        return b.build();
    }

    private AssessmentModel model() {
        AssessmentModel model = provider().create(config());
        assertThat(model).as("%s.create(%s)", provider().getClass().getName(), config()).isNotNull();
        return model;
    }

    /** The provider makes a model with the configuration. */
    @Test
    public void createsAModel() {
        model();
    }

    /**
     * Every assessment is of the picture on the scale, by the provider, with a level of the scale and reasons of one
     * line each, not overridden.
     */
    @Test
    public void suggestsALevelOfTheScaleForThePictureWithReasons() {
        AssessmentModel model = model();
        for (Sample sample : samples()) {
            for (Scale scale : scales()) {
                Assessment a = model.assess(sample.picture(), scale, sample.history());
                String what = "assessment of " + sample.picture() + " on " + scale.id();
                assertThat(a).as(what).isNotNull();
                assertThat(a.area()).as("area of the " + what).isEqualTo(sample.picture().area());
                assertThat(a.period()).as("period of the " + what).isEqualTo(sample.picture().period());
                assertThat(a.scaleId()).as("scale id of the " + what).isEqualTo(scale.id());
                assertThat(a.modelId()).as("model id of the " + what).isEqualTo(provider().id());
                assertThat(scale.contains(a.suggested())).as("the level %s of the %s is a level of the scale",
                        a.suggested(), what).isTrue();
                assertThatCode(() -> a.validateAgainst(scale)).doesNotThrowAnyException();
                assertThat(a.reasons()).as("reasons of the " + what).isNotEmpty()
                        .allSatisfy(r -> assertThat(r).isNotBlank().doesNotContain("\n", "\r"));
                assertThat(a.isOverridden()).as("the " + what + " is a suggestion").isFalse();
            }
        }
    }

    /** The same arguments give an equal assessment, from the same model and from another made alike. */
    @Test
    public void isPure() {
        AssessmentModel model = model();
        AssessmentModel twin = model();
        for (Sample sample : samples()) {
            for (Scale scale : scales()) {
                Assessment a = model.assess(sample.picture(), scale, sample.history());
                assertThat(model.assess(sample.picture(), scale, sample.history())).isEqualTo(a);
                assertThat(twin.assess(sample.picture(), scale, sample.history())).isEqualTo(a);
            }
        }
    }

    /** A history of another area, or of a period that does not end before the picture's starts, is rejected. */
    @Test
    public void rejectsAHistoryOfAnotherAreaOrNotBeforeThePicture() {
        AssessmentModel model = model();
        SituationPicture picture = week(47, 5, 1, 0).build();
        SituationPicture elsewhere = SituationPicture.builder().area(AreaId.of("contract/other"))
                .period(Period.week(2026, 46)).build();
        SituationPicture same = SituationPicture.builder().area(AREA).period(Period.week(2026, 47)).build();
        SituationPicture later = SituationPicture.builder().area(AREA).period(Period.week(2026, 48)).build();
        Scale scale = scales().get(0);

        assertThatExceptionOfType(ValidationException.class).as("assessing with a history of another area")
                .isThrownBy(() -> model.assess(picture, scale, List.of(elsewhere)));
        assertThatExceptionOfType(ValidationException.class).as("assessing with a history of the picture's own period")
                .isThrownBy(() -> model.assess(picture, scale, List.of(same)));
        assertThatExceptionOfType(ValidationException.class).as("assessing with a history after the picture")
                .isThrownBy(() -> model.assess(picture, scale, List.of(later)));
    }

    /** Null arguments are rejected with a {@link NullPointerException}. */
    @Test
    public void rejectsNullArguments() {
        AssessmentModel model = model();
        SituationPicture picture = week(47, 5, 1, 0).build();
        Scale scale = scales().get(0);

        assertThatNullPointerException().as("assessing a null picture")
                .isThrownBy(() -> model.assess(null, scale, List.of()));
        assertThatNullPointerException().as("assessing on a null scale")
                .isThrownBy(() -> model.assess(picture, null, List.of()));
        assertThatNullPointerException().as("assessing with a null history")
                .isThrownBy(() -> model.assess(picture, scale, null));
    }
}
