package org.est4j.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.est4j.core.EstException;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.assessment.Assessment;
import org.est4j.core.cycle.EstCycle;
import org.est4j.core.disclosure.Audience;
import org.est4j.core.disclosure.Disclosure;
import org.est4j.core.disclosure.DisclosurePolicy;
import org.est4j.core.feedback.FeedbackReport;
import org.est4j.core.feedback.FeedbackRequest;
import org.est4j.core.ingest.ImportResult;
import org.est4j.core.mapping.Actor;
import org.est4j.core.mapping.ActorId;
import org.est4j.core.mapping.ActorKind;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.Reporter;
import org.est4j.core.mapping.ReporterId;
import org.est4j.core.mapping.ReportingRound;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.picture.PictureSet;
import org.est4j.core.spi.ExportFormatProvider;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.time.Period;
import org.est4j.io.json.DocumentKind;
import org.est4j.io.json.EstJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code est report}: reads observations and areas, records them in an {@link EstCycle}, compiles the situational
 * picture of a period, grades every area and writes the outputs for one audience into a folder.
 *
 * <p>What it writes, for a period such as {@code 2026-W47} and the audience's Swedish name as a slug:
 * <ul>
 *   <li>always {@code lagesbild-2026-W47-<audience>.txt}, the plain-text {@link PictureSummary}, and
 *       {@code bedomningar-2026-W47-<audience>.json}, the assessments as an est4j JSON document
 *       ({@link DocumentKind#ASSESSMENTS});</li>
 *   <li>for each {@code --format} id, {@code lagesbild-2026-W47-<audience>.<extension>} through the
 *       {@link ExportFormatProvider} of that id, given the audience's {@link FeedbackReport} (see
 *       {@link EstCycle#feedback(FeedbackRequest)}). {@code json} needs no provider: the assessments are always
 *       written as JSON, and a {@code json} provider, when one is installed, writes the feedback report as well.</li>
 * </ul>
 *
 * <p>Decisions where the brief was silent:
 * <ul>
 *   <li>The grades are the group's, made from every accepted observation; the text counts only the observations the
 *       audience may see (as the feedback report does, so that no output for an audience counts what it may not
 *       see), and the audience decides what else is shown: for politicians and the public, small counts are
 *       suppressed in the text (with the cells that would give them away, by
 *       {@link org.est4j.core.disclosure.CountTable}), and the reasons of grades and hotspots, which quote exact
 *       counts, are left out of the text and replaced by one sentence in the JSON. No observation and no free text
 *       of an observation reaches any output.</li>
 *   <li>The formats are given the feedback report made for the audience, which counts only the observations the
 *       audience may see and holds only what its policy allows, so that every format shows the same disclosed
 *       figures; a format that does not write feedback reports fails with exit code 1 before anything is read.</li>
 *   <li>Reporters named in the observations but missing from {@code --reporters} (or all, without it) are counted
 *       as reporters of one stand-in actor, {@value #STAND_IN_ACTOR}, covering the areas they reported in, and a
 *       note says so: a picture needs its reporters known, and a coordinator's export rarely carries the
 *       register. Without {@code --rounds}, coverage (who was expected, who answered) is unknown, and the note
 *       says that too.</li>
 *   <li>The default assessment model is {@code weighted-index}, which grades each area against its own history,
 *       as the main job does: one set of fixed thresholds cannot fit a stairwell and a whole municipality alike.
 *       {@code --model threshold} gives EstCycle's own default.</li>
 *   <li>Rows rejected as errors are printed and left out; the outputs are still written from the accepted rows,
 *       and the exit code is 1 so that a script notices. {@code --strict} stops before anything is written.</li>
 *   <li>The feedback report is in the {@code --language}; every format and the assessment model are given the
 *       setting {@code language} too, and one that does not take it (the report formats, a plugin) is given none —
 *       a format writes the report in the report's language, a model in its own, after a note. {@code --format-setting <id>.<key>=<value>}
 *       adds settings to a format. Hotspot reasons stay Swedish: {@link EstCycle} gives its detectors no
 *       settings.</li>
 * </ul>
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        versionProvider = EstCli.Version.class,
        description = {"Make the situation report of a period: read the observations and the areas, compile the "
                + "picture per area, grade each area on the scale, and write the outputs for an audience into a "
                + "folder.",
            "Always written: lagesbild-PERIOD-AUDIENCE.txt (the picture in words) and "
                    + "bedomningar-PERIOD-AUDIENCE.json (the grades); each --format adds "
                    + "lagesbild-PERIOD-AUDIENCE.EXT.",
            "Rejected rows are printed to standard error (line, column, field, reason) and left out."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the report was written and every row was accepted (or excluded on purpose)",
            "1:rows were rejected (the report is written without them; with --strict nothing is written), an id "
                    + "or format is unknown, or an input file breaks a rule",
            "2:usage error",
            "3:a file could not be read or written"},
        footer = {"", "Examples:",
            "  est report --observations observations.csv --areas areas.csv \\",
            "      --period 2026-W47 --out rapport",
            "  est report --observations observations.csv --areas areas.csv \\",
            "      --period 2026-11 --audience public --depth 1 --out publicering",
            "  est report --importer polisen-events --observations events.json \\",
            "      --areas-provider se-municipalities --period 2023-W12 --out polisen"})
final class ReportCommand implements Callable<Integer> {
    /** The id of the actor that reporters missing from the register are counted under. */
    static final String STAND_IN_ACTOR = "okand-organisation";

    @ParentCommand
    EstCli.Root root;

    @Spec
    CommandSpec spec;

    @Mixin
    Inputs inputs;

    @Option(names = "--period", paramLabel = "PERIOD", required = true, order = 10,
            converter = PeriodConverter.class,
            description = "The period of the report: a week 2026-W47, two weeks 2026-W45-46, a month 2026-11, a "
                    + "quarter 2026-Q4, a tertial 2026-T3 or a year 2026.")
    Period period;

    @Option(names = "--format", paramLabel = "ID", split = ",", order = 11, defaultValue = "json",
            description = "The formats to write, comma-separated: json (always available), html, pdf, csv, "
                    + "geojson, or an installed plugin's id (see 'est plugins'). Default: ${DEFAULT-VALUE}.")
    List<String> formats;

    @Option(names = "--out", paramLabel = "DIR", required = true, order = 12,
            description = "The folder to write into; created if need be. Files of the same names are replaced.")
    Path out;

    @Option(names = "--audience", paramLabel = "AUDIENCE", order = 13, defaultValue = "group",
            description = "Who the report is for, which decides what it may show: group, partners, reporters, "
                    + "politicians or public (default: ${DEFAULT-VALUE}). Politicians and the public get small counts "
                    + "suppressed and no reasons; formats are written for the group only.")
    Audience audience;

    @Option(names = "--language", paramLabel = "LANG", order = 14, defaultValue = "sv",
            converter = LanguageConverter.class,
            description = "The language of the report and of the grades' reasons: sv or en (default: "
                    + "${DEFAULT-VALUE}).")
    Locale language;

    @Option(names = "--scale", paramLabel = "ID", order = 15, defaultValue = "est-5",
            description = "The scale areas are graded on: est-5, traffic-light-3, police-area-4 or an installed "
                    + "plugin's id (default: ${DEFAULT-VALUE}).")
    String scale;

    @Option(names = "--model", paramLabel = "ID", order = 16, defaultValue = "weighted-index",
            description = "The assessment model that suggests each area's level: weighted-index (each area "
                    + "against its own history), threshold (fixed counts per category), trend-aware, or an installed "
                    + "plugin's id (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--actors", paramLabel = "FILE", order = 17,
            description = "The actors (organisations) as an est4j JSON document, as 'est demo-data' writes it.")
    Path actors;

    @Option(names = "--reporters", paramLabel = "FILE", order = 18,
            description = "The register of reporters as an est4j JSON document; needs --actors. Reporters named "
                    + "in the observations but not here count under a stand-in organisation.")
    Path reporters;

    @Option(names = "--rounds", paramLabel = "FILE", order = 19,
            description = "The reporting rounds (who was expected, who answered) as an est4j JSON document; needs "
                    + "--reporters. Without it coverage is unknown.")
    Path rounds;

    @Option(names = "--depth", paramLabel = "N", order = 20, defaultValue = "" + Integer.MAX_VALUE,
            showDefaultValue = CommandLine.Help.Visibility.NEVER,
            description = "The deepest level of areas the text shows, 0 for the top area alone; deeper areas count in "
                    + "the areas above them. Default: every level. For politicians and the public a small depth, "
                    + "such as 1, keeps more counts from being suppressed.")
    int depth;

    @Option(names = "--format-setting", paramLabel = "ID.KEY=VALUE", order = 21, mapFallbackValue = "",
            description = "A setting of one format, repeatable, such as csv.delimiter=, or pdf.paper=a4; the "
                    + "format's documentation lists them.")
    Map<String, String> formatSettings = new LinkedHashMap<>();

    ReportCommand() {}

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Disclosure disclosure = Disclosure.forAudience(audience);
        boolean sv = "sv".equals(language.getLanguage());
        if (depth < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--depth must be 0 or more, not " + depth);
        }
        List<Format> chosen = formats();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CommandFailure(EstCli.IO_ERROR, "cannot write into " + out + ": it is a file, not a folder");
        }
        if (inputs.observations == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Missing required option: '--observations=FILE'");
        }

        AreaHierarchy hierarchy = inputs.hierarchy(root.plugins, spec);
        Taxonomy taxonomy = Taxonomy.standard();
        ImportResult result = inputs.read(root.plugins, hierarchy, taxonomy, spec, err);
        Inputs.printRejections(result, err);
        err.println(Inputs.summary(result));

        Function<PrintWriter, EstCycle> newCycle = notes -> withLanguage("assessment model '" + model + "'",
                new TreeMap<>(), config -> EstCycle.builder(hierarchy).taxonomy(taxonomy).plugins(root.plugins)
                        .scale(scale).assessmentModel(model, config).locale(language).build(), notes);
        EstCycle cycle = newCycle.apply(err);
        List<String> inputLines = new ArrayList<>();
        inputLines.add(sv ? result.source() + ": " + result.rowsRead() + " rader lästa, " + result.accepted().size()
                + " godtagna, " + result.rejected().size() + " avvisade (" + result.excluded().size()
                + " utelämnade med avsikt)" : Inputs.summary(result));
        inputLines.addAll(register(cycle, result.accepted(), err));
        cycle.record(result.accepted());
        List<Assessment> grades = cycle.assess(period);
        // The text counts what the audience may see, as the feedback report does; the grades are the group's.
        EstCycle seen = cycle;
        if (audience != Audience.GROUP) {
            seen = newCycle.apply(null);
            seen.addActors(cycle.actors());
            seen.addReporters(cycle.reporters());
            seen.addRounds(cycle.rounds());
            seen.record(disclosure.visible(result.accepted(), Observation::visibility));
        }
        PictureSet pictures = seen.picture(period);

        FeedbackReport report = chosen.stream().anyMatch(f -> f.writer != null) ? cycle.feedback(FeedbackRequest
                .builder().policy(DisclosurePolicy.forAudience(audience)).period(period).locale(language).build())
                : null;
        List<Path> written = write(chosen, report, grades, new PictureSummary(hierarchy, taxonomy, cycle.scale(),
                disclosure, language, depth).write(pictures, grades, inputLines), sv);
        long areasWithObservations = pictures.pictures().stream().filter(p -> p.total() > 0).count();
        stdout.println((sv ? "Lägesbild " : "Situation picture ") + period.displayName(language) + " (" + period
                + ") " + (sv ? "för " : "for ") + audience.label(language) + ": "
                + hierarchy.roots().stream().mapToLong(a -> pictures.picture(a.id()).total()).sum()
                + (sv ? " iakttagelser i " : " observations in ") + areasWithObservations + (sv ? " av " : " of ")
                + hierarchy.size() + (sv ? " områden, skala " : " areas, scale ") + cycle.scale().id());
        stdout.println(sv ? "Skrev:" : "Wrote:");
        written.forEach(p -> stdout.println("  " + p));
        if (!result.isClean()) {
            err.println("est report: " + result.errors().size() + (result.errors().size() == 1 ? " row was" : " rows "
                    + "were") + " rejected and left out of the report; fix them and run again (exit code 1)");
            return EstCli.INPUT_REJECTED;
        }
        return EstCli.OK;
    }

    /** Writes the text, the grades and each format into the output folder; returns the files written. */
    private List<Path> write(List<Format> chosen, FeedbackReport report, List<Assessment> grades, String text,
            boolean sv) throws IOException {
        Files.createDirectories(out);
        String suffix = period + "-" + slug(audience.labelSv());
        List<Path> written = new ArrayList<>();
        written.add(write("lagesbild-" + suffix + ".txt", text.getBytes(StandardCharsets.UTF_8)));
        written.add(write("bedomningar-" + suffix + ".json", EstJson.writeString(DocumentKind.ASSESSMENTS,
                forAudience(grades, Disclosure.forAudience(audience), sv)).getBytes(StandardCharsets.UTF_8)));
        for (Format f : chosen) {
            if (f.writer != null) {
                Path file = out.resolve("lagesbild-" + suffix + "." + f.provider.fileExtension());
                try (OutputStream o = Files.newOutputStream(file)) {
                    f.writer.write(report, o);
                }
                written.add(file);
            }
        }
        return written;
    }

    /**
     * Resolves the formats and creates their writers before any work, so that a typo or a bad setting fails at
     * once: each id must be an installed format that writes a feedback report, or {@code json}.
     */
    private List<Format> formats() {
        Set<String> ids = new LinkedHashSet<>();
        formats.forEach(f -> ids.add(f.trim().toLowerCase(Locale.ROOT)));
        for (String key : formatSettings.keySet()) {
            int dot = key.indexOf('.');
            if (dot <= 0 || dot == key.length() - 1 || !ids.contains(key.substring(0, dot))) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--format-setting " + key + ": write "
                        + "<format id>.<key>=<value> for one of the formats asked for (" + String.join(", ", ids)
                        + "), such as csv.delimiter=,");
            }
        }
        List<Format> chosen = new ArrayList<>();
        for (String id : ids) {
            Optional<ExportFormatProvider> provider = root.plugins.find(ExportFormatProvider.class, id);
            if (provider.isEmpty()) {
                if (id.equals("json")) {
                    chosen.add(new Format(id, null, null));
                    continue;
                }
                try {
                    root.plugins.get(ExportFormatProvider.class, id);
                } catch (EstException e) {
                    throw new CommandFailure(EstCli.INPUT_REJECTED, e.getMessage() + " (json is always available: "
                            + "est report writes the assessments as est4j JSON itself.)", e);
                }
            }
            ExportFormatProvider p = provider.orElseThrow();
            if (p.documentTypes().stream().noneMatch(t -> t.isAssignableFrom(FeedbackReport.class))) {
                throw new CommandFailure(EstCli.INPUT_REJECTED, "The format '" + id + "' writes "
                        + p.documentTypes().stream().map(Class::getSimpleName).sorted().collect(Collectors.joining(
                                ", ")) + "; est report gives formats a FeedbackReport, which it does not take");
            }
            chosen.add(new Format(id, p, writer(id, p)));
        }
        return chosen;
    }

    /** Creates a format's writer with {@code language} and the user's settings; see the class documentation. */
    private ExportFormatProvider.Writer writer(String id, ExportFormatProvider provider) {
        SortedMap<String, String> settings = new TreeMap<>();
        formatSettings.forEach((key, value) -> {
            if (key.startsWith(id + ".")) {
                settings.put(key.substring(id.length() + 1), value);
            }
        });
        return withLanguage("format '" + id + "'", settings, provider::create, null);
    }

    /**
     * Creates a plugin's product with the setting {@code language} added to its settings (unless given), and
     * without it when the plugin refuses that setting — after a note on {@code err} when one is given: a model that
     * takes no language writes its reasons in its own, while a format is given a report already in the language.
     */
    private <T> T withLanguage(String what, SortedMap<String, String> settings, Function<PluginConfig, T> create,
            PrintWriter err) {
        if (settings.containsKey("language")) {
            return create.apply(PluginConfig.of(settings));
        }
        SortedMap<String, String> withLanguage = new TreeMap<>(settings);
        withLanguage.put("language", language.getLanguage());
        try {
            return create.apply(PluginConfig.of(withLanguage));
        } catch (ValidationException e) {
            if (e.problems().stream().map(Problem::path).noneMatch(p -> p.contains("language"))) {
                throw e;
            }
            if (err != null) {
                err.println("note: the " + what + " takes no setting 'language'; it writes in its own language");
            }
            return create.apply(PluginConfig.of(settings));
        }
    }

    /**
     * Registers the actors, reporters and rounds given, and stand-ins for reporters the observations name but the
     * register lacks; returns the notes to print and to put in the summary.
     */
    private List<String> register(EstCycle cycle, List<Observation> observations, PrintWriter err) {
        boolean sv = "sv".equals(language.getLanguage());
        if (reporters != null && actors == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--reporters needs --actors: every reporter reports for an actor in that file");
        }
        if (rounds != null && reporters == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--rounds needs --reporters: a round names the reporters it expected");
        }
        if (actors != null) {
            cycle.addActors(readJson(DocumentKind.ACTORS, actors, "actors file"));
        }
        if (reporters != null) {
            cycle.addReporters(readJson(DocumentKind.REPORTERS, reporters, "reporters file"));
        }
        Set<ReporterId> known = new TreeSet<>();
        cycle.reporters().forEach(r -> known.add(r.id()));
        Map<ReporterId, SortedSet<AreaId>> missing = new TreeMap<>();
        for (Observation o : observations) {
            o.reporter().filter(r -> !known.contains(r))
                    .ifPresent(r -> missing.computeIfAbsent(r, k -> new TreeSet<>()).add(o.area()));
        }
        List<String> notes = new ArrayList<>();
        if (!missing.isEmpty()) {
            ActorId standIn = ActorId.of(STAND_IN_ACTOR);
            if (cycle.actors().stream().noneMatch(a -> a.id().equals(standIn))) {
                cycle.addActors(List.of(Actor.of(standIn, "Okänd organisation (rapportör utanför registret)",
                        ActorKind.OTHER)));
            }
            List<Reporter> standIns = new ArrayList<>();
            missing.forEach((id, areas) -> standIns.add(Reporter.builder().id(id).actor(standIn).areas(areas)
                    .build()));
            cycle.addReporters(standIns);
            String names = missing.keySet().stream().limit(10).map(ReporterId::value)
                    .collect(Collectors.joining(", ")) + (missing.size() > 10 ? ", …" : "");
            int n = missing.size();
            notes.add(sv ? n + (n == 1 ? " rapportör" : " rapportörer") + " i iakttagelserna finns inte i "
                    + (reporters == null
                    ? "något register (--reporters)" : reporters.getFileName()) + " och räknas till en okänd "
                    + "organisation: " + names
                    : n + (n == 1 ? " reporter" : " reporters") + " in the observations are not in "
                    + (reporters == null
                    ? "any register (--reporters)" : reporters.getFileName()) + " and count under an unknown "
                    + "organisation: " + names);
        }
        if (rounds != null) {
            List<ReportingRound> read = readJson(DocumentKind.REPORTING_ROUNDS, rounds, "rounds file");
            cycle.addRounds(read);
        } else {
            notes.add(sv ? "inga rapporteringsomgångar (--rounds): täckningen, vem som väntades och vem som svarade, "
                    + "är okänd" : "no reporting rounds (--rounds): coverage, who was expected and who answered, "
                    + "is unknown");
        }
        notes.forEach(n -> err.println("note: " + n));
        return notes;
    }

    private static <T> T readJson(DocumentKind<T> kind, Path file, String what) {
        try (InputStream in = Files.newInputStream(Inputs.readable(file, what))) {
            return EstJson.read(kind, in);
        } catch (ValidationException e) {
            throw new ValidationException(what + " " + file.getFileName(), e.problems());
        } catch (IOException e) {
            throw new CommandFailure(EstCli.IO_ERROR, "cannot read the " + what + " " + file + ": " + e, e);
        }
    }

    /**
     * Returns the assessments as the audience may see them: as they are when nothing is suppressed, else with the
     * reasons (which quote counts) replaced by one sentence.
     */
    private static List<Assessment> forAudience(List<Assessment> grades, Disclosure disclosure, boolean sv) {
        if (disclosure.policy().minimumCount() <= 1) {
            return grades;
        }
        String withheld = sv ? "Motiveringen visas inte för " + disclosure.policy().audience().labelSv()
                .toLowerCase(Locale.forLanguageTag("sv")) + ": den anger antal som kan vara små."
                : "The reasons are not shown to " + disclosure.policy().audience().labelEn().toLowerCase(Locale.ROOT)
                        + ": they give counts that may be small.";
        List<Assessment> shown = new ArrayList<>();
        for (Assessment a : grades) {
            shown.add(Assessment.builder().from(a).reasons(List.of(withheld)).build());
        }
        return shown;
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = out.resolve(name);
        Files.write(file, content);
        return file;
    }

    /** Returns a file-name slug of a label: lower-case ASCII letters and digits, runs of others as one dash. */
    static String slug(String label) {
        String ascii = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /**
     * A format asked for: its id, its provider and its writer ({@code null} both for json without a provider, which
     * est report writes itself).
     */
    private static final class Format {
        final String id;
        final ExportFormatProvider provider;
        final ExportFormatProvider.Writer writer;

        Format(String id, ExportFormatProvider provider, ExportFormatProvider.Writer writer) {
            this.id = id;
            this.provider = provider;
            this.writer = writer;
        }
    }

    /** Reads {@code --period}; a malformed period is a usage error naming the forms accepted. */
    static final class PeriodConverter implements ITypeConverter<Period> {
        PeriodConverter() {}

        @Override
        public Period convert(String value) {
            try {
                return Period.parse(value);
            } catch (RuntimeException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a period: write a week "
                        + "2026-W47, weeks 2026-W45-46, a month 2026-11, a quarter 2026-Q4, a tertial 2026-T3 or a "
                        + "year 2026");
            }
        }
    }

    /** Reads {@code --language}: {@code sv} or {@code en}. */
    static final class LanguageConverter implements ITypeConverter<Locale> {
        LanguageConverter() {}

        @Override
        public Locale convert(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            if (v.equals("sv") || v.equals("en")) {
                return Locale.forLanguageTag(v);
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not a language est4j writes: give sv "
                    + "or en");
        }
    }
}
