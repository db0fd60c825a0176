package org.est4j.core.mapping;

import org.est4j.core.Labelled;

/**
 * The kind of organisation an {@link Actor} is. The list follows the actors municipalities name as reporters and
 * partners in EST: municipal units (social services, leisure centres, field workers, property management), the
 * police, housing companies and other property owners, schools, the rescue service, businesses, associations,
 * churches, public transport, security companies and volunteer groups such as night walkers.
 *
 * <p>The kind is descriptive: it groups reporters and partners in coverage and feedback, and never decides on its
 * own what an actor may see (that is {@link org.est4j.core.disclosure.Visibility}).
 */
public enum ActorKind implements Labelled {
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

    private final String labelSv;
    private final String labelEn;

    ActorKind(String swedish, String english) {
        this.labelSv = swedish;
        this.labelEn = english;
    }

    @Override
    public String labelSv() {
        return labelSv;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }
}
