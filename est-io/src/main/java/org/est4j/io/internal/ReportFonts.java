package org.est4j.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts embedded in PDF reports, read once from {@code org/est4j/io/report/fonts/}: Open Sans (regular,
 * semibold, bold; Apache License 2.0) and DejaVu Sans (the fallback for characters Open Sans lacks, such as arrows;
 * Bitstream Vera licence and public domain). Their licences lie beside them.
 *
 * <p>Implementation requirements: immutable and thread-safe; the bytes are never handed out, only copies' streams.
 */
final class ReportFonts {
    static final String OPEN_SANS = "Open Sans";
    static final String DEJAVU_SANS = "DejaVu Sans";

    static final byte[] OPEN_SANS_REGULAR = read("OpenSans-Regular.ttf");
    static final byte[] OPEN_SANS_SEMIBOLD = read("OpenSans-Semibold.ttf");
    static final byte[] OPEN_SANS_BOLD = read("OpenSans-Bold.ttf");
    static final byte[] DEJAVU_SANS_REGULAR = read("DejaVuSans.ttf");

    private ReportFonts() {}

    private static byte[] read(String file) {
        String resource = "/org/est4j/io/report/fonts/" + file;
        try (InputStream in = ReportFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The font " + resource + " is missing from est-io's jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
