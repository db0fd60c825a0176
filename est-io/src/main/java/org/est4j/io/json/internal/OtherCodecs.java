package org.est4j.io.json.internal;

import static org.est4j.io.json.internal.Values.AUDIENCE;
import static org.est4j.io.json.internal.Values.BOOLEAN;
import static org.est4j.io.json.internal.Values.INT;
import static org.est4j.io.json.internal.Values.LONG;
import static org.est4j.io.json.internal.Values.TEXT;
import static org.est4j.io.json.internal.Values.VISIBILITY;

import java.util.List;
import org.est4j.core.disclosure.DisclosurePolicy;
import org.est4j.core.ingest.ImportResult;
import org.est4j.core.ingest.Rejection;

/**
 * Codecs of disclosure policies and import results.
 *
 * <p>This class is internal and not for public use.
 */
public final class OtherCodecs {
    private OtherCodecs() {}

    /** A {@link DisclosurePolicy}, with every rule written out, defaults included. */
    public static final ObjectCodec<DisclosurePolicy> DISCLOSURE_POLICY = new ObjectCodec<>("a disclosure policy",
            List.of("audience", "clearance", "minimumCount", "redactPersonalData"),
            (p, g) -> {
                Out.field(g, "audience", AUDIENCE, p.audience());
                Out.field(g, "clearance", VISIBILITY, p.clearance());
                g.writeNumberField("minimumCount", p.minimumCount());
                g.writeBooleanField("redactPersonalData", p.redactPersonalData());
            },
            f -> {
                DisclosurePolicy.Builder b = DisclosurePolicy.builder();
                f.read("audience", AUDIENCE, b::audience);
                f.read("clearance", VISIBILITY, b::clearance);
                f.read("minimumCount", INT, b::minimumCount);
                f.read("redactPersonalData", BOOLEAN, b::redactPersonalData);
                return f.build(b::build);
            });

    /** A {@link Rejection}. */
    public static final ObjectCodec<Rejection> REJECTION = new ObjectCodec<>("a rejected row",
            List.of("source", "line", "column", "field", "reason", "raw", "excluded"),
            (r, g) -> {
                g.writeStringField("source", r.source());
                g.writeNumberField("line", r.line());
                g.writeNumberField("column", r.column());
                Out.optionalText(g, "field", r.field());
                g.writeStringField("reason", r.reason());
                g.writeStringField("raw", r.raw());
                g.writeBooleanField("excluded", r.excluded());
            },
            f -> {
                Rejection.Builder b = Rejection.builder();
                f.require("line");
                f.read("source", TEXT, b::source);
                f.read("line", LONG, b::line);
                f.read("column", INT, b::column);
                f.read("field", TEXT, b::field);
                f.read("reason", TEXT, b::reason);
                f.read("raw", TEXT, b::raw);
                f.read("excluded", BOOLEAN, b::excluded);
                return f.build(b::build);
            });

    /** An {@link ImportResult}: the observations accepted and the rows rejected, in input order. */
    public static final ObjectCodec<ImportResult> IMPORT_RESULT = new ObjectCodec<>("an import result",
            List.of("source", "rowsRead", "accepted", "rejected"),
            (r, g) -> {
                g.writeStringField("source", r.source());
                g.writeNumberField("rowsRead", r.rowsRead());
                Out.array(g, "accepted", MappingCodecs.OBSERVATION, r.accepted());
                Out.array(g, "rejected", REJECTION, r.rejected());
            },
            f -> {
                ImportResult.Builder b = ImportResult.builder();
                f.require("rowsRead");
                f.read("source", TEXT, b::source);
                f.read("rowsRead", LONG, b::rowsRead);
                f.readList("accepted", MappingCodecs.OBSERVATION, b::addAccepted);
                f.readList("rejected", REJECTION, b::addRejected);
                return f.build(b::build);
            });
}
