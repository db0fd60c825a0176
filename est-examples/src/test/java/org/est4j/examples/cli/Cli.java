package org.est4j.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.est4j.core.plugin.EstPlugins;
import org.est4j.examples.demo.DemoMunicipality;

/** Runs the command line in-process and keeps what it printed; shared demo input files for the command tests. */
final class Cli {
    /** The demo's size in the tests: a tenth of the observations keeps each run fast. */
    static final double DEMO_SIZE = 0.1;
    /** A week of the demo year with observations everywhere. */
    static final String WEEK = DemoMunicipality.DEFAULT_YEAR + "-W26";
    /** Rows appended to the demo observations by {@link #withBrokenRows}: lines N+2, N+3 and N+4 of the file. */
    static final List<String> BROKEN_ROWS = List.of(
            "x-1;2025-06-24;25:99;;sjoviken;;gathering;3;Fel tid;allmänheten;;;partner;;;",
            "x-2;2025-06-24;12:00;;atlantis;;gathering;3;Okänt område;allmänheten;;;partner;;;",
            "x-3;2025-06-24;12:00;;sjoviken;;no-such-category;3;Okänd kategori;allmänheten;;;partner;;;");

    private Cli() {}

    /** What one run gave. */
    static final class Result {
        final int code;
        final String out;
        final String err;

        Result(int code, String out, String err) {
            this.code = code;
            this.out = out;
            this.err = err;
        }

        @Override
        public String toString() {
            return "exit " + code + "\n--- out:\n" + out + "--- err:\n" + err;
        }
    }

    static Result run(String... args) {
        return run(EstPlugins.global(), args);
    }

    static Result run(EstPlugins plugins, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = EstCli.commandLine(plugins).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Writes the demo's input files with {@code est demo-data} into a folder and returns it. */
    static Path demoData(Path folder) {
        Result r = run("demo-data", "--out", folder.toString(), "--size", Double.toString(DEMO_SIZE));
        if (r.code != 0) {
            throw new IllegalStateException("demo-data failed: " + r);
        }
        return folder;
    }

    /** Writes a copy of the demo observations with {@link #BROKEN_ROWS} appended, and returns it. */
    static Path withBrokenRows(Path demo, Path target) throws IOException {
        String csv = Files.readString(demo.resolve(DemoFiles.OBSERVATIONS));
        Files.writeString(target, csv + String.join("\n", BROKEN_ROWS) + "\n");
        return target;
    }

    /** Returns the number of data rows in a CSV file written by demo-data. */
    static long rows(Path csv) throws IOException {
        return Files.readAllLines(csv).size() - 1L;
    }

    /** Returns the shared real data folder, from the system property est.shared.data. */
    static Path sharedData() {
        String dir = System.getProperty("est.shared.data");
        if (dir == null) {
            throw new IllegalStateException("Set -Dest.shared.data=/path/to/shared/data (the pom sets it)");
        }
        return Path.of(dir);
    }
}
