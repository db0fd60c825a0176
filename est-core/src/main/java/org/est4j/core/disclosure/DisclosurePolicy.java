package org.est4j.core.disclosure;

import static java.util.Objects.requireNonNull;

import org.est4j.core.Problems;
import org.immutables.value.Value;

/**
 * The rules for what one {@link Audience} may see: a visibility filter ({@link #clearance()}), small-count
 * suppression ({@link #minimumCount()}) and redaction of personal data in free text
 * ({@link #redactPersonalData()}). This type holds the rules and answers the simple questions; applying them to a
 * report (filtering, suppressing, redacting) is the work of the feedback engine.
 *
 * <table>
 *   <caption>Defaults of {@link #forAudience(Audience)}</caption>
 *   <tr><th>audience</th><th>clearance</th><th>minimum count</th><th>redact personal data</th></tr>
 *   <tr><td>{@code GROUP}</td><td>{@code GROUP}</td><td>1 (no suppression)</td><td>no</td></tr>
 *   <tr><td>{@code PARTNERS}</td><td>{@code PARTNERS}</td><td>1 (no suppression)</td><td>yes</td></tr>
 *   <tr><td>{@code REPORTERS}</td><td>{@code PARTNERS}</td><td>1 (no suppression)</td><td>yes</td></tr>
 *   <tr><td>{@code POLITICIANS}</td><td>{@code PUBLIC}</td><td>3</td><td>yes</td></tr>
 *   <tr><td>{@code PUBLIC}</td><td>{@code PUBLIC}</td><td>3</td><td>yes</td></tr>
 * </table>
 *
 * <p>Rules, checked by {@link Builder#build()}, so that a policy can be made stricter than its default but never
 * looser in a way that leaks:
 * <ul>
 *   <li>the clearance may be more restrictive than the audience's (partners may be shown public material only)
 *       but never less restrictive;
 *   <li>the minimum count is at least 1, and at least 2 when the clearance is {@code PUBLIC}: a public output
 *       suppresses small counts so that single events cannot be traced to people;
 *   <li>personal data is redacted for any clearance other than {@code GROUP}: personal identity numbers,
 *       phone numbers and e-mail addresses in free text never leave the group (the group may ask for redaction of
 *       its own reports too).
 * </ul>
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DisclosurePolicy {
    /** The minimum count of policies whose clearance is {@link Visibility#PUBLIC}, unless set. */
    public static final int DEFAULT_PUBLIC_MINIMUM_COUNT = 3;

    DisclosurePolicy() {}

    /**
     * Returns the audience the policy is for.
     *
     * @return never null
     */
    public abstract Audience audience();

    /**
     * Returns the narrowest visibility of material the audience may see.
     *
     * @return the audience's {@linkplain Audience#clearance() clearance} unless set, never a less restrictive one
     */
    @Value.Default
    public Visibility clearance() {
        return audience() == null ? Visibility.PUBLIC : audience().clearance();
    }

    /**
     * Returns the smallest count shown as it is: counts from 1 to one less than this are suppressed; 0 is always
     * shown, since "nothing" traces no one.
     *
     * @return 1 (= no suppression) or more; {@value #DEFAULT_PUBLIC_MINIMUM_COUNT} for a {@code PUBLIC} clearance
     *     and 1 otherwise, unless set
     */
    @Value.Default
    public int minimumCount() {
        return clearance() == Visibility.PUBLIC ? DEFAULT_PUBLIC_MINIMUM_COUNT : 1;
    }

    /**
     * Tells whether personal identity numbers, phone numbers and e-mail addresses in free text are redacted (names are
     * not detected: see {@link Redactor}).
     *
     * @return true for any clearance other than {@code GROUP}; false for {@code GROUP} unless set
     */
    @Value.Default
    public boolean redactPersonalData() {
        return clearance() != Visibility.GROUP;
    }

    /**
     * Returns the default policy of an audience (see the table above).
     *
     * @param audience the audience
     * @return its default policy
     */
    public static DisclosurePolicy forAudience(Audience audience) {
        requireNonNull(audience, "audience");
        return builder().audience(audience).build();
    }

    /**
     * Tells whether the audience may see material of a visibility.
     *
     * @param visibility the material's visibility
     * @return true when the material is at least as open as the {@link #clearance()}
     */
    public boolean allows(Visibility visibility) {
        return requireNonNull(visibility, "visibility").isVisibleTo(clearance());
    }

    /**
     * Tells whether a count must be suppressed for the audience.
     *
     * @param count a count of observations, events or people, 0 or more
     * @return true when it is from 1 to {@link #minimumCount()} − 1
     * @throws IllegalArgumentException when the count is negative
     */
    public boolean isSuppressed(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("A count cannot be negative, was " + count);
        }
        return count >= 1 && count < minimumCount();
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link DisclosurePolicy}; {@link #build()} validates every attribute and the rules above, and
     * reports all problems.
     */
    public static final class Builder extends ImmutableDisclosurePolicy.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Audience audience = audience();
        Visibility clearance = clearance();
        Problems.of("DisclosurePolicy")
                .requirePresent(audience, "audience")
                .requirePresent(clearance, "clearance")
                .require(audience == null || clearance == null || clearance.compareTo(audience.clearance()) >= 0,
                        "clearance", "must not be less restrictive than the audience's, " + (audience == null ? null
                                : audience.clearance()) + "; a policy may restrict an audience, never open more to it",
                        clearance)
                .require(minimumCount() >= 1, "minimumCount", "must be 1 or more (1 = no suppression)", minimumCount())
                .require(clearance != Visibility.PUBLIC || minimumCount() >= 2, "minimumCount",
                        "must be 2 or more for a PUBLIC clearance, so that small counts are suppressed", minimumCount())
                .require(clearance == null || clearance == Visibility.GROUP || redactPersonalData(),
                        "redactPersonalData", "must be true for a " + clearance
                                + " clearance: personal data in free text never leaves the group", redactPersonalData())
                .throwIfAny();
    }

    /** Returns {@code DisclosurePolicy for AUDIENCE: clearance C, minimum count N, redacting|not redacting}. */
    @Override
    public String toString() {
        return "DisclosurePolicy for " + audience() + ": clearance " + clearance() + ", minimum count " + minimumCount()
                + (redactPersonalData() ? ", redacting personal data" : ", not redacting personal data");
    }
}
