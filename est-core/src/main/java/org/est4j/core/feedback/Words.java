package org.est4j.core.feedback;

import java.util.List;
import java.util.Locale;
import org.est4j.core.disclosure.SuppressedTable;
import org.est4j.core.time.Period;

/** The sentences of reports, in Swedish or English. Package-private; immutable and thread-safe. */
final class Words {
    private final boolean sv;
    private final Locale locale;

    Words(Locale locale) {
        this.locale = locale;
        this.sv = "sv".equals(locale.getLanguage());
    }

    boolean swedish() {
        return sv;
    }

    String t(String swedish, String english) {
        return sv ? swedish : english;
    }

    String reportTitle() {
        return t("Lägesrapport", "Situation report");
    }

    String statutoryTitle(Period year) {
        return t("Lägesbild och åtgärdsplan " + year.displayName(locale) + " (lag 2023:196)",
                "Situation report and action plan " + year.displayName(locale) + " (Act 2023:196)");
    }

    String onlyVisible() {
        return t("Rapporten bygger bara på iakttagelser som får lämnas ut till mottagaren. Uppgifter från polisen och"
                        + " andra uppgifter som inte får lämnas ut ingår inte, inte heller i tabellerna.",
                "The report rests only on observations that may be given to its readers. Police information and other"
                        + " information that may not be shared is left out, of the tables too.");
    }

    String redacted() {
        return t("Personnummer, telefonnummer och e-postadresser i fritext är borttagna.",
                "Personal identity numbers, phone numbers and e-mail addresses in free text are removed.");
    }

    String suppressed(int minimumCount) {
        return t("\"" + SuppressedTable.MARK + "\" betyder att uppgiften inte redovisas: antal från 1 till "
                        + (minimumCount - 1) + " och de uppgifter som skulle avslöja dem visas inte, så att enskilda"
                        + " händelser inte kan spåras till personer. Enskilda iakttagelser redovisas därför inte heller.",
                "\"" + SuppressedTable.MARK + "\" means the figure is not shown: counts from 1 to " + (minimumCount - 1)
                        + " and the figures that would give them away are hidden, so that single events cannot be"
                        + " traced to people. For the same reason single observations are not listed.");
    }

    String noReasons() {
        return t("Skälen bakom nivåer, fokusområden och uppföljningar redovisas bara för EST-gruppen: de bygger på"
                        + " alla uppgifter, också sådana som inte får lämnas ut.",
                "The reasons behind levels, focus areas and follow-ups are given to the EST group only: they rest on"
                        + " all the information, including what may not be shared.");
    }

    String lowCoverage(List<String> names) {
        return t("Låg svarsfrekvens bland rapportörerna i " + String.join(", ", names)
                        + ": bilden kan sakna mycket av det som hänt där. Tystnad är inte lugn.",
                "Low response among the reporters in " + String.join(", ", names)
                        + ": the picture may miss much of what happened there. Silence is not calm.");
    }

    String excluded(long n, boolean withCount) {
        if (!withCount) {
            return t("Några iakttagelser i områden eller kategorier som inte finns i indelningen ingår inte.",
                    "Some observations in areas or categories outside the hierarchy or the taxonomy are left out.");
        }
        return t(n + (n == 1 ? " iakttagelse" : " iakttagelser") + " i områden eller kategorier som inte finns i"
                        + " indelningen ingår inte.",
                n + (n == 1 ? " observation" : " observations") + " in areas or categories outside the hierarchy or"
                        + " the taxonomy are left out.");
    }

    String history() {
        return t("Historiken visar perioderna före rapportens; rapportperiodens egna antal står i kolumnen Totalt i"
                        + " tabellen över kategorier.",
                "The history shows the periods before the report's; the report period's own counts are the Total"
                        + " column of the table by category.");
    }

    String rounds(int rounds, double rate) {
        return t(rounds + (rounds == 1 ? " rapporteringsomgång" : " rapporteringsomgångar") + " under året; "
                        + Math.round(rate * 100) + " % av de väntade svaren kom in.",
                rounds + (rounds == 1 ? " reporting round" : " reporting rounds") + " during the year; "
                        + Math.round(rate * 100) + " % of the expected answers came in.");
    }

    String noRounds() {
        return t("Inga rapporteringsomgångar med väntade rapportörer under året.",
                "No reporting rounds with expected reporters during the year.");
    }

    String linkedTables() {
        return t("Tabellerna över utveckling och konsekvenser tar bara med kategorier vars årstotal redovisas i"
                        + " tabellen över omfattning.",
                "The tables of development and consequences hold only the categories whose yearly totals the table"
                        + " of extent shows.");
    }

    String trend(boolean rising, List<String> names) {
        return rising ? t("Ökning jämfört med föregående år: " + String.join(", ", names) + ".",
                "Rise on the year before: " + String.join(", ", names) + ".")
                : t("Minskning jämfört med föregående år: " + String.join(", ", names) + ".",
                "Fall on the year before: " + String.join(", ", names) + ".");
    }

    String concern(List<String> areasWithLevels) {
        return t("Störst behov vid årets slut: " + String.join(", ", areasWithLevels) + ".",
                "Greatest need at the end of the year: " + String.join(", ", areasWithLevels) + ".");
    }

    String level(String name, String code, String label) {
        return name + " (" + t("nivå ", "level ") + code + " " + label + ")";
    }
}
