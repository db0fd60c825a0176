package org.est4j.core.ingest;

import java.util.List;
import java.util.stream.Collectors;
import org.est4j.core.Problems;
import org.est4j.core.mapping.Observation;
import org.immutables.value.Value;

/**
 * What an importer made of one input: the observations accepted and the rows rejected, which together are
 * exactly the rows read — {@code accepted().size() + rejected().size() == rowsRead()} always holds, so no row is
 * ever lost silently.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ImportResult {
    ImportResult() {}

    /**
     * Returns the name of the input.
     *
     * @return such as a file name
     */
    public abstract String source();

    /**
     * Returns the number of rows (records) read from the input, not counting a header.
     *
     * @return the count
     */
    public abstract long rowsRead();

    /**
     * Returns the observations accepted, in input order.
     *
     * @return never null
     */
    public abstract List<Observation> accepted();

    /**
     * Returns the rows rejected or excluded, in input order.
     *
     * @return never null
     */
    public abstract List<Rejection> rejected();

    /**
     * Returns the rows left out on purpose (valid input that is not an observation).
     *
     * @return a subset of {@link #rejected()}
     */
    @Value.Lazy
    public List<Rejection> excluded() {
        return rejected().stream().filter(Rejection::excluded).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the rows rejected as errors.
     *
     * @return {@link #rejected()} less {@link #excluded()}
     */
    @Value.Lazy
    public List<Rejection> errors() {
        return rejected().stream().filter(r -> !r.excluded()).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Tells whether every row was accepted or deliberately excluded.
     *
     * @return true when there is no error
     */
    public boolean isClean() {
        return errors().isEmpty();
    }

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link ImportResult}; {@link #build()} checks that every row read is accounted for. */
    public static final class Builder extends ImmutableImportResult.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("ImportResult")
                .requirePresent(source(), "source")
                .require(accepted().size() + rejected().size() == rowsRead(), "rowsRead",
                        "must equal accepted (" + accepted().size() + ") + rejected (" + rejected().size()
                                + "): every row read is accounted for", rowsRead());
        for (int i = 0; i < accepted().size(); i++) {
            problems.requirePresent(accepted().get(i), "accepted[" + i + "]");
        }
        for (int i = 0; i < rejected().size(); i++) {
            problems.requirePresent(rejected().get(i), "rejected[" + i + "]");
        }
        problems.throwIfAny();
    }

    /** Returns a summary such as {@code events.json: 500 read, 412 accepted, 88 rejected (80 excluded, 8 errors)}. */
    @Override
    public String toString() {
        return source() + ": " + rowsRead() + " read, " + accepted().size() + " accepted, " + rejected().size()
                + " rejected (" + excluded().size() + " excluded, " + errors().size() + " errors)";
    }
}
