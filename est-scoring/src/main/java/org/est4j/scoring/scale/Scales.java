package org.est4j.scoring.scale;

import java.util.List;
import org.est4j.core.assessment.Scale;
import org.est4j.core.assessment.ScaleLevel;

/**
 * The built-in assessment scales of est4j, ready to use without the plugin registry (in JShell:
 * {@code Scales.est5().level("3")}). The same scales are served by est-scoring's {@code ScaleProvider}s under the
 * same ids, so {@code EstPlugins.global().get(ScaleProvider.class, "est-5").scale()} equals {@link #est5()} unless a
 * host has overridden {@code est-5} with a provider of higher priority.
 *
 * <p>There is no national EST scale: each scale here is a reasonable default that a municipality may replace with
 * its own {@code ScaleProvider}. Labels and meanings (one sentence each) are in Swedish and English. Colours run from green (calmest) to red (most serious) and are distinct within each scale.
 *
 * <table>
 *   <caption>The built-in scales</caption>
 *   <tr><th>id</th><th>levels (code: Swedish / English label)</th></tr>
 *   <tr><td>{@value #EST_5}</td><td>1 Lugnt / Calm, 2 Stabilt / Stable, 3 Oroligt / Unsettled,
 *       4 Allvarligt / Serious, 5 Akut / Acute</td></tr>
 *   <tr><td>{@value #TRAFFIC_LIGHT_3}</td><td>green: Grön / Green, yellow: Gul / Yellow, red: Röd / Red</td></tr>
 *   <tr><td>{@value #POLICE_AREA_4}</td><td>målområde: Målområde / Target area, utsatt: Utsatt område /
 *       Vulnerable area, riskområde: Riskområde / Risk area, särskilt-utsatt: Särskilt utsatt område /
 *       Particularly vulnerable area</td></tr>
 * </table>
 *
 * <p>Implementation requirements: this class is thread-safe; every scale it returns is immutable and the same
 * instance on every call.
 */
public final class Scales {

    /** The id of the five-grade EST scale, {@value}. */
    public static final String EST_5 = "est-5";

    /** The id of the three-level traffic light, {@value}. */
    public static final String TRAFFIC_LIGHT_3 = "traffic-light-3";

    /** The id of the police's four-stage area classification, {@value}. */
    public static final String POLICE_AREA_4 = "police-area-4";

    private static final String GREEN = "#2E7D32";
    private static final String LIGHT_GREEN = "#9CCC65";
    private static final String YELLOW = "#FDD835";
    private static final String ORANGE = "#FB8C00";
    private static final String RED = "#C62828";

    private static final Scale EST5 = Scale.builder().id(EST_5).nameSv("EST fem nivåer").nameEn("EST five levels")
            .addLevels(
                    level("1", 1, "Lugnt", "Calm", GREEN,
                            "Inget utöver det vanliga; parternas ordinarie arbete räcker.",
                            "Nothing beyond the ordinary; the partners' regular work is enough."),
                    level("2", 2, "Stabilt", "Stable", LIGHT_GREEN,
                            "Enstaka händelser som parterna hanterar i sitt ordinarie arbete; håll ett öga på"
                                    + " området.",
                            "Isolated incidents that the partners handle in their regular work; keep an eye on the"
                                    + " area."),
                    level("3", 3, "Oroligt", "Unsettled", YELLOW,
                            "Återkommande händelser eller växande otrygghet; gruppen enas om riktade insatser för"
                                    + " den kommande perioden.",
                            "Recurring incidents or growing insecurity; the group agrees on targeted measures for the"
                                    + " coming period."),
                    level("4", 4, "Allvarligt", "Serious", ORANGE,
                            "Allvarliga eller täta händelser som påverkar människors trygghet; samordnade extra"
                                    + " insatser behövs nu.",
                            "Serious or frequent incidents that affect people's safety; coordinated extra measures"
                                    + " are needed now."),
                    level("5", 5, "Akut", "Acute", RED,
                            "Ett akut läge, som våld, hot eller en konflikt som trappas upp; parterna samlar sina"
                                    + " resurser direkt och informerar den strategiska gruppen.",
                            "An acute situation such as violence, threats or an escalating conflict; the partners"
                                    + " concentrate their resources at once and inform the strategic group."))
            .build();

    private static final Scale TRAFFIC_LIGHT = Scale.builder().id(TRAFFIC_LIGHT_3)
            .nameSv("Trafikljus (grön, gul, röd)").nameEn("Traffic light (green, yellow, red)")
            .addLevels(
                    level("green", 1, "Grön", "Green", GREEN,
                            "Normalläge; inga särskilda insatser behövs.",
                            "Normal state; no special measures are needed."),
                    level("yellow", 2, "Gul", "Yellow", YELLOW,
                            "Tecken på oro eller otrygghet; följ området noga och förbered insatser.",
                            "Signs of unrest or insecurity; watch the area closely and prepare measures."),
                    level("red", 3, "Röd", "Red", RED,
                            "Allvarligt läge; insatser behövs nu och parterna samlar sina resurser.",
                            "Serious state; measures are needed now and the partners concentrate their resources."))
            .build();

    private static final Scale POLICE_AREA = Scale.builder().id(POLICE_AREA_4)
            .nameSv("Polisens områdesklassning").nameEn("Police area classification")
            .addLevels(
                    level("målområde", 1, "Målområde", "Target area", GREEN,
                            "Det önskade läget: kriminella har inget märkbart inflytande över lokalsamhället, och"
                                    + " målet är att det ska förbli så.",
                            "The desired state: criminals have no notable influence on the local community, and the"
                                    + " aim is to stay there."),
                    level("utsatt", 2, "Utsatt område", "Vulnerable area", YELLOW,
                            "Ett område med låg socioekonomisk status där kriminella påverkar lokalsamhället, så att"
                                    + " de boende känner sig otrygga och drar sig för att anmäla brott och vittna.",
                            "An area of low socio-economic status where criminals influence the local community, so"
                                    + " that residents feel unsafe and are less willing to report crime or testify."),
                    level("riskområde", 3, "Riskområde", "Risk area", ORANGE,
                            "Uppfyller alla kriterier för ett utsatt område och är så oroande att det riskerar att"
                                    + " bli särskilt utsatt om inte rätt åtgärder sätts in.",
                            "Meets every criterion of a vulnerable area and is so alarming that it risks becoming"
                                    + " particularly vulnerable unless the right measures are taken."),
                    level("särskilt-utsatt", 4, "Särskilt utsatt område", "Particularly vulnerable area", RED,
                            "En allmän ovilja att medverka i rättsprocessen, med systematiska hot och våld mot"
                                    + " vittnen och målsägare, gör det svårt för polisen att arbeta där.",
                            "A general reluctance to take part in the legal process, with systematic threats and"
                                    + " violence against witnesses and complainants, makes it hard for the police to"
                                    + " do their work there."))
            .build();

    private Scales() {}

    /**
     * Returns the five-grade EST scale {@value #EST_5}, from 1 <i>Lugnt</i> (calm) to 5 <i>Akut</i> (acute), for
     * grading an area's situational picture each round.
     *
     * <p>Norrtälje grades each town's weekly <i>lägesbild</i> on a five-grade scale (Norrtälje kommun, "Information
     * om vårt systematiska trygghetsarbete"), but its labels are not published; the labels, colours and meanings
     * here are est4j's own, written so that a coordinator recognises the step from "regular work is enough" to
     * "concentrate resources at once". A municipality whose grades read differently provides its own scale.
     *
     * @return the scale; codes {@code "1"} to {@code "5"}, equal to their ranks
     */
    public static Scale est5() {
        return EST5;
    }

    /**
     * Returns the three-level traffic light {@value #TRAFFIC_LIGHT_3}: green, yellow, red.
     *
     * <p>Örebro describes its EST states as running "from green to red", with rules for when partners concentrate
     * their resources (Trygga Örebro, "EST – Effektiv samordning för trygghet, Örebro"); Växjö's Tisdagsgruppen calls
     * an area needing no special measures "green" (Sveriges Allmännytta, "Tisdagsgruppens fokus"). Neither publishes
     * level definitions, so the meanings here are est4j's.
     *
     * @return the scale; codes {@code "green"}, {@code "yellow"}, {@code "red"}
     */
    public static Scale trafficLight3() {
        return TRAFFIC_LIGHT;
    }

    /**
     * Returns the police's four-stage area classification {@value #POLICE_AREA_4}, calmest first: <i>målområde</i>,
     * <i>utsatt område</i>, <i>riskområde</i>, <i>särskilt utsatt område</i>.
     *
     * <p>Sources: the Swedish Police Authority keeps a national list of areas where criminals influence the local
     * community, updated about every second year (Polismyndigheten, "Utsatta områden – polisens arbete",
     * https://polisen.se/om-polisen/polisens-arbete/utsatta-omraden/), in three grades, as municipalities restate
     * them (Göteborgs Stad, "Utsatta områden – Polisens definition"; Borlänge kommun, "Utsatt område, riskområde och
     * särskilt utsatt område"): <i>utsatt område</i> (low socio-economic status, criminals influence the local
     * community, residents feel unsafe and report less), <i>riskområde</i> (meets every criterion of a vulnerable
     * area and risks becoming particularly vulnerable) and <i>särskilt utsatt område</i> (general reluctance to take
     * part in the legal process, systematic threats against witnesses, police work there needs regular adaptation).
     * The lowest stage, <i>målområde</i>, is the fourth outcome of the police's national assessment template, as
     * Lokalpolisområde Norrtälje puts it in its citizen promise ("Polismyndighetens nationella bedömningsmall vilken
     * utfaller i de fyra stadierna: målområde; riskområde; utsatt område och särskilt utsatt område", "Norrtälje –
     * medborgarlöften", https://polisen.se/om-polisen/medborgarloften/norrtalje/): the desired state, in which
     * Norrtälje aims to remain.
     *
     * <p>That citizen promise lists <i>riskområde</i> before <i>utsatt område</i>; the police define a risk area as
     * a vulnerable area close to becoming particularly vulnerable, so this scale ranks it between the two, as the
     * police's list does. The classification is national and long-term, so this scale suits an area's background
     * status rather than a weekly grade. The colours are est4j's; the police's list has none.
     *
     * @return the scale; codes {@code "målområde"}, {@code "utsatt"}, {@code "riskområde"},
     *     {@code "särskilt-utsatt"}
     */
    public static Scale policeArea4() {
        return POLICE_AREA;
    }

    /**
     * Returns every built-in scale.
     *
     * @return {@link #est5()}, {@link #trafficLight3()} and {@link #policeArea4()}, in that order
     */
    public static List<Scale> all() {
        return List.of(EST5, TRAFFIC_LIGHT, POLICE_AREA);
    }

    private static ScaleLevel level(String code, int rank, String sv, String en, String colour, String meaningSv,
            String meaningEn) {
        return ScaleLevel.builder().code(code).rank(rank).labelSv(sv).labelEn(en).colour(colour).meaningSv(meaningSv)
                .meaningEn(meaningEn).build();
    }
}
