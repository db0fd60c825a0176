package org.est4j.io.json.internal;

import static org.est4j.io.json.internal.Values.ACTOR_ID;
import static org.est4j.io.json.internal.Values.ACTOR_KIND;
import static org.est4j.io.json.internal.Values.AREA_ID;
import static org.est4j.io.json.internal.Values.BOOLEAN;
import static org.est4j.io.json.internal.Values.CATEGORY_ID;
import static org.est4j.io.json.internal.Values.GEO_POINT;
import static org.est4j.io.json.internal.Values.INSTANT;
import static org.est4j.io.json.internal.Values.OBSERVATION_ID;
import static org.est4j.io.json.internal.Values.PERIOD;
import static org.est4j.io.json.internal.Values.REPORTER_ID;
import static org.est4j.io.json.internal.Values.SEVERITY;
import static org.est4j.io.json.internal.Values.SOURCE;
import static org.est4j.io.json.internal.Values.TEXT;
import static org.est4j.io.json.internal.Values.TIME_OF_DAY;
import static org.est4j.io.json.internal.Values.TIME_PRECISION;
import static org.est4j.io.json.internal.Values.VISIBILITY;

import java.util.List;
import org.est4j.core.mapping.Actor;
import org.est4j.core.mapping.Category;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.Reporter;
import org.est4j.core.mapping.ReportingRound;
import org.est4j.core.mapping.Taxonomy;

/**
 * Codecs of the mapping model: actors, reporters, rounds, observations and the taxonomy.
 *
 * <p>This class is internal and not for public use.
 */
public final class MappingCodecs {
    private MappingCodecs() {}

    /** An {@link Actor}. */
    public static final ObjectCodec<Actor> ACTOR = new ObjectCodec<>("an actor", List.of("id", "name", "kind"),
            (a, g) -> {
                Out.field(g, "id", ACTOR_ID, a.id());
                g.writeStringField("name", a.name());
                Out.field(g, "kind", ACTOR_KIND, a.kind());
            },
            f -> {
                Actor.Builder b = Actor.builder();
                f.read("id", ACTOR_ID, b::id);
                f.read("name", TEXT, b::name);
                f.read("kind", ACTOR_KIND, b::kind);
                return f.build(b::build);
            });

    /** A {@link Reporter}. */
    public static final ObjectCodec<Reporter> REPORTER = new ObjectCodec<>("a reporter",
            List.of("id", "actor", "areas", "unit", "active"),
            (r, g) -> {
                Out.field(g, "id", REPORTER_ID, r.id());
                Out.field(g, "actor", ACTOR_ID, r.actor());
                Out.array(g, "areas", AREA_ID, r.areas());
                Out.optionalText(g, "unit", r.unit());
                g.writeBooleanField("active", r.active());
            },
            f -> {
                Reporter.Builder b = Reporter.builder();
                f.read("id", REPORTER_ID, b::id);
                f.read("actor", ACTOR_ID, b::actor);
                f.readList("areas", AREA_ID, b::addAreas);
                f.read("unit", TEXT, b::unit);
                f.read("active", BOOLEAN, b::active);
                return f.build(b::build);
            });

    /** A {@link ReportingRound}. */
    public static final ObjectCodec<ReportingRound> REPORTING_ROUND = new ObjectCodec<>("a reporting round",
            List.of("period", "deadline", "expected", "answered", "nothingToReport"),
            (r, g) -> {
                Out.field(g, "period", PERIOD, r.period());
                Out.field(g, "deadline", INSTANT, r.deadline());
                Out.array(g, "expected", REPORTER_ID, r.expected());
                Out.array(g, "answered", REPORTER_ID, r.answered());
                Out.array(g, "nothingToReport", REPORTER_ID, r.nothingToReport());
            },
            f -> {
                ReportingRound.Builder b = ReportingRound.builder();
                f.read("period", PERIOD, b::period);
                f.read("deadline", INSTANT, b::deadline);
                f.readList("expected", REPORTER_ID, b::addExpected);
                f.readList("answered", REPORTER_ID, b::addAnswered);
                f.readList("nothingToReport", REPORTER_ID, b::addNothingToReport);
                return f.build(b::build);
            });

    /** An {@link Observation}. */
    public static final ObjectCodec<Observation> OBSERVATION = new ObjectCodec<>("an observation",
            List.of("id", "source", "reporter", "channel", "area", "placeName", "point", "occurredAt", "timeOfDay",
                    "timePrecision", "category", "severity", "description", "visibility", "reportedAt"),
            (o, g) -> {
                Out.field(g, "id", OBSERVATION_ID, o.id());
                Out.field(g, "source", SOURCE, o.source());
                Out.optional(g, "reporter", REPORTER_ID, o.reporter());
                Out.optionalText(g, "channel", o.channel());
                Out.field(g, "area", AREA_ID, o.area());
                Out.optionalText(g, "placeName", o.placeName());
                Out.optional(g, "point", GEO_POINT, o.point());
                Out.field(g, "occurredAt", INSTANT, o.occurredAt());
                Out.field(g, "timeOfDay", TIME_OF_DAY, o.timeOfDay());
                Out.field(g, "timePrecision", TIME_PRECISION, o.timePrecision());
                Out.field(g, "category", CATEGORY_ID, o.category());
                Out.field(g, "severity", SEVERITY, o.severity());
                g.writeStringField("description", o.description());
                Out.field(g, "visibility", VISIBILITY, o.visibility());
                Out.optional(g, "reportedAt", INSTANT, o.reportedAt());
            },
            f -> {
                Observation.Builder b = Observation.builder();
                f.read("id", OBSERVATION_ID, b::id);
                f.read("source", SOURCE, b::source);
                f.read("reporter", REPORTER_ID, b::reporter);
                f.read("channel", TEXT, b::channel);
                f.read("area", AREA_ID, b::area);
                f.read("placeName", TEXT, b::placeName);
                f.read("point", GEO_POINT, b::point);
                f.read("occurredAt", INSTANT, b::occurredAt);
                f.read("timeOfDay", TIME_OF_DAY, b::timeOfDay);
                f.read("timePrecision", TIME_PRECISION, b::timePrecision);
                f.read("category", CATEGORY_ID, b::category);
                f.read("severity", SEVERITY, b::severity);
                f.read("description", TEXT, b::description);
                f.read("visibility", VISIBILITY, b::visibility);
                f.read("reportedAt", INSTANT, b::reportedAt);
                return f.build(b::build);
            });

    /** A {@link Category}. */
    public static final ObjectCodec<Category> CATEGORY = new ObjectCodec<>("a category",
            List.of("id", "parent", "labelSv", "labelEn", "description", "context"),
            (c, g) -> {
                Out.field(g, "id", CATEGORY_ID, c.id());
                Out.optional(g, "parent", CATEGORY_ID, c.parent());
                g.writeStringField("labelSv", c.labelSv());
                g.writeStringField("labelEn", c.labelEn());
                Out.optionalText(g, "description", c.description());
                g.writeBooleanField("context", c.context());
            },
            f -> {
                Category.Builder b = Category.builder();
                f.read("id", CATEGORY_ID, b::id);
                f.read("parent", CATEGORY_ID, b::parent);
                f.read("labelSv", TEXT, b::labelSv);
                f.read("labelEn", TEXT, b::labelEn);
                f.read("description", TEXT, b::description);
                f.read("context", BOOLEAN, b::context);
                return f.build(b::build);
            });

    /** A {@link Taxonomy}: its categories in the order given. */
    public static final ObjectCodec<Taxonomy> TAXONOMY = new ObjectCodec<>("a taxonomy", List.of("categories"),
            (t, g) -> Out.array(g, "categories", CATEGORY, t.categories()),
            f -> {
                Taxonomy.Builder b = Taxonomy.builder();
                f.readList("categories", CATEGORY, b::addCategories);
                return f.build(b::build);
            });
}
