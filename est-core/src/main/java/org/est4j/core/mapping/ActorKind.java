package org.est4j.core.mapping;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * The kind of organisation an {@link Actor} is. The list follows the actors municipalities name as reporters and
 * partners in EST: municipal units (social services, leisure centres, field workers, property management), the
 * police, housing companies and other property owners, schools, the rescue service, businesses, associations,
 * churches, public transport, security companies and volunteer groups such as night walkers.
 *
 * <p>The kind is descriptive: it groups reporters and partners in coverage and feedback, and never decides on its
 * own what an actor may see (that is {@link org.est4j.core.disclosure.Visibility}).
 */
public enum ActorKind {
    /** A unit of the municipality: social services, a leisure centre, field workers, property management. */
    MUNICIPAL_UNIT("Kommunal verksamhet", "Municipal unit"),
    /** The police, such as the local police area or the municipal police officer (<i>kommunpolis</i>). */
    POLICE("Polisen", "Police"),
    /** A housing company (<i>bostadsbolag</i>), municipal or private, and its housing hosts. */
    HOUSING_COMPANY("Bostadsbolag", "Housing company"),
    /** Another property owner (<i>fastighetsägare</i>): a shopping centre, a commercial landlord. */
    PROPERTY_OWNER("Fastighetsägare", "Property owner"),
    /** A school, municipal or independent. */
    SCHOOL("Skola", "School"),
    /** The rescue service (<i>räddningstjänst</i>). */
    RESCUE_SERVICE("Räddningstjänst", "Rescue service"),
    /** A business: a shop, a restaurant, a petrol station. */
    BUSINESS("Näringsliv", "Business"),
    /** An association: a sports club, a tenants' association. */
    ASSOCIATION("Förening", "Association"),
    /** A church or another faith community. */
    CHURCH("Kyrka och trossamfund", "Church or faith community"),
    /** A public transport operator or authority. */
    PUBLIC_TRANSPORT("Kollektivtrafik", "Public transport"),
    /** A security company: guards, security officers (<i>väktare, ordningsvakter</i>). */
    SECURITY_COMPANY("Bevakningsföretag", "Security company"),
    /** A volunteer or citizen group: night walkers, safety ambassadors (<i>trygghetsombud</i>). */
    CITIZEN_GROUP("Frivilliga och medborgargrupper", "Volunteer or citizen group"),
    /** Any other organisation. */
    OTHER("Övrigt", "Other");

    private final String swedish;
    private final String english;

    ActorKind(String swedish, String english) {
        this.swedish = swedish;
        this.english = english;
    }

    /**
     * Returns a label for people: Swedish when the locale's language is Swedish, English otherwise.
     *
     * @param locale the reader's locale
     * @return the label, never blank
     */
    public String label(Locale locale) {
        return "sv".equals(requireNonNull(locale, "locale").getLanguage()) ? swedish : english;
    }
}
