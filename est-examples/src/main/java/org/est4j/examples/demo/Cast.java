package org.est4j.examples.demo;

import java.util.ArrayList;
import java.util.List;
import org.est4j.core.area.AreaId;
import org.est4j.core.mapping.Actor;
import org.est4j.core.mapping.ActorId;
import org.est4j.core.mapping.ActorKind;
import org.est4j.core.mapping.ReporterId;

/**
 * Who takes part in Sjöviken's EST work: the organisations ({@link Actor actors}) and their trained reporters, about
 * fifteen per town as in Norrtälje, from municipal units, schools, the housing companies, the police, the rescue
 * service, shops, the church, the bus company, a security company and the night walkers. Every name is invented.
 *
 * <p>Package-private: the generator's data.
 */
final class Cast {
    static final ActorId TRYGG = ActorId.of("trygg-i-sjoviken");
    static final ActorId KULTUR_FRITID = ActorId.of("kultur-fritid");
    static final ActorId FALTGRUPPEN = ActorId.of("faltgruppen");
    static final ActorId GATA_PARK = ActorId.of("gata-park");
    static final ActorId FASTIGHET = ActorId.of("kommunens-fastigheter");
    static final ActorId POLISEN = ActorId.of("polisen");
    static final ActorId RADDNINGSTJANSTEN = ActorId.of("raddningstjansten");
    static final ActorId SJOVIKSHEM = ActorId.of("sjovikshem");
    static final ActorId NORRVIK = ActorId.of("norrvik-fastigheter");
    static final ActorId VIKENHALLEN = ActorId.of("vikenhallen");
    static final ActorId KUSTBUSSARNA = ActorId.of("kustbussarna");
    static final ActorId BEVAKNING = ActorId.of("vikens-bevakning");
    static final ActorId NATTVANDRARNA = ActorId.of("nattvandrarna");
    static final ActorId FORSAMLINGEN = ActorId.of("forsamlingen");
    static final ActorId NORRHOJDSSKOLAN = ActorId.of("norrhojdsskolan");
    static final ActorId SOLBACKASKOLAN = ActorId.of("solbackaskolan");
    static final ActorId GYMNASIET = ActorId.of("sjovikens-gymnasium");
    static final ActorId EKBYSKOLAN = ActorId.of("ekbyskolan");
    static final ActorId BRUKSVIKSSKOLAN = ActorId.of("bruksviksskolan");
    static final ActorId TORGBUTIKEN = ActorId.of("torgbutiken");
    static final ActorId EKBYMACKEN = ActorId.of("ekby-macken");
    static final ActorId BRUKSVIKS_LIVS = ActorId.of("bruksviks-livs");
    static final ActorId HYRESGASTFORENINGEN = ActorId.of("hyresgastforeningen");
    static final ActorId SJOVIKENS_IF = ActorId.of("sjovikens-if");
    static final ActorId BRUKSVIKS_BK = ActorId.of("bruksviks-bk");
    static final ActorId PAPPERSBRUKET = ActorId.of("pappersbruket");

    static final List<Actor> ACTORS = List.of(
            Actor.of(TRYGG, "Trygg i Sjöviken, kommunens trygghetssamordning", ActorKind.MUNICIPAL_UNIT),
            Actor.of(KULTUR_FRITID, "Kultur- och fritidsförvaltningen", ActorKind.MUNICIPAL_UNIT),
            Actor.of(FALTGRUPPEN, "Fältgruppen, socialtjänsten", ActorKind.MUNICIPAL_UNIT),
            Actor.of(GATA_PARK, "Gatu- och parkenheten", ActorKind.MUNICIPAL_UNIT),
            Actor.of(FASTIGHET, "Kommunens fastighetsavdelning", ActorKind.MUNICIPAL_UNIT),
            Actor.of(POLISEN, "Polisen, lokalpolisområde Sjöviken", ActorKind.POLICE),
            Actor.of(RADDNINGSTJANSTEN, "Räddningstjänsten Sjöviken", ActorKind.RESCUE_SERVICE),
            Actor.of(SJOVIKSHEM, "AB Sjövikshem", ActorKind.HOUSING_COMPANY),
            Actor.of(NORRVIK, "Norrvik Fastigheter AB", ActorKind.HOUSING_COMPANY),
            Actor.of(VIKENHALLEN, "Köpcentrum Vikenhallen", ActorKind.PROPERTY_OWNER),
            Actor.of(KUSTBUSSARNA, "Kustbussarna AB", ActorKind.PUBLIC_TRANSPORT),
            Actor.of(BEVAKNING, "Vikens Bevakning AB", ActorKind.SECURITY_COMPANY),
            Actor.of(NATTVANDRARNA, "Nattvandrarna i Sjöviken", ActorKind.CITIZEN_GROUP),
            Actor.of(FORSAMLINGEN, "Sjövikens församling, Svenska kyrkan", ActorKind.CHURCH),
            Actor.of(NORRHOJDSSKOLAN, "Norrhöjdsskolan", ActorKind.SCHOOL),
            Actor.of(SOLBACKASKOLAN, "Solbackaskolan", ActorKind.SCHOOL),
            Actor.of(GYMNASIET, "Sjövikens gymnasium", ActorKind.SCHOOL),
            Actor.of(EKBYSKOLAN, "Ekbyskolan", ActorKind.SCHOOL),
            Actor.of(BRUKSVIKSSKOLAN, "Bruksviksskolan", ActorKind.SCHOOL),
            Actor.of(TORGBUTIKEN, "Livsmedelsbutiken vid Stora torget", ActorKind.BUSINESS),
            Actor.of(EKBYMACKEN, "Bensinstationen i Ekby", ActorKind.BUSINESS),
            Actor.of(BRUKSVIKS_LIVS, "Bruksviks livs", ActorKind.BUSINESS),
            Actor.of(HYRESGASTFORENINGEN, "Hyresgästföreningen, lokalföreningen Norrhöjden", ActorKind.ASSOCIATION),
            Actor.of(SJOVIKENS_IF, "Sjövikens IF", ActorKind.ASSOCIATION),
            Actor.of(BRUKSVIKS_BK, "Bruksviks BK", ActorKind.ASSOCIATION),
            Actor.of(PAPPERSBRUKET, "Bruksviks pappersbruk AB", ActorKind.BUSINESS));

    /** How reliably a reporter answers a round. */
    enum Reliability {
        /** Almost always answers, with a stand-in during holidays. */
        STEADY(0.96, false),
        /** Usually answers; takes a summer holiday. */
        USUAL(0.88, true),
        /** Often silent: a busy manager, a volunteer. */
        PATCHY(0.55, true),
        /** Seldom answers. */
        RARE(0.38, true);

        final double answers;
        final boolean vacation;

        Reliability(double answers, boolean vacation) {
            this.answers = answers;
            this.vacation = vacation;
        }
    }

    /** One trained reporter as the generator knows them: the public record plus how they behave. */
    static final class ReporterSpec {
        final ReporterId id;
        final ActorId actor;
        final String unit;
        final Role role;
        final List<AreaId> areas;
        final Reliability reliability;
        final double activity;
        /** The first week the reporter is expected. */
        final int fromWeek;
        /** The last week the reporter is expected; after it they stopped (and are inactive). */
        final int untilWeek;

        ReporterSpec(String id, ActorId actor, String unit, Role role, Reliability reliability, double activity,
                int fromWeek, int untilWeek, String... areas) {
            this.id = ReporterId.of(id);
            this.actor = actor;
            this.unit = unit;
            this.role = role;
            this.reliability = reliability;
            this.activity = activity;
            this.fromWeek = fromWeek;
            this.untilWeek = untilWeek;
            List<AreaId> list = new ArrayList<>();
            for (String a : areas) {
                list.add(AreaId.of(a));
            }
            this.areas = List.copyOf(list);
        }

        boolean expectedIn(int week) {
            return week >= fromWeek && week <= untilWeek;
        }
    }

    /** Reporters that stop reporting do so after this week; {@link Integer#MAX_VALUE} means never. */
    private static final int ALWAYS = Integer.MAX_VALUE;

    static final List<ReporterSpec> REPORTERS = List.of(
            // Sjöviken, the main town
            spec("r-101", POLISEN, "Lokalpolisområde Sjöviken, kommunpolisgruppen", Role.POLICE, Reliability.STEADY, 1.0, "sjoviken"),
            spec("r-102", RADDNINGSTJANSTEN, "Brandstation Sjöviken", Role.RESCUE, Reliability.USUAL, 1.0, "sjoviken"),
            spec("r-103", KULTUR_FRITID, "Fritidsgården Kvisten", Role.YOUTH_CENTRE, Reliability.USUAL, 1.0,
                    "sjoviken/norrhojden", "sjoviken/centrum/resecentrum"),
            spec("r-104", KULTUR_FRITID, "Stadsbiblioteket", Role.LIBRARY, Reliability.PATCHY, 1.0,
                    "sjoviken/centrum/torget", "sjoviken/centrum/resecentrum", "sjoviken/centrum/stadsparken"),
            spec("r-105", FALTGRUPPEN, "Fältgruppen, Sjövikenteamet", Role.FIELD_WORKERS, Reliability.STEADY, 1.0,
                    "sjoviken/centrum", "sjoviken/norrhojden", "sjoviken/hamnen", "sjoviken/solbacka/kvarnparken"),
            spec("r-106", GATA_PARK, "Driftenheten Sjöviken", Role.PARKS, Reliability.USUAL, 1.0,
                    "sjoviken/centrum/stadsparken", "sjoviken/centrum/torget", "sjoviken/hamnen", "sjoviken/solbacka/kvarnparken",
                    "sjoviken/norrhojden/gangtunneln", "sjoviken/centrum/resecentrum"),
            spec("r-107", NORRHOJDSSKOLAN, "Norrhöjdsskolan, rektorsexpeditionen", Role.SCHOOL, Reliability.USUAL, 1.0,
                    "sjoviken/norrhojden/skolgarden", "sjoviken/norrhojden/gangtunneln"),
            spec("r-108", SOLBACKASKOLAN, "Solbackaskolan, fritids och vaktmästeri", Role.SCHOOL, Reliability.PATCHY, 1.0,
                    "sjoviken/solbacka/skolgarden", "sjoviken/solbacka/kvarnparken"),
            spec("r-109", GYMNASIET, "Sjövikens gymnasium, elevhälsan", Role.SCHOOL, Reliability.USUAL, 0.8,
                    "sjoviken/centrum/resecentrum", "sjoviken/centrum/torget"),
            spec("r-110", SJOVIKSHEM, "Områdeskontor Norrhöjden", Role.HOUSING, Reliability.STEADY, 1.2,
                    "sjoviken/norrhojden"),
            spec("r-111", NORRVIK, "Förvaltning Solbacka", Role.HOUSING, Reliability.USUAL, 0.8,
                    "sjoviken/solbacka/trapphusen", "sjoviken/solbacka/kvarnparken"),
            spec("r-112", VIKENHALLEN, "Centrumledningen", Role.SHOPPING_CENTRE, Reliability.USUAL, 1.0,
                    "sjoviken/centrum/vikenhallen", "sjoviken/centrum/torget"),
            spec("r-113", TORGBUTIKEN, "Butiksledningen", Role.SHOP, Reliability.PATCHY, 1.0, "sjoviken/centrum/torget"),
            spec("r-114", KUSTBUSSARNA, "Trafikledning Sjöviken", Role.BUS, Reliability.USUAL, 1.0,
                    "sjoviken/centrum/resecentrum", "sjoviken/centrum/torget"),
            spec("r-115", BEVAKNING, "Nattpatrull Sjöviken", Role.GUARDS, Reliability.STEADY, 1.0,
                    "sjoviken/centrum", "sjoviken/norrhojden", "sjoviken/hamnen"),
            spec("r-116", NATTVANDRARNA, "Nattvandrarna fredag–lördag", Role.NIGHT_WALKERS, Reliability.PATCHY, 1.0,
                    "sjoviken/centrum", "sjoviken/norrhojden", "sjoviken/hamnen"),
            spec("r-117", FORSAMLINGEN, "Sjövikens kyrka", Role.CHURCH, Reliability.RARE, 1.0,
                    "sjoviken/centrum/stadsparken", "sjoviken/centrum/torget"),
            new ReporterSpec("r-118", HYRESGASTFORENINGEN, "Lokalföreningen Norrhöjden", Role.TENANTS, Reliability.RARE,
                    1.0, 1, 30, "sjoviken/norrhojden"),
            new ReporterSpec("r-119", SJOVIKENS_IF, "Solbacka IP, kansliet", Role.SPORTS_CLUB, Reliability.USUAL, 1.0,
                    10, ALWAYS, "sjoviken/solbacka/idrottsplatsen", "sjoviken/solbacka/kvarnparken"),
            // Ekby
            spec("r-201", POLISEN, "Närpolisen i Ekby", Role.POLICE, Reliability.USUAL, 0.9, "ekby"),
            spec("r-202", RADDNINGSTJANSTEN, "Brandstation Ekby (deltid)", Role.RESCUE, Reliability.PATCHY, 1.0, "ekby"),
            spec("r-203", KULTUR_FRITID, "Fritidsgården Ekbacken", Role.YOUTH_CENTRE, Reliability.USUAL, 1.0,
                    "ekby/centrum", "ekby/bjorkangen"),
            spec("r-204", FALTGRUPPEN, "Fältgruppen, Ekbyteamet", Role.FIELD_WORKERS, Reliability.USUAL, 0.8, "ekby"),
            spec("r-205", GATA_PARK, "Driftenheten Ekby", Role.PARKS, Reliability.USUAL, 1.0,
                    "ekby/centrum/kyrkparken", "ekby/centrum/torget", "ekby/bjorkangen", "ekby/ekbysjon"),
            spec("r-206", EKBYSKOLAN, "Ekbyskolan", Role.SCHOOL, Reliability.USUAL, 1.0,
                    "ekby/centrum/skolgarden", "ekby/centrum/fritidsgarden"),
            spec("r-207", SJOVIKSHEM, "Bovärdarna Björkängen", Role.HOUSING, Reliability.STEADY, 1.0, "ekby/bjorkangen"),
            spec("r-208", EKBYMACKEN, "Butiken och tvätthallen", Role.SHOP, Reliability.PATCHY, 1.2,
                    "ekby/centrum/macken", "ekby/centrum/torget"),
            spec("r-209", KUSTBUSSARNA, "Förarna på Ekbylinjerna", Role.BUS, Reliability.USUAL, 0.8,
                    "ekby/centrum/busstationen"),
            spec("r-210", FORSAMLINGEN, "Ekby kyrka", Role.CHURCH, Reliability.RARE, 1.0, "ekby/centrum"),
            spec("r-211", BEVAKNING, "Larmpatrull Ekby", Role.GUARDS, Reliability.STEADY, 0.7, "ekby"),
            spec("r-212", FASTIGHET, "Fastighetsskötsel Ekby", Role.PROPERTY, Reliability.USUAL, 1.0,
                    "ekby/centrum/skolgarden", "ekby/centrum/fritidsgarden", "ekby/centrum/busstationen"),
            spec("r-213", KULTUR_FRITID, "Ekby bibliotek", Role.LIBRARY, Reliability.PATCHY, 1.0, "ekby/centrum"),
            spec("r-214", NATTVANDRARNA, "Nattvandrarna i Ekby", Role.NIGHT_WALKERS, Reliability.RARE, 1.0, "ekby"),
            // Bruksvik
            spec("r-301", POLISEN, "Närpolisen i Bruksvik", Role.POLICE, Reliability.USUAL, 0.9, "bruksvik"),
            spec("r-302", RADDNINGSTJANSTEN, "Brandstation Bruksvik", Role.RESCUE, Reliability.USUAL, 1.0, "bruksvik"),
            spec("r-303", KULTUR_FRITID, "Fritidsgården Bruket", Role.YOUTH_CENTRE, Reliability.USUAL, 1.0,
                    "bruksvik/vaster", "bruksvik/centrum"),
            spec("r-304", FALTGRUPPEN, "Fältgruppen, Bruksviksteamet", Role.FIELD_WORKERS, Reliability.PATCHY, 1.0,
                    "bruksvik"),
            spec("r-305", GATA_PARK, "Driftenheten Bruksvik", Role.PARKS, Reliability.USUAL, 1.0,
                    "bruksvik/centrum/bruksparken", "bruksvik/centrum/torget", "bruksvik/hamnen"),
            spec("r-306", BRUKSVIKSSKOLAN, "Bruksviksskolan", Role.SCHOOL, Reliability.USUAL, 1.0,
                    "bruksvik/vaster/skolgarden", "bruksvik/centrum/bruksparken"),
            spec("r-307", SJOVIKSHEM, "Bovärdarna Väster", Role.HOUSING, Reliability.STEADY, 1.0, "bruksvik/vaster"),
            spec("r-308", BRUKSVIKS_LIVS, "Butiksledningen", Role.SHOP, Reliability.USUAL, 1.0,
                    "bruksvik/centrum/livsbutiken", "bruksvik/centrum/torget"),
            spec("r-309", KUSTBUSSARNA, "Förarna på Bruksvikslinjen", Role.BUS, Reliability.PATCHY, 1.0,
                    "bruksvik/centrum/busshallplatsen"),
            spec("r-310", FORSAMLINGEN, "Bruksviks kyrka", Role.CHURCH, Reliability.PATCHY, 1.0,
                    "bruksvik/centrum/bruksparken", "bruksvik/centrum/torget"),
            spec("r-311", BEVAKNING, "Larmpatrull Bruksvik", Role.GUARDS, Reliability.STEADY, 0.8, "bruksvik"),
            spec("r-312", BRUKSVIKS_BK, "Bruksviks BK, klubbstugan", Role.SPORTS_CLUB, Reliability.RARE, 1.0,
                    "bruksvik/hamnen", "bruksvik/centrum/bruksparken"),
            spec("r-313", FASTIGHET, "Fastighetsskötsel Bruksvik", Role.PROPERTY, Reliability.USUAL, 1.0,
                    "bruksvik/vaster/skolgarden", "bruksvik/vaster/fritidsgarden", "bruksvik/centrum/bruksparken"),
            spec("r-314", PAPPERSBRUKET, "Brukets säkerhetsavdelning", Role.MILL, Reliability.USUAL, 1.0, "bruksvik/hamnen"));

    private static ReporterSpec spec(String id, ActorId actor, String unit, Role role, Reliability reliability,
            double activity, String... areas) {
        return new ReporterSpec(id, actor, unit, role, reliability, activity, 1, ALWAYS, areas);
    }

    private Cast() {}
}
