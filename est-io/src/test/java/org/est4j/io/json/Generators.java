package org.est4j.io.json;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.est4j.core.Decision;
import org.est4j.core.Identifier;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.assessment.Assessment;
import org.est4j.core.assessment.ScaleLevel;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.evaluation.Alternative;
import org.est4j.core.evaluation.ConfidenceInterval;
import org.est4j.core.evaluation.Evaluation;
import org.est4j.core.evaluation.EvaluationMethod;
import org.est4j.core.evaluation.EvaluationWarning;
import org.est4j.core.mapping.ActorId;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.mapping.ReporterId;
import org.est4j.core.mapping.ReportingRound;
import org.est4j.core.mapping.Severity;
import org.est4j.core.mapping.Source;
import org.est4j.core.measure.FollowUp;
import org.est4j.core.measure.Horizon;
import org.est4j.core.measure.Measure;
import org.est4j.core.measure.MeasureId;
import org.est4j.core.measure.MeasureStatus;
import org.est4j.core.measure.MeasureType;
import org.est4j.core.measure.Outcome;
import org.est4j.core.time.Period;
import org.est4j.core.time.PeriodKind;
import org.est4j.core.time.TimeOfDay;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.threeten.extra.LocalDateRange;

/**
 * QuickTheories generators of random valid model values, with texts that stress JSON escaping (quotes, backslashes,
 * control characters, line separators, non-BMP characters) and numbers at the edges of {@code double}.
 */
final class Generators {
    private Generators() {}

    private static final List<String> CHARS = List.of("a", "b", "Z", "å", "Ä", "ö", "é", "ß", "0", "9", " ", "\"",
            "\\", "/", "\n", "\t", "\r", "\u0001", "\u007f", "\u2028", "😀", "ø", "-", ".", "<", "&", "'", "\u00a0");
    private static final List<String> ID_START = List.of("a", "k", "z", "A", "å", "Ö", "0", "7");
    private static final List<String> ID_REST = List.of("a", "b", "x", "å", "9", "0", ".", "_", ":", "/", "-");
    private static final List<Double> SPECIAL = List.of(0.0, -0.0, 1.0, -1.0, 0.1, 1.0 / 3, Double.MIN_VALUE,
            Double.MAX_VALUE, -Double.MAX_VALUE, 1e-300, 123456789.125, 2.5e21);

    static <T> T pick(RandomnessSource in, List<T> list) {
        return Generate.pick(list).generate(in);
    }

    static int between(RandomnessSource in, int min, int max) {
        return integers().between(min, max).generate(in);
    }

    static boolean bool(RandomnessSource in) {
        return booleans().all().generate(in);
    }

    static Gen<String> text(int min, int max) {
        return in -> {
            int n = between(in, min, max);
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < n; i++) {
                s.append(pick(in, CHARS));
            }
            return s.toString();
        };
    }

    static Gen<String> nonBlank(int max) {
        return text(1, max).map(s -> s.isBlank() ? "x" + s : s);
    }

    static String code(RandomnessSource in) {
        StringBuilder s = new StringBuilder(pick(in, ID_START));
        int n = between(in, 0, 8);
        for (int i = 0; i < n; i++) {
            s.append(pick(in, ID_REST));
        }
        return s.toString();
    }

    static <T extends Identifier> Gen<T> id(Function<String, T> of) {
        return in -> of.apply(code(in));
    }

    static String kebab(RandomnessSource in) {
        StringBuilder s = new StringBuilder();
        int parts = between(in, 1, 3);
        for (int p = 0; p < parts; p++) {
            if (p > 0) {
                s.append('-');
            }
            int n = between(in, 1, 4);
            for (int i = 0; i < n; i++) {
                s.append(pick(in, List.of("a", "k", "z", "0", "5")));
            }
        }
        return s.toString();
    }

    static double finite(RandomnessSource in) {
        if (bool(in)) {
            return pick(in, SPECIAL);
        }
        double d = Double.longBitsToDouble(longs().all().generate(in));
        return Double.isFinite(d) ? d : 42.0;
    }

    static Instant instant(RandomnessSource in) {
        long seconds = longs().between(-2_208_988_800L, 4_102_444_800L).generate(in);
        int nanos = bool(in) ? 0 : between(in, 0, 999_999_999);
        return Instant.ofEpochSecond(seconds, nanos);
    }

    static LocalDate date(RandomnessSource in) {
        return LocalDate.ofEpochDay(between(in, -25_567, 47_482));
    }

    static Period period(RandomnessSource in) {
        return Period.of(Generate.enumValues(PeriodKind.class).generate(in), date(in));
    }

    static GeoPoint point(RandomnessSource in) {
        if (bool(in)) {
            return GeoPoint.of(pick(in, List.of(-90.0, 90.0, 0.0, 59.758)), pick(in, List.of(-180.0, 180.0, -0.0, 18.7049)));
        }
        return GeoPoint.of(doubles().between(-90, 90).generate(in), doubles().between(-180, 180).generate(in));
    }

    static <T> List<T> listOf(RandomnessSource in, Gen<T> gen, int min, int max) {
        int n = between(in, min, max);
        List<T> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(gen.generate(in));
        }
        return list;
    }

    // ------------------------------------------------------------------------------------------- model

    static Gen<Observation> observations() {
        return in -> {
            Observation.Builder b = Observation.builder().id(id(ObservationId::of).generate(in));
            Source source = Generate.enumValues(Source.class).generate(in);
            b.source(source);
            if (source == Source.REPORTER) {
                b.reporter(id(ReporterId::of).generate(in));
            }
            if (bool(in)) {
                b.channel(nonBlank(20).generate(in));
            }
            b.area(id(AreaId::of).generate(in));
            if (bool(in)) {
                b.placeName(nonBlank(30).generate(in));
            }
            if (bool(in)) {
                b.point(point(in));
            }
            Instant at = instant(in);
            LocalDate day = LocalDate.ofInstant(at, Period.ZONE);
            switch (between(in, 0, 2)) {
                case 0:
                    b.occurredAt(at);
                    break;
                case 1:
                    b.occurredOn(day, Generate.enumValues(TimeOfDay.class).generate(in));
                    break;
                default:
                    b.occurredOn(day);
            }
            b.category(id(CategoryId::of).generate(in)).severity(Generate.enumValues(Severity.class).generate(in));
            if (bool(in)) {
                b.description(text(0, 60).generate(in));
            }
            if (bool(in)) {
                b.visibility(Generate.enumValues(Visibility.class).generate(in));
            }
            Observation o = b.build();
            if (bool(in)) {
                o = Observation.builder().from(o)
                        .reportedAt(o.earliestOccurrence().plusSeconds(between(in, 0, 1_000_000))).build();
            }
            return o;
        };
    }

    static Gen<Area> areas() {
        return in -> area(in, id(AreaId::of).generate(in), null);
    }

    private static Area area(RandomnessSource in, AreaId id, AreaId parent) {
        Area.Builder b = Area.builder().id(id).name(nonBlank(25).generate(in));
        b.level(bool(in) ? pick(in, List.of(AreaLevel.COUNTY, AreaLevel.MUNICIPALITY, AreaLevel.PLACE, AreaLevel.DESO))
                : AreaLevel.of(pick(in, List.of("kvarter", "Stadsdelsområde", "zon_2", "ö-del"))));
        if (parent != null) {
            b.parent(parent);
        } else if (bool(in)) {
            AreaId other = id(AreaId::of).generate(in);
            if (!other.equals(id)) {
                b.parent(other);
            }
        }
        if (bool(in)) {
            b.putExternalCodes(Area.KOMMUNKOD, String.format(Locale.ROOT, "%04d", between(in, 0, 9999)));
        }
        if (bool(in)) {
            b.putExternalCodes(Area.DESO, String.format(Locale.ROOT, "%04d%s%04d", between(in, 0, 9999), pick(in, List.of("A", "B", "C")),
                    between(in, 0, 9999)));
        }
        if (bool(in)) {
            b.putExternalCodes(nonBlank(8).generate(in), nonBlank(12).generate(in));
        }
        if (bool(in)) {
            b.point(point(in));
        }
        return b.build();
    }

    static Gen<AreaHierarchy> hierarchies() {
        return in -> {
            int n = between(in, 0, 12);
            List<Area> list = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                AreaId parent = i > 0 && bool(in) ? list.get(between(in, 0, i - 1)).id() : null;
                AreaId id = AreaId.of(code(in) + "-" + i);
                Area a = area(in, id, parent);
                list.add(parent == null ? Area.builder().from(a).parent(java.util.Optional.empty()).build() : a);
            }
            return AreaHierarchy.of(list);
        };
    }

    static MeasureType measureType(RandomnessSource in) {
        switch (between(in, 0, 2)) {
            case 0:
                return pick(in, MeasureType.builtIns());
            case 1:
                return MeasureType.of("x-" + code(in));
            default:
                return MeasureType.of("x-" + code(in), nonBlank(20).generate(in), nonBlank(20).generate(in));
        }
    }

    static Gen<Measure> measures() {
        return in -> {
            ActorId lead = id(ActorId::of).generate(in);
            Measure.Builder b = Measure.builder().id(id(MeasureId::of).generate(in)).title(nonBlank(40).generate(in))
                    .type(measureType(in)).leadActor(lead).horizon(Generate.enumValues(Horizon.class).generate(in));
            b.addAllTargetAreas(listOf(in, id(AreaId::of), 1, 3));
            b.addAllTargetCategories(listOf(in, id(CategoryId::of), 0, 3));
            for (ActorId partner : listOf(in, id(ActorId::of), 0, 3)) {
                if (!partner.equals(lead)) {
                    b.addPartners(partner);
                }
            }
            LocalDate start = date(in);
            b.start(start);
            MeasureStatus status = Generate.enumValues(MeasureStatus.class).generate(in);
            b.status(status);
            if (status == MeasureStatus.DONE || bool(in)) {
                b.end(start.plusDays(between(in, 0, 400)));
            }
            if (bool(in)) {
                b.description(nonBlank(60).generate(in));
            }
            if (bool(in)) {
                b.visibility(Generate.enumValues(Visibility.class).generate(in));
            }
            if (bool(in)) {
                b.followUpEvery(java.time.Period.of(between(in, 0, 1), between(in, 0, 11), between(in, 1, 60)));
            }
            return b.build();
        };
    }

    static Gen<FollowUp> followUps() {
        return in -> {
            LocalDate date = date(in);
            FollowUp.Builder b = FollowUp.builder().measure(id(MeasureId::of).generate(in)).date(date)
                    .suggested(Generate.enumValues(Outcome.class).generate(in))
                    .addAllReasons(listOf(in, nonBlank(40), 1, 3));
            if (bool(in)) {
                LocalDate last = date.minusDays(between(in, 0, 100));
                b.evaluated(LocalDateRange.ofClosed(last.minusDays(between(in, 0, 100)), last));
            }
            if (bool(in)) {
                b.decision(Decision.of(Generate.enumValues(Outcome.class).generate(in), nonBlank(20).generate(in),
                        nonBlank(40).generate(in), date.plusDays(between(in, 0, 30))));
            }
            return b.build();
        };
    }

    static ScaleLevel scaleLevel(RandomnessSource in) {
        StringBuilder colour = new StringBuilder("#");
        for (int i = 0; i < 6; i++) {
            colour.append(pick(in, List.of("0", "9", "a", "F", "c", "E")));
        }
        return ScaleLevel.builder().code(code(in)).rank(between(in, 1, 9)).labelSv(nonBlank(15).generate(in))
                .labelEn(nonBlank(15).generate(in)).colour(colour.toString()).meaningSv(nonBlank(40).generate(in)).meaningEn(nonBlank(40).generate(in)).build();
    }

    static Gen<Assessment> assessments() {
        return in -> {
            Period period = period(in);
            Assessment.Builder b = Assessment.builder().area(id(AreaId::of).generate(in)).period(period)
                    .scaleId(code(in)).suggested(scaleLevel(in)).modelId(code(in))
                    .addAllReasons(listOf(in, nonBlank(40), 1, 3));
            if (bool(in)) {
                b.override(Decision.of(scaleLevel(in), nonBlank(20).generate(in), nonBlank(40).generate(in),
                        period.startDate().plusDays(between(in, 0, 60))));
            }
            return b.build();
        };
    }

    static Gen<ReportingRound> rounds() {
        return in -> {
            Period period = period(in);
            List<ReporterId> expected = listOf(in, id(ReporterId::of), 1, 5);
            ReportingRound.Builder b = ReportingRound.builder().period(period)
                    .deadline(period.interval().getStart().plusSeconds(between(in, 0, 5_000_000)))
                    .addAllExpected(expected);
            for (ReporterId r : expected) {
                int answer = between(in, 0, 2);
                if (answer > 0) {
                    b.addAnswered(r);
                }
                if (answer > 1) {
                    b.addNothingToReport(r);
                }
            }
            return b.build();
        };
    }

    static Gen<Evaluation> evaluations() {
        return in -> evaluation(in, 2);
    }

    private static Evaluation evaluation(RandomnessSource in, int depth) {
        Evaluation.Builder b = Evaluation.builder().method(Generate.enumValues(EvaluationMethod.class).generate(in))
                .estimate(finite(in)).readingSv(nonBlank(40).generate(in)).readingEn(nonBlank(40).generate(in));
        if (bool(in)) {
            b.crimeType(nonBlank(15).generate(in));
        }
        if (bool(in)) {
            b.standardError(Math.abs(finite(in)));
        }
        if (bool(in)) {
            b.z(finite(in));
        }
        if (bool(in)) {
            b.pValue(pick(in, List.of(0.0, 1.0, 0.05, 0.00289, 1e-12)));
        }
        if (bool(in)) {
            b.alternative(Generate.enumValues(Alternative.class).generate(in));
        }
        if (bool(in)) {
            double a = finite(in);
            double c = finite(in);
            b.confidenceInterval(ConfidenceInterval.of(pick(in, List.of(0.95, 0.9, 0.5, 1e-9)), Math.min(a, c), Math.max(a, c)));
        }
        int warnings = between(in, 0, 2);
        for (int i = 0; i < warnings; i++) {
            b.addWarnings(EvaluationWarning.of(kebab(in), nonBlank(30).generate(in), nonBlank(30).generate(in)));
        }
        int components = between(in, 0, 3);
        for (int i = 0; i < components; i++) {
            b.addComponents(Evaluation.Component.of(kebab(in) + "-" + i, finite(in), nonBlank(15).generate(in),
                    nonBlank(15).generate(in)));
        }
        if (depth > 0) {
            int parts = between(in, 0, 2);
            for (int i = 0; i < parts; i++) {
                b.addBreakdown(evaluation(in, depth - 1));
            }
        }
        return b.build();
    }
}
