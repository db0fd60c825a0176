package org.est4j.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.est4j.core.Decision;
import org.est4j.core.analysis.AnnualAnalysis;
import org.est4j.core.analysis.Influence;
import org.est4j.core.analysis.Prioritisation;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.assessment.Assessment;
import org.est4j.core.cycle.EstCycle;
import org.est4j.core.disclosure.Audience;
import org.est4j.core.disclosure.DisclosurePolicy;
import org.est4j.core.disclosure.Heading;
import org.est4j.core.evaluation.EvaluationDesign;
import org.est4j.core.feedback.FeedbackReport;
import org.est4j.core.feedback.FeedbackRequest;
import org.est4j.core.feedback.StatutoryReport;
import org.est4j.core.measure.FollowUp;
import org.est4j.core.measure.Measure;
import org.est4j.core.measure.Outcome;
import org.est4j.core.picture.PictureSet;
import org.est4j.core.plugin.EstPlugins;
import org.est4j.core.spi.ExportFormatProvider;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.time.Period;
import org.est4j.core.time.PeriodKind;
import org.est4j.examples.demo.DemoMunicipality;
import org.est4j.io.json.DocumentKind;
import org.est4j.io.json.EstJson;
import org.threeten.extra.LocalDateRange;

/**
 * The main job: the whole EST cycle on the demo municipality (Sjövikens kommun, one year of weekly rounds) — compile
 * the pictures, grade them, prioritise a quarter, follow up the two measures with statistics, run the annual
 * analysis, give feedback to every audience (the June situation report of each audience in every installed format
 * that writes feedback reports: HTML, PDF, JSON, CSV and GeoJSON, each disclosed for its audience by one rule), and
 * write the statutory lägesbild and åtgärdsplan — writing the results into an output folder and printing a short
 * summary with the path of the public HTML report.
 *
 * <p>Usage: {@code Demo [output folder]}; the folder defaults to {@code est-output/demo}.
 */
public final class Demo {
    private static final Locale SV = Locale.forLanguageTag("sv");

    private final DemoMunicipality demo;
    private final Path out;
    private final PrintStream console;

    private Demo(DemoMunicipality demo, Path out, PrintStream console) {
        this.demo = demo;
        this.out = out;
        this.console = console;
    }

    /**
     * Runs the main job.
     *
     * @param args an optional output folder
     * @throws IOException when the output cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "est-output/demo");
        PrintStream console = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        console.println("est4j — hela EST-cykeln på demokommunen");
        DemoMunicipality demo = DemoMunicipality.generate();
        new Demo(demo, out, console).run();
    }

    private void run() throws IOException {
        Files.createDirectories(out);
        step("Kartläggning: " + demo.name() + ", " + demo.hierarchy().size() + " områden, " + demo.reporters().size()
                + " rapportörer, " + demo.rounds().size() + " veckor, " + demo.observations().size() + " iakttagelser");
        EstCycle cycle = Workbench.cycle(demo);

        Period week = Period.week(demo.year(), 26);
        step("Lägesbild " + week.displayName(SV));
        PictureSet picture = cycle.picture(week);
        List<Assessment> grades = cycle.assess(week);
        write("lagesbild-" + week + ".txt", picture.toString());
        write("bedomningar-" + week + ".json", EstJson.writeString(DocumentKind.ASSESSMENTS, grades));

        Period quarter = Period.quarter(demo.year(), 2);
        step("Analys: prioritering " + quarter.displayName(SV) + " (bedömer " + weeksIn(quarter) + " veckor)");
        Prioritisation focus = cycle.prioritise(quarter, PeriodKind.WEEK, influence(quarter));
        write("prioritering-" + quarter + ".txt", focus.toString());

        step("Uppföljning av insatserna");
        FollowUp working = followUp(cycle, demo.workingMeasure(), DemoMunicipality.WORKING_MEASURE_CONTROL,
                List.of(DemoMunicipality.WORKING_MEASURE_BUFFER));
        FollowUp ineffective = followUp(cycle, demo.ineffectiveMeasure(), DemoMunicipality.INEFFECTIVE_MEASURE_CONTROL,
                List.of());
        // The group decides; its decision is kept beside the suggestion.
        working = cycle.decide(demo.workingMeasure().id(), Decision.of(Outcome.EXTEND, "operativa gruppen",
                "Effekten håller; ta med gångtunneln mot Norrhöjden", working.date()));
        write("uppfoljningar.json", EstJson.writeString(DocumentKind.FOLLOW_UPS, cycle.followUps()));

        Period year = Period.year(demo.year());
        step("Årsanalys " + year.displayName(SV));
        AnnualAnalysis annual = cycle.annualAnalysis(year);
        write("arsanalys-" + year + ".txt", annual.toString());

        Period month = Period.month(demo.year(), 6);
        List<ExportFormatProvider> formats = EstPlugins.global().all(ExportFormatProvider.class).stream()
                .filter(f -> f.documentTypes().contains(FeedbackReport.class)).collect(Collectors.toList());
        step("Återkoppling " + month.displayName(SV) + ": en lägesrapport till varje mottagare, i "
                + formats.stream().map(ExportFormatProvider::id).collect(Collectors.joining(", ")));
        Path html = null;
        for (Audience audience : Audience.values()) {
            FeedbackReport report = cycle.feedback(FeedbackRequest.builder()
                    .policy(DisclosurePolicy.forAudience(audience)).period(month).municipality(demo.name())
                    .addPrioritisations(focus).build());
            String name = "aterkoppling/" + folder(audience) + "/lagesrapport-" + month;
            for (ExportFormatProvider format : formats) {
                Path file = export(format, report, name + "." + format.fileExtension());
                if (audience == Audience.PUBLIC && format.id().equals("html")) {
                    html = file;
                }
            }
            console.printf("    %-18s %d områden, %s iakttagelser, %d insatser%n", audience.labelSv(),
                    report.areas().size(), report.counts().display(Heading.total(), Heading.total()),
                    report.measures().size());
        }
        StatutoryReport statutory = cycle.statutoryReport(demo.year());
        Path statutoryFile = write("lagesbild-och-atgardsplan-" + year + ".txt", statutory.toString());

        console.println();
        console.println("Lägesbild " + week.displayName(SV) + " (" + cycle.scale().nameSv() + "):");
        for (Assessment a : grades) {
            Area area = demo.hierarchy().get(a.area());
            if (area.level().equals(AreaLevel.LOCALITY) || area.level().equals(AreaLevel.MUNICIPALITY)) {
                console.printf("  %-22s %s %s — %s%n", area.name(), a.level().code(), a.level().labelSv(),
                        a.reasons().get(0));
            }
        }
        console.println("Fokusområden " + quarter.displayName(SV) + ": " + names(focus.focusAreas()));
        console.println("Uppföljning: " + demo.workingMeasure().title() + " → föreslaget " + working.suggested().labelSv()
                + ", beslutat " + working.outcome().labelSv() + "; " + demo.ineffectiveMeasure().title() + " → föreslaget "
                + ineffective.suggested().labelSv());
        console.println("Årsanalys: " + annual.summary(SV));
        console.println("Lägesbild och åtgärdsplan " + year.displayName(SV) + " enligt lag 2023:196: "
                + out.relativize(statutoryFile));
        console.println("Resultat i " + out.toAbsolutePath().normalize());
        if (html != null) {
            console.println("Öppna den offentliga lägesrapporten: " + html.toAbsolutePath().normalize().toUri());
        }
    }

    private FollowUp followUp(EstCycle cycle, Measure measure, AreaId control, List<AreaId> buffer) {
        LocalDate start = measure.start();
        EvaluationDesign design = EvaluationDesign.builder()
                .treated(measure.targetAreas())
                .addControl(control)
                .buffer(buffer)
                .categories(measure.targetCategories())
                .before(LocalDateRange.of(start.minusWeeks(12), start))
                .after(LocalDateRange.of(start, start.plusWeeks(12)))
                .build();
        return cycle.followUp(measure.id(), start.plusWeeks(12), design);
    }

    /** The operative group's judgement of its possibility to influence each neighbourhood. */
    private Map<AreaId, Decision<Influence>> influence(Period quarter) {
        Map<AreaId, Decision<Influence>> influence = new TreeMap<>();
        LocalDate meeting = quarter.startDate().plusDays(2);
        int i = 0;
        for (Area area : demo.hierarchy().areas(AreaLevel.NEIGHBOURHOOD)) {
            int score = 2 + (i++ % 4);
            influence.put(area.id(), Decision.of(Influence.of(score), "operativa gruppen",
                    score >= 4 ? "Bostadsbolaget och fältassistenterna kan agera direkt" : "Begränsad rådighet",
                    meeting));
        }
        return influence;
    }

    private static int weeksIn(Period quarter) {
        int weeks = 0;
        for (Period w = Period.of(PeriodKind.WEEK, quarter.startDate()); w.startDate().isBefore(quarter.endDate());
                w = w.next()) {
            weeks += quarter.contains(w.startDate()) ? 1 : 0;
        }
        return weeks;
    }

    private String names(List<AreaId> areas) {
        return String.join(", ", areas.stream().map(a -> demo.hierarchy().get(a).name()).toList());
    }

    /** Writes a document in a format, into a file below the output folder; returns the file. */
    private Path export(ExportFormatProvider format, Object document, String file) throws IOException {
        Path path = out.resolve(file);
        Files.createDirectories(path.getParent());
        try (OutputStream o = Files.newOutputStream(path)) {
            format.create(PluginConfig.empty()).write(document, o);
        }
        return path;
    }

    /** The folder of an audience's reports: its Swedish name in lower-case ASCII, such as {@code allmanheten}. */
    private static String folder(Audience audience) {
        return Normalizer.normalize(audience.labelSv().toLowerCase(SV), Normalizer.Form.NFD).replaceAll("[^a-z]", "");
    }

    private void step(String text) {
        console.println("… " + text);
    }

    private Path write(String file, String content) throws IOException {
        Path path = out.resolve(file);
        try (OutputStream o = Files.newOutputStream(path)) {
            o.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return path;
    }
}
