package org.est4j.core.ingest;

import org.est4j.core.Problems;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.mapping.Taxonomy;
import org.immutables.value.Value;

/**
 * What an importer checks rows against, and the limits that stop hostile or broken input: the area hierarchy and
 * taxonomy that observations must refer to, strict or lenient mode, and size limits.
 *
 * <p>The defaults suit a municipality's survey export and the national police feed alike; a host that takes files
 * from the public may lower them.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ImportContext {
    ImportContext() {}

    /**
     * Returns the areas an observation may be recorded in.
     *
     * @return the hierarchy
     */
    public abstract AreaHierarchy hierarchy();

    /**
     * Returns the categories an observation may have.
     *
     * @return the taxonomy, {@link Taxonomy#standard()} by default
     */
    @Value.Default
    public Taxonomy taxonomy() {
        return Taxonomy.standard();
    }

    /**
     * Tells whether the import stops with an {@link ImportException} at the first row it cannot accept.
     *
     * @return false by default: bad rows are rejected and reading goes on
     */
    @Value.Default
    public boolean strict() {
        return false;
    }

    /**
     * Returns the most rows read from one input; the rest is rejected as one row saying so.
     *
     * @return 50,000,000 by default
     */
    @Value.Default
    public long maxRows() {
        return 50_000_000L;
    }

    /**
     * Returns the longest field accepted, in characters; a longer field rejects its row.
     *
     * @return 10,000 by default
     */
    @Value.Default
    public int maxFieldLength() {
        return 10_000;
    }

    /**
     * Returns the deepest nesting of arrays and objects accepted in structured input (JSON).
     *
     * @return 64 by default
     */
    @Value.Default
    public int maxNestingDepth() {
        return 64;
    }

    /**
     * Returns the largest input read, in bytes.
     *
     * @return 2 GiB by default
     */
    @Value.Default
    public long maxBytes() {
        return 2L * 1024 * 1024 * 1024;
    }

    /**
     * Returns a context with default limits.
     *
     * @param hierarchy the areas
     * @param taxonomy the categories
     * @return the context
     */
    public static ImportContext of(AreaHierarchy hierarchy, Taxonomy taxonomy) {
        return builder().hierarchy(hierarchy).taxonomy(taxonomy).build();
    }

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link ImportContext}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableImportContext.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems.of("ImportContext")
                .requirePresent(hierarchy(), "hierarchy")
                .requirePresent(taxonomy(), "taxonomy")
                .require(maxRows() > 0, "maxRows", "must be positive", maxRows())
                .require(maxFieldLength() > 0, "maxFieldLength", "must be positive", maxFieldLength())
                .require(maxNestingDepth() > 0, "maxNestingDepth", "must be positive", maxNestingDepth())
                .require(maxBytes() > 0, "maxBytes", "must be positive", maxBytes())
                .throwIfAny();
    }
}
