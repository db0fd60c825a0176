package org.est4j.core.mapping;

import java.util.Locale;
import org.est4j.core.Problems;
import org.immutables.value.Value;

/**
 * An organisation taking part in the EST work (<i>aktör</i>, <i>samverkanspart</i>): the police, a housing
 * company, a school, a municipal unit. Reporters belong to an actor; measures name a lead actor and partners.
 *
 * <pre>{@code
 * Actor police = Actor.of(ActorId.of("police"), "Polisen lokalpolisområde Norrtälje", ActorKind.POLICE);
 * }</pre>
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Actor {
    /** The longest name accepted. */
    public static final int MAX_NAME_LENGTH = 200;

    Actor() {}

    /**
     * Returns the actor's identifier.
     *
     * @return never null
     */
    public abstract ActorId id();

    /**
     * Returns the organisation's name, such as {@code Bostadsbolaget} or {@code Fritidsgården Kvisten}.
     *
     * @return 1 to {@value #MAX_NAME_LENGTH} characters, not blank
     */
    public abstract String name();

    /**
     * Returns the kind of organisation.
     *
     * @return never null
     */
    public abstract ActorKind kind();

    /**
     * Returns an actor.
     *
     * @param id the identifier
     * @param name the organisation's name
     * @param kind the kind of organisation
     * @return the actor
     * @throws org.est4j.core.ValidationException when a value is missing, the name is blank or too long
     */
    public static Actor of(ActorId id, String name, ActorKind kind) {
        return builder().id(id).name(name).kind(kind).build();
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Actor}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableActor.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems.of("Actor")
                .requirePresent(id(), "id")
                .requirePresent(name(), "name")
                .require(name() == null || !name().isBlank(), "name", "must not be blank", name())
                .require(name() == null || name().length() <= MAX_NAME_LENGTH, "name",
                        "must be at most " + MAX_NAME_LENGTH + " characters", name() == null ? null : name().length() + " characters")
                .requirePresent(kind(), "kind")
                .throwIfAny();
    }

    /** Returns {@code id: name (kind)}, such as {@code police: Polisen Norrtälje (Police)}. */
    @Override
    public String toString() {
        return id() + ": " + name() + " (" + kind().label(Locale.ENGLISH) + ")";
    }
}
