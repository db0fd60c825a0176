package org.est4j.core.mapping;

/**
 * The built-in default taxonomy, {@link Taxonomy#standard()}, written out as code so that it is the same on every
 * run and needs no resource loading. The groups are those Swedish municipalities use in EST (Örebro's weekly
 * compilation, the EMBRACE public form used in Åmål, Kumla, Nyköping, digital safety walks); ids are
 * {@code group} and {@code group.item}.
 */
final class StandardTaxonomy {
    static final Taxonomy INSTANCE = build();

    private StandardTaxonomy() {}

    private static Taxonomy build() {
        Taxonomy.Builder b = Taxonomy.builder();
        top(b, "property-damage", "Skadegörelse", "Property damage");
        child(b, "property-damage", "graffiti", "Klotter", "Graffiti");
        child(b, "property-damage", "broken-glass", "Krossat glas", "Broken glass");
        child(b, "property-damage", "fire", "Brand eller anlagd brand", "Fire or arson");
        child(b, "property-damage", "other", "Annan skadegörelse", "Other damage");

        top(b, "gathering", "Otrygghetsskapande samling av personer", "Insecurity-causing gathering");

        top(b, "drugs", "Narkotika", "Drugs");
        child(b, "drugs", "dealing", "Misstänkt narkotikaförsäljning", "Suspected dealing");
        child(b, "drugs", "use", "Narkotikabruk", "Drug use");
        child(b, "drugs", "paraphernalia", "Fynd av narkotikatillbehör", "Drug paraphernalia found");

        top(b, "disorder-violence", "Ordningsstörning och våld", "Disorder and violence");
        child(b, "disorder-violence", "threat", "Hot", "Threat");
        child(b, "disorder-violence", "assault", "Slagsmål eller misshandel", "Fight or assault");
        child(b, "disorder-violence", "robbery", "Rån", "Robbery");
        child(b, "disorder-violence", "burglary", "Inbrott", "Burglary");
        child(b, "disorder-violence", "harassment", "Trakasserier", "Harassment");

        top(b, "traffic", "Trafik", "Traffic");
        child(b, "traffic", "moped", "Buskörning med moped", "Reckless moped riding");
        child(b, "traffic", "a-tractor", "Buskörning med A-traktor", "Reckless A-tractor driving");
        child(b, "traffic", "car-on-path", "Bil på gång- eller cykelväg", "Car on foot or cycle path");
        child(b, "traffic", "speeding", "Fortkörning", "Speeding");

        top(b, "littering", "Nedskräpning", "Littering");

        top(b, "unsafe-place", "Otrygg plats", "Unsafe place");
        child(b, "unsafe-place", "lighting", "Dålig belysning", "Poor lighting");
        child(b, "unsafe-place", "sightlines", "Skymd sikt", "Poor sightlines");
        child(b, "unsafe-place", "vegetation", "Igenväxt vegetation", "Overgrown vegetation");
        child(b, "unsafe-place", "deserted", "Öde plats", "Deserted place");

        top(b, "staff-incident", "Incident mot anställd", "Incident against staff");

        top(b, "social-media-rumour", "Ryktesspridning i sociala medier", "Social-media rumour");

        b.addCategories(Category.builder()
                .id(CategoryId.of("planned-event"))
                .labelSv("Planerat arrangemang")
                .labelEn("Planned event")
                .description("Context, not a problem: a match, a festival, a school holiday or another event that may"
                        + " explain the situation. Left out of scores.")
                .context(true)
                .build());

        top(b, "other", "Övrigt otrygghetsskapande", "Other insecurity-causing");
        return b.build();
    }

    private static void top(Taxonomy.Builder b, String id, String sv, String en) {
        b.addCategories(Category.topLevel(CategoryId.of(id), sv, en));
    }

    private static void child(Taxonomy.Builder b, String parent, String item, String sv, String en) {
        b.addCategories(Category.child(CategoryId.of(parent + "." + item), CategoryId.of(parent), sv, en));
    }
}
