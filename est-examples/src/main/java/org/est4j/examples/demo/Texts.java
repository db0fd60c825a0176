package org.est4j.examples.demo;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.est4j.core.mapping.TimePrecision;
import org.est4j.core.time.TimeOfDay;

/**
 * The free-text descriptions of the demo's observations, in Swedish as reporters, the police and citizens write
 * them: templates per kind and voice, filled from lists of people, places, times and actions.
 *
 * <p>A small share of texts carry personal data on purpose (see {@link #personalData(Voice, Random)}), so that the
 * redaction of the disclosure policy has something to find. It is all fictional: phone numbers from the series
 * 070-174 06 05 – 070-174 06 99 that PTS reserves for fiction, the test personal identity number 121212-1212 (in its
 * 10- and 12-digit forms), e-mail addresses at the reserved domains {@code example.com}, {@code example.org} and
 * {@code example.net}, and common first names.
 *
 * <p>Package-private; deterministic for a given {@link Random}.
 */
final class Texts {
    /** Who writes. */
    enum Voice {
        REPORTER, POLICE, CITIZEN, SAFETY_WALK
    }

    private static final Pattern SLOT = Pattern.compile("\\{([a-zA-Z0-9]+)}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private static final Map<Kind, String[]> REPORTER = new EnumMap<>(Kind.class);
    private static final Map<Kind, String[]> POLICE = new EnumMap<>(Kind.class);
    private static final Map<Kind, String[]> CITIZEN = new EnumMap<>(Kind.class);
    private static final Map<Kind, String> WALK = new EnumMap<>(Kind.class);
    private static final Map<String, String[]> WORDS = new java.util.HashMap<>();

    static {
        REPORTER.put(Kind.GATHERING, new String[] {
            "{Group} samlades {at} {when} och {behaviour}. {action}",
            "Återkommande samling {at}: {group} som {behaviour}. {Who} upplever det som otryggt.",
            "Stökigt {at} {when}. {Group} {behaviour}. {action}",
            "{Group} {at} {when}. Stämningen blev hotfull när {trigger}. {action}",
            "Samling av {group} {at}, de {behaviour}. {Who} undviker platsen kvällstid.",
            "Stor samling {at} {when}, uppskattningsvis {count} personer. Många okända, troligen från andra orter.",
            "{Group} hängde {at} {when}. Lugnt, men {who2} säger att platsen känns otrygg.",
        });
        REPORTER.put(Kind.DRUG_DEALING, new String[] {
            "Misstänkt narkotikaförsäljning {at} {when}: bilar som stannar kort, personer som byter något och går.",
            "Tips från {who2} om försäljning {at}, främst helgkvällar.",
            "Misstänkt langning {at} {when}. {Group} stod och väntade och försvann när {trigger}.",
            "Iakttog vad som såg ut som överlämningar {at} {when}. Polisen informerad.",
        });
        REPORTER.put(Kind.DRUG_USE, new String[] {
            "Stark lukt av cannabis {at} {when}. {Group} rökte.",
            "En person synbart påverkad av narkotika {at} {when}. {action}",
            "{Group} rökte cannabis öppet {at}.",
        });
        REPORTER.put(Kind.DRUG_PARAPHERNALIA, new String[] {
            "Hittade {find} {at}. Omhändertaget enligt rutin.",
            "{Find} {at} {when}. Gatu- och parkenheten meddelad för sanering.",
            "Återigen {find} {at}.",
        });
        REPORTER.put(Kind.DISORDER, new String[] {
            "Ordningsstörning {at} {when}: {group} {behaviour}. {action}",
            "Berusade personer {at} {when}, skrek och bråkade med förbipasserande.",
            "Högljutt bråk {at} {when}. {action}",
        });
        REPORTER.put(Kind.THREAT, new String[] {
            "{Victim} blev hotad av {group} {at} {when}. {action}",
            "Hot mot {victim2} {at} {when} efter en tillsägelse. {action}",
        });
        REPORTER.put(Kind.ASSAULT, new String[] {
            "Slagsmål mellan {group} {at} {when}. {action}",
            "En ung person blev slagen {at} {when}. Ambulans tillkallades.",
            "Bråk som övergick i slagsmål {at} {when}. Flera filmade med mobilen.",
        });
        REPORTER.put(Kind.ROBBERY, new String[] {
            "En ungdom blev rånad på {loot} {at} {when}. Polisanmälan gjord.",
            "Uppgifter om att yngre elever blir av med {loot} under hot {at}.",
        });
        REPORTER.put(Kind.BURGLARY, new String[] {
            "Inbrott i {object} {at}. {action}",
            "Försök till inbrott i {object} {at} {when}; dörren uppbruten.",
            "Inbrott i {object} {at}; låset uppbrutet. {action}",
        });
        REPORTER.put(Kind.HARASSMENT, new String[] {
            "Unga tjejer utsattes för kommentarer och trakasserier {at} {when}.",
            "{Group} ofredade förbipasserande {at} {when}. {action}",
        });
        REPORTER.put(Kind.GRAFFITI, new String[] {
            "Nytt klotter {at}, på {surface}. {action}",
            "Taggar på {surface} {at}, ungefär {sqm} kvadratmeter.",
            "Klotter med kränkande innehåll på {surface} {at}. Behöver saneras snabbt.",
            "Klottret på {surface} {at} är tillbaka, trots sanering nyligen.",
        });
        REPORTER.put(Kind.BROKEN_GLASS, new String[] {
            "Krossad ruta i {glass} {at}.",
            "Glassplitter från flaskor över hela ytan {at}. Farligt för barn och hundar.",
            "Sönderslagen glasruta i {glass} {at} {when}.",
        });
        REPORTER.put(Kind.FIRE, new String[] {
            "Brand i {burn} {at} {when}. Släckt av räddningstjänsten.",
            "Anlagd brand i {burn} {at} {when}. Polisanmälan gjord.",
            "Mindre brand i {burn} {at}; släckt av förbipasserande.",
        });
        REPORTER.put(Kind.DAMAGE_OTHER, new String[] {
            "Sönderslagen belysningsarmatur {at}.",
            "Uppbruten dörr till {object} {at}. {action}",
            "Vandaliserade {furniture} {at} {when}.",
            "Ägg och smällare kastade mot fönster och dörrar {at} {when}.",
            "Skadegörelse på {furniture} {at}. Felanmält.",
        });
        REPORTER.put(Kind.MOPED, new String[] {
            "Mopeder buskör {at} {when}, i hög fart bland gående.",
            "Ungdomar kör trimmade mopeder på gångvägen {at}. Nära olycka med en barnvagn.",
            "{Count} mopeder körde i hög fart {at} {when}, flera utan hjälm.",
        });
        REPORTER.put(Kind.A_TRACTOR, new String[] {
            "A-traktorer samlas {at} {when} med hög musik och spinner på asfalten.",
            "Flera A-traktorer kör i hög fart {at} {when}. Boende klagar på ljudet.",
            "Träff med A-traktorer {at} {when}, uppskattningsvis {count} fordon.",
        });
        REPORTER.put(Kind.CAR_ON_PATH, new String[] {
            "Bil körde på gång- och cykelvägen {at} {when}.",
            "Bilar använder gångvägen {at} som genväg, särskilt vid hämtning och lämning.",
        });
        REPORTER.put(Kind.SPEEDING, new String[] {
            "Höga hastigheter {at} {when}. Boende oroliga för barnen.",
            "Bilar kör mycket fort {at}, särskilt kvällstid.",
        });
        REPORTER.put(Kind.LITTERING, new String[] {
            "Mycket skräp {at}{weekend}: {litter}.",
            "Nedskräpat {at}; {litter}.",
            "Överfulla papperskorgar {at}, runt omkring {litter}.",
        });
        REPORTER.put(Kind.LIGHTING, new String[] {
            "Trasig belysning {at}, helt mörkt efter kl. 16.",
            "Flera lampor ur funktion {at}. Felanmält.",
            "Mörkt och otryggt {at}, belysningen räcker inte.",
            "Belysningen {at} slocknade {when}; upplevs mycket otryggt.",
        });
        REPORTER.put(Kind.SIGHTLINES, new String[] {
            "Skymd sikt {at}: {block}.",
            "Svårt att se vem som står {at}; {block}.",
        });
        REPORTER.put(Kind.VEGETATION, new String[] {
            "Igenvuxna buskar {at} skapar gömställen.",
            "Buskagen {at} behöver klippas, de skymmer gångvägen.",
        });
        REPORTER.put(Kind.DESERTED, new String[] {
            "Öde och mörkt {at} kvällstid, upplevs otryggt att passera.",
            "Få människor rör sig {at} efter mörkrets inbrott; flera säger att de tar en omväg.",
        });
        REPORTER.put(Kind.STAFF_INCIDENT, new String[] {
            "Personal utsattes för hot och glåpord {at} {when}. {action}",
            "Personal blev utskälld och knuffad efter en tillsägelse {at} {when}.",
        });
        REPORTER.put(Kind.RUMOUR, new String[] {
            "Rykten på Snapchat om att ett slagsmål ska ske {at} på fredag.",
            "Filmklipp från ett bråk {at} sprids i sociala medier; flera ungdomar är oroliga.",
            "Rykte om att någon bär kniv {at}. Inget bekräftat.",
            "Hotfulla inlägg i en lokal Facebookgrupp om ungdomarna {at}.",
        });
        REPORTER.put(Kind.OTHER, new String[] {
            "Person som sover {at} {when}. Socialtjänsten informerad.",
            "Stenkastning mot bussar {at} {when}.",
            "Hittade ett tillhygge {at}, lämnat till polisen.",
            "Olovlig övernattning {at}; madrass och sovsäck kvarlämnade.",
        });

        POLICE.put(Kind.ASSAULT, new String[] {"Misshandel, {town}. En person i {age}-årsåldern misshandlades {at} {when}. {police}"});
        POLICE.put(Kind.THREAT, new String[] {"Olaga hot, {town}. En person hotades {at} {when}. {police}"});
        POLICE.put(Kind.ROBBERY, new String[] {"Rån, {town}. En ung person rånades på {loot} {at} {when}. {police}"});
        POLICE.put(Kind.BURGLARY, new String[] {"Inbrott, {town}. Inbrott i {object} {at}. {police}"});
        POLICE.put(Kind.DRUG_DEALING, new String[] {
            "Narkotikabrott, {town}. Misstänkt försäljning {at} {when}; {n} personer kontrollerades."});
        POLICE.put(Kind.DRUG_USE, new String[] {
            "Narkotikabrott, {town}. En person misstänks för ringa narkotikabrott efter en kontroll {at} {when}."});
        POLICE.put(Kind.DRUG_PARAPHERNALIA, new String[] {"Narkotikabrott, {town}. Narkotikatillbehör hittades {at}."});
        POLICE.put(Kind.DISORDER, new String[] {
            "Ordningslagen, {town}. Störande grupp {at} {when}; {n} personer avvisades.",
            "Fylleri/LOB, {town}. En berusad person omhändertogs {at} {when}.",
            "Bråk, {town}. Polisen ingrep mot ett bråk {at} {when}. {police}"});
        POLICE.put(Kind.HARASSMENT, new String[] {"Ofredande, {town}. En kvinna ofredades {at} {when}. {police}"});
        POLICE.put(Kind.MOPED, new String[] {"Trafikkontroll, {town}. {n} mopeder kontrollerades {at}; {m} var trimmade."});
        POLICE.put(Kind.A_TRACTOR, new String[] {
            "Trafikkontroll, {town}. Kontroll av A-traktorer {at} {when}; {m} förare rapporterades."});
        POLICE.put(Kind.SPEEDING, new String[] {"Hastighetsöverträdelse, {town}. Hastighetskontroll {at}; {m} förare rapporterades."});
        POLICE.put(Kind.CAR_ON_PATH, new String[] {"Trafikbrott, {town}. En bilist körde på gång- och cykelväg {at}."});
        POLICE.put(Kind.FIRE, new String[] {"Brand, {town}. Brand i {burn} {at} {when}; misstänkt anlagd."});
        POLICE.put(Kind.DAMAGE_OTHER, new String[] {"Skadegörelse, {town}. Skadegörelse på {furniture} {at}. {police}"});
        POLICE.put(Kind.GRAFFITI, new String[] {"Skadegörelse, {town}. Klotter på {surface} {at}."});
        POLICE.put(Kind.BROKEN_GLASS, new String[] {"Skadegörelse, {town}. Krossade rutor i {glass} {at} {when}."});
        POLICE.put(Kind.GATHERING, new String[] {
            "Ordningslagen, {town}. Polisen ingrep mot en större grupp ungdomar {at} {when}."});

        CITIZEN.put(Kind.LIGHTING, new String[] {
            "Det är så mörkt {at} att jag inte vågar gå där efter jobbet.",
            "Lamporna {at} har varit trasiga i flera veckor. Snälla laga dem!",
            "Belysningen {at} är för dålig, man ser inte vem man möter."});
        CITIZEN.put(Kind.DESERTED, new String[] {"Känns otryggt att gå {at} på kvällen, det är helt öde."});
        CITIZEN.put(Kind.VEGETATION, new String[] {"Buskarna {at} har växt igen, man ser inte om någon står där."});
        CITIZEN.put(Kind.SIGHTLINES, new String[] {"Man ser inte vem som kommer runt hörnet {at}."});
        CITIZEN.put(Kind.LITTERING, new String[] {
            "Mycket skräp och glas {at}, farligt för barnen.", "Någon har dumpat sopor {at}."});
        CITIZEN.put(Kind.MOPED, new String[] {
            "Ungdomar kör moped på gångvägen {at} varje kväll. Någon kommer att bli påkörd."});
        CITIZEN.put(Kind.SPEEDING, new String[] {"Bilarna kör alldeles för fort {at}. Det behövs farthinder."});
        CITIZEN.put(Kind.CAR_ON_PATH, new String[] {"Bilar kör på cykelvägen {at}."});
        CITIZEN.put(Kind.GRAFFITI, new String[] {"Nytt klotter {at}, det ser förfärligt ut."});
        CITIZEN.put(Kind.DRUG_PARAPHERNALIA, new String[] {"Hittade en spruta {at} där barnen leker!"});
        CITIZEN.put(Kind.GATHERING, new String[] {
            "Stora gäng ungdomar {at} på kvällarna, jag känner mig otrygg när jag går förbi."});
        CITIZEN.put(Kind.A_TRACTOR, new String[] {"A-traktorer kör runt {at} hela kvällarna med hög musik."});

        WALK.put(Kind.LIGHTING, "deltagarna pekade ut dålig belysning {at}");
        WALK.put(Kind.VEGETATION, "buskage {at} skymmer sikten och bör röjas");
        WALK.put(Kind.SIGHTLINES, "skymd sikt {at}, svårt att se vem man möter");
        WALK.put(Kind.DESERTED, "platsen {at} upplevs öde kvällstid");
        WALK.put(Kind.GRAFFITI, "klotter {at} ger ett ovårdat intryck");
        WALK.put(Kind.LITTERING, "nedskräpat {at}, särskilt vid återvinningen");

        words("group", "ett tiotal ungdomar", "5–6 ungdomar", "en grupp på ett femtontal personer",
                "ett gäng killar i 15–16-årsåldern", "ungefär 20 ungdomar", "tre–fyra unga vuxna",
                "en större grupp på kanske 25 personer", "några ungdomar från högstadiet", "ett par berusade vuxna",
                "en grupp unga män", "ett tiotal tjejer och killar i 14-årsåldern", "fyra–fem personer i 20-årsåldern");
        words("behaviour", "spelade hög musik", "skrek och kastade flaskor", "var påverkade och stökiga",
                "blockerade entrén", "rökte och drack alkohol", "tände smällare", "kommenterade förbipasserande",
                "körde runt på mopeder", "lämnade mycket skräp efter sig", "spottade och svor åt personalen");
        words("behaviour.STAIRWELLS", "sprang i trapporna och ringde på dörrar", "rökte i trapphuset",
                "spelade hög musik", "satt i källargången och drack", "lämnade mycket skräp efter sig");
        words("behaviour.SCHOOL_YARD", "klättrade upp på taket", "spelade hög musik", "tände smällare",
                "körde runt på mopeder", "rökte och drack alkohol");
        words("behaviour.YOUTH_CENTRE", "klättrade upp på taket", "blockerade entrén", "tände smällare",
                "spelade hög musik", "kommenterade förbipasserande");
        words("action", "Personalen pratade med dem och de lämnade platsen.", "Väktare tillkallades.",
                "Polisen kontaktades via 112.", "Ingen åtgärd vidtogs.", "Fältgruppen informerad.",
                "Boende har hört av sig om detta flera gånger.", "Ärendet är anmält till fastighetsägaren.",
                "Polisanmälan gjord.", "Felanmält till kommunen.", "Foto finns i systemet.", "Vi följer upp nästa vecka.", "",
                "");
        words("who", "Boende", "Äldre", "Personalen", "Förbipasserande", "Föräldrar");
        words("who.STATION", "Resenärer", "Busschaufförerna", "Pendlare", "Äldre");
        words("who.SQUARE", "Butikspersonalen", "Förbipasserande", "Äldre", "Boende");
        words("who.SHOPPING_CENTRE", "Butikspersonalen", "Besökare", "Äldre");
        words("who2", "boende", "en förälder", "personal", "elever", "förbipasserande");
        words("who2.STATION", "resenärer", "busschaufförer", "pendlare");
        words("who2.SQUARE", "en butiksägare", "förbipasserande", "boende");
        words("trigger", "väktarna kom", "bussen kom", "en annan grupp dök upp", "butiken stängde",
                "personalen sa till dem", "polisen passerade");
        words("count", "ett tiotal", "ett femtontal", "ett tjugotal", "ett trettiotal");
        words("find", "en använd spruta", "små ziplockpåsar", "folie och sugrör", "flera kanyler",
                "en burk med tomma kapslar");
        words("victim", "En busschaufför", "En butiksanställd", "En boende", "En äldre man", "En kvinna på väg hem",
                "En elev");
        words("victim2", "personal", "en väktare", "en förälder", "en bovärd");
        words("loot", "mobiltelefonen", "jackan", "hörlurarna", "plånboken", "elsparkcykeln");
        words("object", "en bod", "ett förråd", "en container med verktyg");
        words("object.STAIRWELLS", "källarförråd", "cykelrummet", "tvättstugan", "vindsförråd");
        words("object.SCHOOL_YARD", "skolans förråd", "idrottshallen", "slöjdsalen");
        words("object.SPORTS_GROUND", "förrådet vid idrottsplatsen", "omklädningsrummen", "klubbstugan");
        words("object.SQUARE", "kiosken", "en butik", "ett kontor");
        words("object.SHOP", "butikens lager", "kiosken");
        words("object.SHOPPING_CENTRE", "en butik", "ett lager", "en restaurang");
        words("object.YOUTH_CENTRE", "kontoret", "förrådet", "caféet");
        words("surface", "fasaden", "elskåpet", "bänkarna", "papperskorgarna", "ytterdörren", "soptunnorna", "skyltarna",
                "gaveln");
        words("surface.STATION", "busskuren", "väntsalens fasad", "cykelstället", "biljettautomaten", "gångtunnelns väggar");
        words("surface.STAIRWELLS", "väggarna i trapphuset", "hissdörren", "källardörren", "postboxarna", "entrédörren");
        words("surface.SCHOOL_YARD", "skolans gavel", "idrottshallens vägg", "cykelstället", "förrådsdörren");
        words("surface.PARK", "bänkarna", "papperskorgarna", "elskåpet", "lekstugan", "informationsskylten", "toaletten");
        words("surface.FOOTPATH", "tunnelns väggar", "elskåpet", "skyltarna", "räcket");
        words("glass", "en parkerad bil", "ett fönster", "en lyktstolpe");
        words("glass.STATION", "busskuren", "väntsalen", "entrédörren");
        words("glass.SCHOOL_YARD", "ett fönster i matsalen", "entrédörren", "idrottshallen");
        words("glass.STAIRWELLS", "entrédörren", "källarfönstret", "trapphusfönstret");
        words("glass.SQUARE", "skyltfönstret", "busskuren", "entrédörren");
        words("glass.SHOP", "skyltfönstret", "entrédörren");
        words("glass.SHOPPING_CENTRE", "skyltfönstret", "entrédörren", "glaspartiet mot parkeringen");
        words("glass.YOUTH_CENTRE", "entrédörren", "ett fönster");
        words("burn", "en papperskorg", "soprummet", "en container", "en bil", "buskaget", "en soptunna", "lekstugan");
        words("furniture", "parkbänkar", "papperskorgar", "skyltar", "lekutrustning", "cykelställ", "blomlådor");
        words("litter", "pizzakartonger och burkar", "glasflaskor", "snusdosor och fimpar", "lustgaspatroner",
                "engångsgrillar", "matrester och plastpåsar", "tomma ölburkar");
        words("block", "höga buskar vid gångvägen", "en container som står i vägen", "snövallar", "ett plank",
                "parkerade lastbilar");
        words("action.POLICE", "Patrull på plats.", "Personerna avvisades.", "Ingen åtgärd.",
                "Ärendet lämnat till utredning.", "");
        words("police", "Ingen gripen.", "En person gripen.", "Förundersökning inledd.", "Polisen söker vittnen.",
                "Gärningspersonen är okänd.", "En misstänkt har identifierats.");
        words("age", "15", "16", "17", "20", "25", "30", "40");
        words("trimmed", "en var trimmad", "två var trimmade", "tre var trimmade", "ingen var trimmad");
    }

    private static void words(String slot, String... choices) {
        WORDS.put(slot, choices);
    }

    private Texts() {}

    /**
     * Describes an observation.
     *
     * @param kind what happened
     * @param voice who writes
     * @param role the writer's role, for reporters (staff incidents read differently at a school and on a bus)
     * @param at where, as a Swedish phrase such as {@code vid resecentrum}
     * @param placeKind the kind of place, for words that depend on it (what can be broken into)
     * @param town the locality's name
     * @param when the local time it happened
     * @param precision how much of the time is known
     * @param random the source of choices
     * @return a text of one to three sentences
     */
    static String describe(Kind kind, Voice voice, Role role, String at, Geography.PlaceKind placeKind, String town,
            LocalDateTime when, TimePrecision precision, Random random) {
        String template;
        switch (voice) {
            case POLICE:
                template = pick(POLICE.getOrDefault(kind, new String[] {"Händelse, {town}. Polisen på plats {at} {when}."}), random);
                break;
            case CITIZEN:
                template = pick(CITIZEN.getOrDefault(kind,
                        new String[] {"Jag känner mig otrygg {at} och vill att kommunen tittar på det."}), random);
                break;
            case SAFETY_WALK:
                template = "Trygghetsvandring: " + WALK.getOrDefault(kind, "deltagarna upplevde platsen {at} som otrygg") + ".";
                break;
            default:
                template = kind == Kind.STAFF_INCIDENT ? staffIncident(role, random) : pick(REPORTER.get(kind), random);
        }
        return fill(template, at, placeKind, role, town, when, precision, random);
    }

    /** Texts for the station while it is a hotspot: the same group, week after week. */
    static String hotspot(Kind kind, Role role, String at, LocalDateTime when, TimePrecision precision, Random random) {
        String[] templates = kind == Kind.GATHERING ? new String[] {
            "Samma grupp som tidigare veckor {at} {when}. Resenärer väljer att vänta utomhus i stället för i väntsalen.",
            "Gänget vid cykelparkeringen är tillbaka {when}. Flera personer kommer och går snabbt, misstänkt langning.",
            "Många ungdomar och några äldre okända personer {at} {when}. Busschaufförerna upplever situationen som otrygg.",
            "{Group} {at} {when}, som de senaste helgerna. {action}",
        } : new String[] {
            "Fortsatt misstänkt narkotikahandel {at} {when}. Samma personer som tidigare, bilar stannar kort.",
            "Använda kanyler och små påsar i buskaget bakom väntsalen. Platsen har blivit en samlingspunkt för narkotika.",
            "Misstänkt langning till ungdomar {at} {when}. Polisen informerad.",
        };
        return fill(pick(templates, random), at, Geography.PlaceKind.STATION, role, "", when, precision, random);
    }

    private static String staffIncident(Role role, Random random) {
        switch (role) {
            case SCHOOL:
                return pick(new String[] {"Personal blev hotad av en elev på rasten {at}. Samtal med vårdnadshavare bokat.",
                    "En lärare knuffades i samband med en konflikt {at} {when}."}, random);
            case YOUTH_CENTRE:
                return "En besökare vägrade lämna fritidsgården {when} och var hotfull mot personalen.";
            case BUS:
                return pick(new String[] {"Busschaufför hotad av en resenär {at} {when}.",
                    "Förare spottad på och utskälld {at} {when} efter biljettkontroll."}, random);
            case SHOP:
            case SHOPPING_CENTRE:
                return "Personal blev utskälld och hotad efter en tillsägelse om snatteri {when}.";
            case LIBRARY:
                return "Personal på biblioteket hotades av en besökare {when}. {action}";
            default:
                return pick(REPORTER.get(Kind.STAFF_INCIDENT), random);
        }
    }

    /**
     * A sentence with personal data, appended on purpose to a few descriptions so that redaction has work to do:
     * phone numbers, a personal identity number, e-mail addresses and first names, all fictional (see the class
     * comment).
     */
    static String personalData(Voice voice, Random random) {
        String[] templates = voice == Voice.CITIZEN ? new String[] {
            "Ring mig gärna på {tel}.",
            "Mitt namn är Anna Berg, svara gärna till {mail}.",
            "Jag heter Johan, personnummer {pnr}, och vill ha återkoppling.",
            "Kontakta mig på {mail} eller {tel}.",
        } : new String[] {
            "Boende som larmade nås på {tel}.",
            "Kontakta vaktmästaren på {tel} för nyckel.",
            "Uppgiftslämnare: Karin Ek, {pnr}.",
            "Mer information från Kerstin i hyresgästföreningen: {mail}",
            "Anders, som tipsade oss, nås på {tel}.",
            "Kontaktperson på plats: {mail}, {tel}.",
        };
        String t = pick(templates, random);
        // PTS reserves 070-174 06 05 to 070-174 06 99 for fiction.
        String nn = String.format(Locale.ROOT, "%02d", 5 + random.nextInt(95));
        String tel = pick(new String[] {"070-174 06 " + nn, "07017406" + nn, "+46 70 174 06 " + nn, "070-17406" + nn},
                random);
        String pnr = pick(new String[] {"121212-1212", "19121212-1212", "20121212-1212", "1212121212"}, random);
        String mail = pick(new String[] {"kerstin.lund@example.com", "anna.berg@example.org", "j.nilsson@example.net",
            "bovarden.norr@example.com"}, random);
        return t.replace("{tel}", tel).replace("{pnr}", pnr).replace("{mail}", mail);
    }

    /** A time phrase that agrees with the time and how precisely it is known. */
    static String when(LocalDateTime when, TimePrecision precision, Random random) {
        switch (precision) {
            case EXACT:
                int h = when.getHour();
                int m = when.getMinute();
                switch (random.nextInt(3)) {
                    case 0:
                        return String.format(Locale.ROOT, "kl. %02d.%02d", h, m);
                    case 1:
                        int nearest = m >= 30 ? (h + 1) % 24 : h;
                        return nearest == 0 ? "runt midnatt" : "vid " + nearest + "-tiden";
                    default:
                        return String.format(Locale.ROOT, "strax efter kl. %02d", h);
                }
            case PART_OF_DAY:
                TimeOfDay band = TimeOfDay.of(when.toLocalTime());
                switch (band) {
                    case NIGHT:
                        return "under natten";
                    case MORNING:
                        return "på förmiddagen";
                    case AFTERNOON:
                        return "under eftermiddagen";
                    default:
                        return "under kvällen";
                }
            default:
                return "";
        }
    }

    private static String fill(String template, String at, Geography.PlaceKind placeKind, Role role, String town,
            LocalDateTime when, TimePrecision precision, Random random) {
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String slot = m.group(1);
            String value;
            switch (slot) {
                case "at":
                    value = at;
                    break;
                case "town":
                    value = town;
                    break;
                case "when":
                    value = when(when, precision, random);
                    break;
                case "weekend":
                    java.time.DayOfWeek day = when.getDayOfWeek();
                    value = day == java.time.DayOfWeek.MONDAY || day == java.time.DayOfWeek.TUESDAY ? " efter helgen" : "";
                    break;
                case "sqm":
                    value = Integer.toString(1 + random.nextInt(12));
                    break;
                case "n":
                    value = Integer.toString(2 + random.nextInt(9));
                    break;
                case "m":
                    value = Integer.toString(1 + random.nextInt(4));
                    break;
                default:
                    String key = slot.substring(0, 1).toLowerCase(Locale.ROOT) + slot.substring(1);
                    String[] choices = WORDS.getOrDefault(key + "." + role.name(),
                            WORDS.getOrDefault(key + "." + placeKind.name(), WORDS.get(key)));
                    if (choices == null) {
                        throw new IllegalStateException("no words for {" + slot + "} in: " + template);
                    }
                    value = pick(choices, random);
                    if (Character.isUpperCase(slot.charAt(0))) {
                        value = capitalise(value);
                    }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return tidy(out.toString());
    }

    private static String tidy(String text) {
        String t = SPACES.matcher(text).replaceAll(" ").replace(" .", ".").replace(" ,", ",").replace(" ;", ";")
                .replace(" :", ":").strip();
        return capitalise(t);
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(SWEDISH) + text.substring(1);
    }

    private static String pick(String[] choices, Random random) {
        return choices[random.nextInt(choices.length)];
    }
}
