package org.est4j.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.est4j.core.area.Area;
import org.est4j.core.disclosure.Audience;
import org.est4j.core.feedback.FeedbackReport;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Property tests: random valid values of the main types survive a trip through JSON unchanged, both through a host's
 * plain mapper with the module and through est4j's documents; the documents pass their JSON Schema; and writing is
 * deterministic.
 */
class ModelRoundTripTest {
    private static final ObjectMapper HOST = new ObjectMapper().registerModule(new EstJacksonModule());
    private static final int EXAMPLES = 100;

    private static <T> void roundTrips(Gen<T> values, Class<T> type, long seed) {
        qt().withFixedSeed(seed).withExamples(EXAMPLES).forAll(values).checkAssert(value -> {
            try {
                String json = HOST.writeValueAsString(value);
                assertThat(HOST.readValue(json, type)).isEqualTo(value);
                assertThat(HOST.writeValueAsString(HOST.readValue(json, type))).isEqualTo(json);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static <T> void documentsRoundTripAndPassTheSchema(Gen<T> values, DocumentKind<List<T>> kind, long seed) {
        qt().withFixedSeed(seed).withExamples(EXAMPLES / 3).forAll(Gen3.lists(values)).checkAssert(list -> {
            String json = EstJson.writeString(kind, list);
            assertThat(EstJson.readString(kind, json)).isEqualTo(list);
            assertThat(EstJson.writeString(kind, list)).isEqualTo(json);
            assertThat(Schemas.problems(kind, json)).isEmpty();
        });
    }

    /** Lists of up to four values. */
    private static final class Gen3 {
        static <T> Gen<List<T>> lists(Gen<T> values) {
            return in -> Generators.listOf(in, values, 0, 4);
        }
    }

    @Test
    void observationsRoundTrip() {
        roundTrips(Generators.observations(), org.est4j.core.mapping.Observation.class, 11L);
        documentsRoundTripAndPassTheSchema(Generators.observations(), DocumentKind.OBSERVATIONS, 12L);
    }

    @Test
    void areasAndHierarchiesRoundTrip() {
        roundTrips(Generators.areas(), Area.class, 21L);
        roundTrips(Generators.hierarchies(), org.est4j.core.area.AreaHierarchy.class, 22L);
        qt().withFixedSeed(23L).withExamples(EXAMPLES / 3).forAll(Generators.hierarchies()).checkAssert(h -> {
            String json = EstJson.writeString(DocumentKind.HIERARCHY, h);
            assertThat(EstJson.readString(DocumentKind.HIERARCHY, json)).isEqualTo(h);
            assertThat(Schemas.problems(DocumentKind.HIERARCHY, json)).isEmpty();
        });
    }

    @Test
    void measuresRoundTrip() {
        roundTrips(Generators.measures(), org.est4j.core.measure.Measure.class, 31L);
        documentsRoundTripAndPassTheSchema(Generators.measures(), DocumentKind.MEASURES, 32L);
    }

    @Test
    void followUpsRoundTrip() {
        roundTrips(Generators.followUps(), org.est4j.core.measure.FollowUp.class, 41L);
        documentsRoundTripAndPassTheSchema(Generators.followUps(), DocumentKind.FOLLOW_UPS, 42L);
    }

    @Test
    void assessmentsRoundTrip() {
        roundTrips(Generators.assessments(), org.est4j.core.assessment.Assessment.class, 51L);
        documentsRoundTripAndPassTheSchema(Generators.assessments(), DocumentKind.ASSESSMENTS, 52L);
    }

    @Test
    void reportingRoundsRoundTrip() {
        roundTrips(Generators.rounds(), org.est4j.core.mapping.ReportingRound.class, 61L);
        documentsRoundTripAndPassTheSchema(Generators.rounds(), DocumentKind.REPORTING_ROUNDS, 62L);
    }

    @Test
    void evaluationsRoundTrip() {
        roundTrips(Generators.evaluations(), org.est4j.core.evaluation.Evaluation.class, 71L);
        documentsRoundTripAndPassTheSchema(Generators.evaluations(), DocumentKind.EVALUATIONS, 72L);
    }

    @Test
    void pictureSetsCompiledFromRandomGroupsRoundTrip() {
        roundTrips(in -> Reports.pictureSet(), org.est4j.core.picture.PictureSet.class, 81L);
        qt().withFixedSeed(82L).withExamples(EXAMPLES / 4)
                .forAll(integers().between(0, 100_000), integers().between(0, 90)).checkAssert((seed, count) -> {
                    org.est4j.core.picture.PictureSet set = new Reports.Group(seed, count).pictures();
                    String json = EstJson.writeString(DocumentKind.PICTURE_SET, set);
                    assertThat(EstJson.readString(DocumentKind.PICTURE_SET, json)).isEqualTo(set);
                    assertThat(Schemas.problems(DocumentKind.PICTURE_SET, json)).isEmpty();
                });
    }

    /**
     * Reports for every audience, with suppressed cells or without, read back equal: a table's equality is that of
     * what it publishes, and the reader makes the table from exactly that.
     */
    @Test
    void feedbackReportsForEveryAudienceRoundTrip() {
        java.util.concurrent.atomic.AtomicInteger suppressing = new java.util.concurrent.atomic.AtomicInteger();
        qt().withFixedSeed(91L).withExamples(EXAMPLES / 3)
                .forAll(integers().between(0, 100_000), integers().between(0, 150),
                        integers().between(0, Audience.values().length - 1))
                .checkAssert((seed, count, audience) -> {
                    FeedbackReport report = new Reports.Group(seed, count).report(Audience.values()[audience]);
                    String json = EstJson.writeString(DocumentKind.FEEDBACK_REPORT, report);
                    assertThat(Schemas.problems(DocumentKind.FEEDBACK_REPORT, json)).isEmpty();
                    boolean suppressed = !report.counts().suppressedCells().isEmpty()
                            || !report.history().suppressedCells().isEmpty();
                    suppressing.addAndGet(suppressed ? 1 : 0);

                    FeedbackReport back = EstJson.readString(DocumentKind.FEEDBACK_REPORT, json);

                    assertThat(back).isEqualTo(report);
                    assertThat(EstJson.writeString(DocumentKind.FEEDBACK_REPORT, back)).isEqualTo(json);
                });
        assertThat(suppressing.get()).as("reports with suppressed cells").isGreaterThan(5);
    }

    @Test
    void feedbackReportsRoundTripThroughAHostsMapper() throws IOException {
        for (Audience audience : List.of(Audience.GROUP, Audience.REPORTERS)) {
            FeedbackReport report = new Reports.Group(5, 70).report(audience);
            String json = HOST.writeValueAsString(report);
            assertThat(HOST.readValue(json, FeedbackReport.class)).isEqualTo(report);
        }
    }

    /** Statutory reports, with suppressed cells or without, read back equal, as feedback reports do. */
    @Test
    void statutoryReportsForEveryAudienceRoundTrip() {
        java.util.concurrent.atomic.AtomicInteger suppressing = new java.util.concurrent.atomic.AtomicInteger();
        qt().withFixedSeed(101L).withExamples(EXAMPLES / 5)
                .forAll(integers().between(0, 100_000), integers().between(0, 120),
                        integers().between(0, Audience.values().length - 1))
                .checkAssert((seed, count, audience) -> {
                    org.est4j.core.feedback.StatutoryReport report =
                            new Reports.Group(seed, count).statutoryReport(Audience.values()[audience]);
                    String json = EstJson.writeString(DocumentKind.STATUTORY_REPORT, report);
                    assertThat(Schemas.problems(DocumentKind.STATUTORY_REPORT, json)).isEmpty();
                    suppressing.addAndGet(report.policy().minimumCount() > 1 ? 1 : 0);

                    org.est4j.core.feedback.StatutoryReport back = EstJson.readString(DocumentKind.STATUTORY_REPORT,
                            json);

                    assertThat(back).isEqualTo(report);
                    assertThat(EstJson.writeString(DocumentKind.STATUTORY_REPORT, back)).isEqualTo(json);
                });
        assertThat(suppressing.get()).as("reports under a minimum count").isGreaterThan(5);
    }
}
