package org.est4j.core.disclosure;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Applies a {@link DisclosurePolicy}: the visibility filter, redaction of personal data in free text and
 * suppression of small counts, in one object for the code that builds a feedback report.
 *
 * <pre>{@code
 * Disclosure d = Disclosure.forAudience(Audience.PUBLIC);
 * List<Observation> shown = d.visible(observations, Observation::visibility);
 * String text = d.redact(observation.description());
 * SuppressedTable<AreaId, CategoryId> table = d.suppress(counts);
 * }</pre>
 *
 * <p>Redaction finds personal identity numbers, phone numbers and e-mail addresses ({@link Redactor} lists the
 * forms); it does not find names, so free text for an audience outside the group still needs a person's reading.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class Disclosure {
    private final DisclosurePolicy policy;
    private final Redactor redactor;

    private Disclosure(DisclosurePolicy policy, Redactor redactor) {
        this.policy = policy;
        this.redactor = redactor;
    }

    /**
     * Returns the disclosure of a policy, redacting with Swedish tokens.
     *
     * @param policy the policy
     * @return a disclosure
     */
    public static Disclosure of(DisclosurePolicy policy) {
        return of(policy, Redactor.swedish());
    }

    /**
     * Returns the disclosure of a policy with a redactor of one's choice (English tokens, other tokens).
     *
     * @param policy the policy
     * @param redactor the redactor used when the policy redacts
     * @return a disclosure
     */
    public static Disclosure of(DisclosurePolicy policy, Redactor redactor) {
        return new Disclosure(requireNonNull(policy, "policy"), requireNonNull(redactor, "redactor"));
    }

    /**
     * Returns the disclosure of an audience's default policy ({@link DisclosurePolicy#forAudience(Audience)}),
     * redacting with Swedish tokens.
     *
     * @param audience the audience
     * @return a disclosure
     */
    public static Disclosure forAudience(Audience audience) {
        return of(DisclosurePolicy.forAudience(audience));
    }

    /**
     * Returns the policy.
     *
     * @return never null
     */
    public DisclosurePolicy policy() {
        return policy;
    }

    /**
     * Returns the redactor used when the policy redacts.
     *
     * @return never null
     */
    public Redactor redactor() {
        return redactor;
    }

    /**
     * Tells whether the audience may see material of a visibility.
     *
     * @param visibility the material's visibility
     * @return {@link DisclosurePolicy#allows(Visibility)}
     */
    public boolean allows(Visibility visibility) {
        return policy.allows(visibility);
    }

    /**
     * Returns the items the audience may see.
     *
     * @param <T> the type of item
     * @param items such as observations or measures
     * @param visibility the visibility of an item, never null
     * @return the items it {@link #allows(Visibility)}, in their order
     * @throws NullPointerException when an item or its visibility is null
     */
    public <T> List<T> visible(Collection<? extends T> items, Function<? super T, Visibility> visibility) {
        requireNonNull(items, "items");
        requireNonNull(visibility, "visibility");
        List<T> shown = new ArrayList<>();
        for (T item : items) {
            if (allows(requireNonNull(visibility.apply(requireNonNull(item, "item")), "visibility of " + item))) {
                shown.add(item);
            }
        }
        return List.copyOf(shown);
    }

    /**
     * Returns a text as the audience may read it.
     *
     * @param text free text, such as an observation's description
     * @return the text with personal data replaced, or the text as it is when the policy does not redact
     */
    public String redact(String text) {
        return redaction(text).text();
    }

    /**
     * Redacts a text and tells what was found.
     *
     * @param text free text
     * @return the redaction, {@link Redaction#unchanged(String)} when the policy does not redact
     */
    public Redaction redaction(String text) {
        requireNonNull(text, "text");
        return policy.redactPersonalData() ? redactor.redact(text) : Redaction.unchanged(text);
    }

    /**
     * Tells whether a single count must be suppressed for the audience.
     *
     * @param count a count, 0 or more
     * @return {@link DisclosurePolicy#isSuppressed(long)}
     */
    public boolean isSuppressed(long count) {
        return policy.isSuppressed(count);
    }

    /**
     * Returns a table as the audience may see it: small counts and their complements suppressed.
     *
     * @param <R> the type of row key
     * @param <C> the type of column key
     * @param table the counts
     * @return {@code table.suppress(policy().minimumCount())}; nothing is suppressed for a minimum count of 1
     */
    public <R extends Comparable<? super R>, C extends Comparable<? super C>> SuppressedTable<R, C> suppress(
            CountTable<R, C> table) {
        return requireNonNull(table, "table").suppress(policy);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Disclosure && ((Disclosure) other).policy.equals(policy)
                && ((Disclosure) other).redactor.equals(redactor);
    }

    @Override
    public int hashCode() {
        return policy.hashCode() * 31 + redactor.hashCode();
    }

    /** Returns {@code Disclosure[DisclosurePolicy for PUBLIC: …; Redactor[…]]}. */
    @Override
    public String toString() {
        return "Disclosure[" + policy + "; " + redactor + "]";
    }
}
