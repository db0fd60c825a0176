package org.est4j.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.est4j.core.ValidationException;
import org.est4j.core.disclosure.Audience;
import org.est4j.core.disclosure.SuppressedTable;
import org.est4j.core.feedback.FeedbackReport;
import org.est4j.core.feedback.FeedbackRequest;
import org.est4j.core.measure.Outcome;
import org.est4j.core.time.Period;
import org.junit.jupiter.api.Test;

class ReportViewTest {
    private static final Locale SV = Locale.forLanguageTag("sv");
    private static final ReportView PUBLIC = ReportView.of(ReportSamples.report());
    private static final ReportView GROUP = ReportView.of(ReportSamples.report(Audience.GROUP, SV));

    private static AreaRow row(ReportView view, String name) {
        return view.areas().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    /** Every text of a view, for searching. */
    private static Stream<String> texts(ReportView view) {
        return Stream.of(Stream.of(view.title(), view.municipality(), view.source()), view.notes().stream(),
                view.focusAreas().stream(), view.areas().stream().map(AreaRow::toString),
                view.areas().stream().flatMap(a -> a.comment().stream()),
                view.hotspots().stream().flatMap(h -> Stream.concat(Stream.of(h.place(), h.area()),
                        h.reasons().stream())),
                view.measures().stream().flatMap(m -> Stream.concat(Stream.of(m.title(), m.areas(), m.lead()),
                        m.followUp().flatMap(FollowUpRow::reading).stream()))).flatMap(s -> s);
    }

    @Test
    void buildReportsEveryProblemAtOnce() {
        assertThatThrownBy(() -> ReportView.builder().language("fi").title(" ").addCategories("A", "B")
                .addAreas(AreaRow.builder().name("X").total("1").addCounts("1").build()).build())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("language").hasMessageContaining("title").hasMessageContaining("municipality")
                .hasMessageContaining("periodLabel").hasMessageContaining("source")
                .hasMessageContaining("areas[0].counts");
    }

    @Test
    void aRowMayLeaveOutItsCountsPerCategory() {
        ReportView view = ReportView.builder().language("en").title("T").municipality("M").periodLabel("P")
                .addCategories("A").addAreas(AreaRow.builder().name("X").total("1").build()).source("S").build();
        assertThat(view.areas().get(0).counts()).isEmpty();
        assertThat(view.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(view.generatedLabel()).isEmpty();
    }

    @Test
    void laysOutEveryAreaOfTheReportInOrderWithItsDepth() {
        assertThat(PUBLIC.areas()).extracting(AreaRow::name).containsExactly("Sjövikens kommun", "Bruksvik",
                "Brukshamnen", "Bruksviks centrum", "Hamnplanen", "Väster", "Ekby", "Björkängen", "Ekby centrum",
                "Ekbysjön", "Sjöviken", "Centrum", "Hamnen", "Norrhöjden", "Trapphusen Smedsvägen", "Resecentrum",
                "Perrong 2 och väntsalen", "Solbacka");
        assertThat(PUBLIC.areas()).extracting(AreaRow::depth).startsWith(0, 1, 2, 2, 3, 2, 1);
        assertThat(PUBLIC.municipality()).isEqualTo("Sjövikens kommun");
        assertThat(PUBLIC.periodLabel()).isEqualTo("November 2026");
        assertThat(PUBLIC.audienceLabel()).hasValue("Offentlig version");
        assertThat(PUBLIC.generatedLabel()).as("a report has no clock time unless the host gives one").isEmpty();
        assertThat(ReportSamples.view().generatedLabel()).hasValue("2 dec. 2026 kl. 09.30");
    }

    @Test
    void showsTheDecidedLevelAndTheGroupsReasonsToTheGroupOnly() {
        AreaRow resecentrum = row(GROUP, "Resecentrum");
        assertThat(resecentrum.level().orElseThrow().label()).isEqualTo("Allvarligt");
        assertThat(resecentrum.levelSuggested()).isFalse();
        assertThat(resecentrum.comment()).hasValue("Polisen bekräftar narkotikaförsäljning vid perrongerna");
        assertThat(row(GROUP, "Centrum").comment()).as("a confirmation needs no comment").isEmpty();
        assertThat(row(GROUP, "Väster").levelSuggested()).isTrue();
        assertThat(row(GROUP, "Väster").comment()).hasValue("Antalet iakttagelser jämfört med de sex föregående månaderna");
        assertThat(row(PUBLIC, "Resecentrum").level().orElseThrow().label()).isEqualTo("Allvarligt");
        assertThat(PUBLIC.areas()).as("reasons are the group's").allMatch(a -> a.comment().isEmpty());
        assertThat(PUBLIC.legend()).extracting(LevelView::label)
                .containsExactly("Lugnt", "Stabilt", "Oroligt", "Allvarligt", "Akut");
    }

    @Test
    void countsOnlyWhatTheAudienceMaySeeAndSuppressesSmallCounts() {
        assertThat(GROUP.categories()).contains("Narkotika");
        assertThat(PUBLIC.categories()).as("the police's drug observations are the group's").doesNotContain("Narkotika");
        assertThat(row(GROUP, "Sjövikens kommun").total()).isEqualTo("140");
        assertThat(row(PUBLIC, "Sjövikens kommun").total()).isEqualTo("123");
        assertThat(row(PUBLIC, "Hamnen").total()).isEqualTo("4");
        assertThat(row(PUBLIC, "Brukshamnen").total()).isEqualTo(SuppressedTable.MARK);
        assertThat(row(GROUP, "Brukshamnen").total()).isEqualTo("2");
        assertThat(row(PUBLIC, "Brukshamnen").series()).last().satisfies(p -> {
            assertThat(p.current()).isTrue();
            assertThat(p.value()).isEmpty();
        });
        assertThat(PUBLIC.notes()).anyMatch(n -> n.contains("\"..\" betyder att uppgiften inte redovisas"));
        List<String> publicCells = PUBLIC.areas().stream().flatMap(a -> Stream.concat(Stream.of(a.total()),
                a.counts().stream())).collect(Collectors.toList());
        assertThat(publicCells).contains(SuppressedTable.MARK).noneMatch(c -> c.equals("1") || c.equals("2"));
        assertThat(GROUP.areas().stream().flatMap(a -> a.counts().stream())).doesNotContain(SuppressedTable.MARK);
    }

    @Test
    void countsPerCategoryGoToTheTopAreaAndTheAreasJustWithinIt() {
        assertThat(PUBLIC.categories()).containsExactly("Skadegörelse", "Otrygghetsskapande samling av personer",
                "Ordningsstörning och våld", "Trafik", "Nedskräpning", "Otrygg plats");
        assertThat(PUBLIC.areas()).filteredOn(a -> a.depth() <= 1).allMatch(a -> a.counts().size() == 6);
        assertThat(PUBLIC.areas()).filteredOn(a -> a.depth() > 1).allMatch(a -> a.counts().isEmpty());
        assertThat(row(PUBLIC, "Sjövikens kommun").counts()).containsExactly("33", "30", "14", "21", "14", "11");
        assertThat(row(GROUP, "Sjövikens kommun").counts()).containsExactly("33", "30", "17", "14", "21", "14", "11");
    }

    @Test
    void chartsShowTheMonthsBeforeAndThisOne() {
        assertThat(row(GROUP, "Hamnen").series()).extracting(SeriesPoint::label)
                .containsExactly("maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.");
        assertThat(row(GROUP, "Hamnen").series()).extracting(SeriesPoint::display)
                .containsExactly("12", "15", "9", "5", "3", "2", "4");
    }

    @Test
    void trendsBecomeMarks() {
        assertThat(row(GROUP, "Centrum").trend()).isEqualTo(TrendMark.RISING);
        assertThat(row(GROUP, "Hamnen").trend()).isEqualTo(TrendMark.FALLING);
        assertThat(row(GROUP, "Ekby").trend()).isEqualTo(TrendMark.STABLE);
        assertThat(row(PUBLIC, "Centrum").trend()).as("without the drug observations the rise is within chance")
                .isEqualTo(TrendMark.STABLE);
        assertThat(row(PUBLIC, "Brukshamnen").trend()).as("a trend must not narrow a suppressed count")
                .isEqualTo(TrendMark.NONE);
    }

    @Test
    void listsHotspotsOnceWithTheAreaTheyLieIn() {
        assertThat(PUBLIC.hotspots()).extracting(HotspotRow::place, HotspotRow::area, HotspotRow::window)
                .containsExactly(tuple("Trapphusen Smedsvägen", "Norrhöjden", "1–30 nov. 2026"),
                        tuple("Perrong 2 och väntsalen", "Resecentrum", "1–30 nov. 2026"));
        assertThat(PUBLIC.hotspots()).allMatch(h -> h.reasons().isEmpty());
        assertThat(GROUP.hotspots().get(1).reasons()).containsExactly("8 iakttagelser på samma plats");
    }

    @Test
    void showsOnlyTheMeasuresTheAudienceMaySeeWithTheirLatestFollowUp() {
        assertThat(PUBLIC.measures()).extracting(MeasureRow::title).containsExactly(
                "Ökad polisnärvaro vid resecentrum", "Belysning i gångtunneln och vid perrong 2",
                "Fältgruppen kvällstid i Norrhöjden");
        assertThat(GROUP.measures()).extracting(MeasureRow::title).contains("Spaning mot langning (intern)");
        MeasureRow police = PUBLIC.measures().get(0);
        assertThat(police.lead()).isEqualTo("Polisen, lokalpolisområde Sjöviken");
        assertThat(police.partners()).hasValue("Trygghetssamordnaren");
        assertThat(police.dates()).isEqualTo("12 okt.–20 dec. 2026");
        assertThat(police.status()).isEqualTo("pågående");
        FollowUpRow latest = police.followUp().orElseThrow();
        assertThat(latest.date()).isEqualTo("25 nov. 2026");
        assertThat(latest.outcome()).isEqualTo(Outcome.EXTEND);
        assertThat(latest.decided()).isTrue();
        assertThat(latest.reading()).as("reasons are the group's").isEmpty();
        assertThat(GROUP.measures().get(0).followUp().orElseThrow().reading())
                .hasValue("Förläng över jul och nyår, då resandet ökar");
        assertThat(GROUP.measures().get(1).followUp().orElseThrow().reading()).hasValue("Belysningen är på plats");
        assertThat(PUBLIC.measures().get(2).dates()).isEqualTo("från 16 nov. 2026");
    }

    @Test
    void redactsPersonalDataInEveryFreeText() {
        String secrets = " anna.andersson@sjoviken.se eller 070-123 45 67";
        FeedbackReport report = ReportSamples.reports(t -> t + secrets)
                .report(FeedbackRequest.of(Audience.PARTNERS, ReportSamples.PERIOD));
        ReportView view = ReportView.of(report);
        assertThat(texts(view)).isNotEmpty().noneMatch(t -> t.contains("anna.andersson@sjoviken.se"))
                .noneMatch(t -> t.contains("070-123 45 67"));
    }

    @Test
    void keyFiguresAndCoverageInEnglish() {
        ReportView en = ReportView.of(ReportSamples.report(Audience.PARTNERS, Locale.ENGLISH));
        assertThat(en.language()).isEqualTo("en");
        assertThat(en.keyFigures()).extracting(KeyFigure::toString).containsExactly(
                "123 observations in Sjövikens kommun", "0 areas rising", "2 hotspots", "70% of reporters answered");
        assertThat(en.coverage()).filteredOn(CoverageRow::low).extracting(CoverageRow::area)
                .containsExactly("Ekby", "Ekby centrum", "Ekbysjön");
        assertThat(en.focusAreas()).containsExactly("Resecentrum", "Norrhöjden", "Ekby centrum");
        assertThat(en.measures().get(0).type()).isEqualTo("Police presence");
        assertThat(PUBLIC.coverage()).as("coverage counts people: not for the public").isEmpty();
    }

    @Test
    void laysOutAnEmptyPeriodToo() {
        ReportView view = ReportView.of(ReportSamples.reports().report(FeedbackRequest.of(Audience.PUBLIC,
                Period.month(2020, 1))));
        assertThat(view.hotspots()).isEmpty();
        assertThat(view.measures()).isEmpty();
        assertThat(row(view, "Sjövikens kommun").total()).isEqualTo("0");
        assertThat(new String(Reports.html(view), StandardCharsets.UTF_8))
                .contains("Inga platser är utpekade som hotspots", "Inga insatser att redovisa");
        assertThat(Reports.pdf(view)).isNotEmpty();
    }

    @Test
    void layingOutIsDeterministic() {
        assertThat(ReportView.of(ReportSamples.report())).isEqualTo(PUBLIC);
        assertThat(PUBLIC.toString()).startsWith("ReportView[sv] Lägesrapport – Sjövikens kommun, November 2026: 18 areas");
    }
}
