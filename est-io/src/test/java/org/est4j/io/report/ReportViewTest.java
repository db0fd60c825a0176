package org.est4j.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.est4j.core.ValidationException;
import org.est4j.core.disclosure.Audience;
import org.est4j.core.disclosure.DisclosurePolicy;
import org.est4j.core.disclosure.SuppressedTable;
import org.est4j.core.measure.Outcome;
import org.junit.jupiter.api.Test;

class ReportViewTest {
    private static final Locale SV = Locale.forLanguageTag("sv");
    private static final ReportView PUBLIC = ReportView.of(ReportSamples.source(), SV);
    private static final ReportView GROUP = ReportView.of(
            ReportSamples.source(DisclosurePolicy.forAudience(Audience.GROUP)), SV);

    private static AreaRow row(ReportView view, String name) {
        return view.areas().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void buildReportsEveryProblemAtOnce() {
        assertThatThrownBy(() -> ReportView.builder().language("fi").title(" ").addCategories("A", "B")
                .addAreas(AreaRow.builder().name("X").total("1").addCounts("1").build()).minimumCount(0).build())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("language").hasMessageContaining("title").hasMessageContaining("municipality")
                .hasMessageContaining("periodLabel").hasMessageContaining("source")
                .hasMessageContaining("areas[0].counts").hasMessageContaining("minimumCount");
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
    void composesEveryAreaOfThePicturesInOrderWithItsDepth() {
        assertThat(PUBLIC.areas()).extracting(AreaRow::name).containsExactly("Sjövikens kommun", "Bruksvik",
                "Brukshamnen", "Bruksviks centrum", "Väster", "Ekby", "Björkängen", "Ekby centrum", "Ekbysjön",
                "Sjöviken", "Centrum", "Hamnen", "Norrhöjden", "Resecentrum", "Solbacka");
        assertThat(PUBLIC.areas()).extracting(AreaRow::depth).startsWith(0, 1, 2, 2, 2, 1);
        assertThat(PUBLIC.municipality()).isEqualTo("Sjövikens kommun");
        assertThat(PUBLIC.periodLabel()).isEqualTo("November 2026");
        assertThat(PUBLIC.audienceLabel()).hasValue("Offentlig version");
        assertThat(PUBLIC.generatedLabel()).hasValue("2 dec. 2026 kl. 09.30");
    }

    @Test
    void showsTheDecidedLevelAndMarksUndecidedOnesAsSuggestions() {
        AreaRow resecentrum = row(GROUP, "Resecentrum");
        assertThat(resecentrum.level().orElseThrow().label()).isEqualTo("Allvarligt");
        assertThat(resecentrum.levelSuggested()).isFalse();
        assertThat(resecentrum.comment()).hasValue("Polisen bekräftar narkotikaförsäljning vid perrongerna");
        assertThat(row(GROUP, "Centrum").comment()).as("a confirmation needs no comment").isEmpty();
        assertThat(row(GROUP, "Väster").levelSuggested()).isTrue();
        assertThat(row(GROUP, "Väster").comment()).hasValue("Antalet iakttagelser jämfört med de sex föregående månaderna");
        assertThat(row(PUBLIC, "Väster").comment()).as("the model's reasons quote counts").isEmpty();
        assertThat(PUBLIC.legend()).extracting(LevelView::label)
                .containsExactly("Lugnt", "Stabilt", "Oroligt", "Allvarligt", "Akut");
    }

    @Test
    void suppressesSmallCountsForThePublicAndNotForTheGroup() {
        assertThat(row(PUBLIC, "Hamnen").total()).isEqualTo("4");
        assertThat(row(PUBLIC, "Brukshamnen").total()).isEqualTo(SuppressedTable.MARK);
        assertThat(row(GROUP, "Brukshamnen").total()).isEqualTo("2");
        assertThat(row(PUBLIC, "Brukshamnen").series()).last().satisfies(p -> {
            assertThat(p.current()).isTrue();
            assertThat(p.value()).isEmpty();
        });
        assertThat(PUBLIC.minimumCount()).isEqualTo(3);
        List<String> publicCells = PUBLIC.areas().stream().flatMap(a -> a.counts().stream())
                .collect(Collectors.toList());
        assertThat(publicCells).contains(SuppressedTable.MARK).noneMatch(c -> c.equals("1") || c.equals("2"));
        assertThat(GROUP.areas().stream().flatMap(a -> a.counts().stream())).doesNotContain(SuppressedTable.MARK);
    }

    @Test
    void countsPerCategoryGoToTheTopAreaAndTheAreasJustWithinIt() {
        assertThat(PUBLIC.categories()).containsExactly("Skadegörelse", "Otrygghetsskapande samling av personer",
                "Narkotika", "Ordningsstörning och våld", "Trafik", "Nedskräpning", "Otrygg plats");
        assertThat(PUBLIC.areas()).filteredOn(a -> a.depth() <= 1).allMatch(a -> a.counts().size() == 7);
        assertThat(PUBLIC.areas()).filteredOn(a -> a.depth() > 1).allMatch(a -> a.counts().isEmpty());
        assertThat(row(PUBLIC, "Sjövikens kommun").counts()).containsExactly("33", "30", "17", "14", "21", "14", "11");
    }

    @Test
    void chartsShowTheSixMonthsBeforeAndThisOne() {
        assertThat(row(GROUP, "Hamnen").series()).extracting(SeriesPoint::label)
                .containsExactly("maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.");
        assertThat(row(GROUP, "Hamnen").series()).extracting(SeriesPoint::display)
                .containsExactly("12", "15", "9", "5", "3", "2", "4");
    }

    @Test
    void trendsBecomeMarks() {
        assertThat(row(PUBLIC, "Centrum").trend()).isEqualTo(TrendMark.RISING);
        assertThat(row(PUBLIC, "Hamnen").trend()).isEqualTo(TrendMark.FALLING);
        assertThat(row(PUBLIC, "Ekby").trend()).isEqualTo(TrendMark.STABLE);
    }

    @Test
    void listsHotspotsOnceWithTheAreaTheyLieIn() {
        assertThat(PUBLIC.hotspots()).extracting(HotspotRow::place, HotspotRow::area, HotspotRow::window)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Perrong 2 och väntsalen", "Resecentrum",
                        "9–22 nov. 2026"), org.assertj.core.groups.Tuple.tuple("Trapphusen Smedsvägen",
                        "Norrhöjden", "23 nov.–6 dec. 2026"));
        assertThat(PUBLIC.hotspots()).allMatch(h -> h.reasons().isEmpty());
        assertThat(GROUP.hotspots().get(0).reasons())
                .containsExactly("Återkommande samlingar av ungdomar kvällstid; langning misstänks");
    }

    @Test
    void showsOnlyTheMeasuresTheAudienceMaySeeWithTheirLatestFollowUp() {
        assertThat(PUBLIC.measures()).extracting(MeasureRow::title).containsExactly(
                "Ökad polisnärvaro vid resecentrum", "Belysning i gångtunneln och vid perrong 2",
                "Fältgruppen kvällstid i Norrhöjden", "Klotterplanering med bostadsbolaget");
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
        assertThat(latest.reading()).hasValue("Förläng över jul och nyår, då resandet ökar");
        assertThat(PUBLIC.measures().get(1).followUp().orElseThrow().reading()).as("a suggestion's reasons quote counts")
                .isEmpty();
        assertThat(GROUP.measures().get(1).followUp().orElseThrow().reading()).hasValue("Belysningen är på plats");
        assertThat(PUBLIC.measures().get(2).dates()).isEqualTo("från 16 nov. 2026");
    }

    @Test
    void redactsPersonalDataInFreeTextForThePublic() {
        ReportSource source = ReportSource.builder().from(ReportSamples.source())
                .addNotes("Frågor till samordnaren: anna.andersson@sjoviken.se eller 070-123 45 67").build();
        assertThat(ReportView.of(source, SV).notes()).noneMatch(n -> n.contains("anna.andersson@sjoviken.se"))
                .noneMatch(n -> n.contains("070-123 45 67"));
    }

    @Test
    void keyFiguresAndCoverageInEnglish() {
        ReportView en = ReportView.of(ReportSamples.source(), Locale.ENGLISH);
        assertThat(en.language()).isEqualTo("en");
        assertThat(en.title()).isEqualTo("Situation report");
        assertThat(en.keyFigures()).extracting(KeyFigure::toString).containsExactly(
                "140 observations in Sjövikens kommun", "2 areas rising", "2 hotspots", "80% of reporters answered");
        assertThat(en.coverage()).filteredOn(CoverageRow::low).extracting(CoverageRow::area)
                .containsExactly("Ekby", "Björkängen", "Ekby centrum", "Ekbysjön");
        assertThat(en.focusAreas()).containsExactly("Resecentrum", "Norrhöjden", "Ekby centrum");
        assertThat(en.measures().get(0).type()).isEqualTo("Police presence");
    }

    @Test
    void composesAnEmptyPeriodToo() {
        ReportSource empty = ReportSource.builder().pictures(org.est4j.core.picture.PictureSet.builder()
                .period(ReportSamples.PERIOD).build()).hierarchy(ReportSamples.hierarchy()).build();
        ReportView view = ReportView.of(empty, SV);
        assertThat(view.areas()).isEmpty();
        assertThat(view.keyFigures()).isEmpty();
        assertThat(view.municipality()).isEqualTo("Kommunen");
        assertThat(new String(Reports.html(view), java.nio.charset.StandardCharsets.UTF_8))
                .contains("Inga platser är utpekade som hotspots", "Inga insatser att redovisa");
        assertThat(Reports.pdf(view)).isNotEmpty();
    }

    @Test
    void composingIsDeterministic() {
        assertThat(ReportView.of(ReportSamples.source(), SV)).isEqualTo(PUBLIC);
        assertThat(PUBLIC.toString()).startsWith("ReportView[sv] Lägesrapport – Sjövikens kommun, November 2026: 15 areas");
    }
}
