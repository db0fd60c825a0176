package org.est4j.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.est4j.io.report.ReportSamples;
import org.est4j.io.report.ReportView;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report in headless Chromium, as a reader would: takes an A4-sized screenshot (kept in
 * {@code target/report-samples/} for people to look at) and reads back the page's DOM to check that it shows the
 * areas and their levels, and that markup in free text never runs.
 *
 * <p>Needs Debian's {@code chromium} package ({@code /usr/bin/chromium}, or the path in the system property
 * {@code est.chromium}); {@code .ci/run} installs it. Without Chromium this test fails and says how to install it,
 * unless {@code -Dest.skipBrowser=true} is given, which skips it with the same message.
 */
class HtmlReportInChromiumTest {
    private static final Locale SV = Locale.forLanguageTag("sv");
    private static Path chromium;

    @TempDir
    Path temp;

    @BeforeAll
    static void findChromium() {
        chromium = Path.of(System.getProperty("est.chromium", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            String message = "Headless Chromium is needed to check the HTML report as a browser shows it, but "
                    + chromium + " is missing. Install Debian's chromium package (apt-get install chromium), or point"
                    + " -Dest.chromium=/path/to/chromium at one; to skip this test, run with -Dest.skipBrowser=true.";
            if (Boolean.getBoolean("est.skipBrowser")) {
                Assumptions.abort(message);
            }
            fail(message);
        }
    }

    private List<String> command(Path profile, String... args) {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        return command;
    }

    private String run(List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(temp, "chromium", ".log");
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        byte[] stdout;
        try (InputStream in = process.getInputStream()) {
            stdout = in.readAllBytes();
        }
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("Chromium did not finish in 90 s: " + command);
        }
        assertThat(process.exitValue()).as("Chromium's exit code; its log: %s", Files.readString(log)).isZero();
        return new String(stdout, StandardCharsets.UTF_8);
    }

    private Path page(String name, ReportView view) throws IOException {
        Path file = temp.resolve(name);
        Files.write(file, HtmlReport.render(view).getBytes(StandardCharsets.UTF_8));
        return file;
    }

    @Test
    void theScreenshotIsAnA4PageAndTheDomShowsTheAreasAndTheirLevels() throws Exception {
        Path html = page("lagesrapport.html", ReportSamples.view());
        Path png = Files.createDirectories(Path.of("target", "report-samples")).resolve("lagesrapport-sv-chromium.png");
        Files.deleteIfExists(png);
        run(command(temp.resolve("profile-shot"), "--hide-scrollbars", "--screenshot=" + png.toAbsolutePath(),
                "--window-size=1240,1754", html.toUri().toString()));
        assertThat(png).exists();
        try (DataInputStream in = new DataInputStream(Files.newInputStream(png))) {
            byte[] signature = new byte[8];
            in.readFully(signature);
            assertThat(signature).containsExactly(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
            in.readInt();
            assertThat(in.readInt()).as("chunk").isEqualTo(0x49484452);
            assertThat(in.readInt()).as("width").isEqualTo(1240);
            assertThat(in.readInt()).as("height").isEqualTo(1754);
        }
        assertThat(Files.size(png)).as("a page with content, not a blank one").isGreaterThan(50_000);

        String dom = run(command(temp.resolve("profile-dom"), "--dump-dom", html.toUri().toString()));
        assertThat(dom).contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"sv\"")
                .contains(">Sjövikens kommun<", ">Norrhöjden<", ">Björkängen<", ">Väster<", ">Resecentrum<")
                .contains("<span class=\"code\">4</span> Allvarligt", "<span class=\"code\">3</span> Oroligt",
                        "<span class=\"code\">1</span> Lugnt")
                .contains("ökar", "minskar", "Perrong 2 och väntsalen", "Fältgruppen kvällstid i Norrhöjden");
    }

    @Test
    void markupInFreeTextIsShownAsTextAndNeverRuns() throws Exception {
        Path html = page("hostile.html", ReportView.of(ReportSamples.hostileReport()));
        String dom = run(command(temp.resolve("profile-hostile"), "--dump-dom", html.toUri().toString()));
        assertThat(dom).doesNotContain("data-pwned=\"yes\"").doesNotContain("<b onmouseover")
                .contains("&lt;script&gt;document.documentElement.setAttribute(")
                .contains("Läget per område", "Insatser och uppföljning", "Om rapporten");
        assertThat(dom.split("<tr class=\"depth-", -1)).hasSize(19);
    }
}
