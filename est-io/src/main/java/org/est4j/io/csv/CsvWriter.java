package org.est4j.io.csv;

import static java.util.Objects.requireNonNull;

import java.io.BufferedWriter;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.est4j.io.internal.Decimals;

/**
 * Writes CSV one cell at a time, in a {@link CsvStyle}, so that what a spreadsheet reads is what was meant: RFC 4180
 * quoting, and no formula injection.
 *
 * <pre>{@code
 * CsvWriter csv = CsvWriter.to(out, CsvStyle.swedishExcel());
 * csv.row(List.of("område", "antal"));
 * csv.text("=HYPERLINK(\"http://evil\")").number(-3).endRow();   // '=HYPERLINK(""http://evil"");-3
 * csv.flush();
 * }</pre>
 *
 * <h2>Text and numbers</h2>
 * A cell is written as what the caller says it is, never guessed from its content:
 * <ul>
 *   <li>{@link #text(String)} writes text. <b>Formula injection</b> is neutralised as OWASP advises: a text whose
 *       first character is {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets an apostrophe
 *       in front ({@code '=1+1}), which spreadsheets show as text and never evaluate. est4j goes a little further:
 *       it does the same when such a character ({@code = + - @}) follows leading white space, and for their
 *       full-width forms ({@code ＝ ＋ － ＠}), which some spreadsheets also take for formula signs. So the text
 *       {@code "-3"} comes out as {@code '-3}: text stays text.</li>
 *   <li>{@link #number(long)}, {@link #number(double)} and {@link #decimal(double, int)} write numbers, made by
 *       est4j from a Java number, so {@code -3} stays the number {@code -3} and a spreadsheet can sum it. A number
 *       never needs neutralising: it is only digits, a sign, and a decimal separator.</li>
 *   <li>{@link #date(LocalDate)} writes an ISO 8601 date, {@code 2026-11-18}, which Excel recognises as a date in
 *       every locale.</li>
 * </ul>
 * A neutralised text does not read back unchanged: {@code '=1+1} stays {@code '=1+1} in a spreadsheet and in
 * est4j's own CSV importer, by design.
 *
 * <h2>Quoting (RFC 4180)</h2>
 * A cell is quoted when it holds the delimiter, a quote, a carriage return or a line feed; a quote inside is
 * doubled. Every row, the last one too, ends with the style's line ending. The output is UTF-8, with a byte-order
 * mark first when the style says so; the same cells give the same bytes.
 *
 * <p>Implementation requirements: this class is mutable and not thread-safe; use one writer per output, on one
 * thread. It buffers: call {@link #flush()} at the end. It never closes the stream.
 */
public final class CsvWriter implements Flushable {
    private static final char APOSTROPHE = '\'';

    private final Writer out;
    private final CsvStyle style;
    private final char delimiter;
    private boolean rowStarted;
    private long rows;

    private CsvWriter(Writer out, CsvStyle style) {
        this.out = out;
        this.style = style;
        this.delimiter = style.delimiter();
    }

    /**
     * Starts writing to a stream; writes the byte-order mark at once when the style has one.
     *
     * @param out the stream; flushed by {@link #flush()}, never closed
     * @param style how to write
     * @return the writer
     * @throws IOException when the byte-order mark cannot be written
     */
    public static CsvWriter to(OutputStream out, CsvStyle style) throws IOException {
        requireNonNull(out, "out");
        requireNonNull(style, "style");
        CsvWriter writer = new CsvWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), style);
        if (style.byteOrderMark()) {
            writer.out.write('\uFEFF');
        }
        return writer;
    }

    /**
     * Returns the style this writer writes in.
     *
     * @return the style
     */
    public CsvStyle style() {
        return style;
    }

    /**
     * Returns the number of rows ended so far, the header included.
     *
     * @return 0 or more
     */
    public long rows() {
        return rows;
    }

    /**
     * Writes a text cell, neutralised against formula injection and quoted as needed.
     *
     * @param text the text, written as it is apart from the apostrophe that neutralises it
     * @return this writer
     * @throws IOException when writing fails
     */
    public CsvWriter text(String text) throws IOException {
        requireNonNull(text, "text");
        return raw(neutralise(text));
    }

    /**
     * Writes an empty cell.
     *
     * @return this writer
     * @throws IOException when writing fails
     */
    public CsvWriter empty() throws IOException {
        return raw("");
    }

    /**
     * Writes a whole number.
     *
     * @param value the number, such as {@code -3}
     * @return this writer
     * @throws IOException when writing fails
     */
    public CsvWriter number(long value) throws IOException {
        return raw(Long.toString(value));
    }

    /**
     * Writes a decimal number in the fewest digits that read back to the same {@code double}, with the style's
     * decimal separator and never an exponent: {@code 59,758} or {@code 59.758}.
     *
     * @param value a finite number
     * @return this writer
     * @throws IOException when writing fails
     * @throws IllegalArgumentException when the value is not finite
     */
    public CsvWriter number(double value) throws IOException {
        return raw(separator(Decimals.shortest(value)));
    }

    /**
     * Writes a decimal number rounded half up to at most some decimals, trailing zeros left out: {@code 12,5}.
     *
     * @param value a finite number
     * @param decimals the most decimals, 0 or more
     * @return this writer
     * @throws IOException when writing fails
     * @throws IllegalArgumentException when the value is not finite or decimals is negative
     */
    public CsvWriter decimal(double value, int decimals) throws IOException {
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals must be 0 or more, not " + decimals);
        }
        return raw(separator(Decimals.rounded(value, decimals)));
    }

    /**
     * Writes an ISO 8601 date, such as {@code 2026-11-18}.
     *
     * @param date the date
     * @return this writer
     * @throws IOException when writing fails
     */
    public CsvWriter date(LocalDate date) throws IOException {
        return text(requireNonNull(date, "date").toString());
    }

    /**
     * Ends the row with the style's line ending.
     *
     * @return this writer
     * @throws IOException when writing fails
     */
    public CsvWriter endRow() throws IOException {
        out.write(style.lineEnding().text());
        rowStarted = false;
        rows++;
        return this;
    }

    /**
     * Writes a row of text cells, such as a header, and ends it.
     *
     * @param texts the cells
     * @return this writer
     * @throws IOException when writing fails
     */
    public CsvWriter row(List<String> texts) throws IOException {
        for (String t : requireNonNull(texts, "texts")) {
            text(t);
        }
        return endRow();
    }

    /**
     * Flushes what is buffered to the stream, without closing it.
     *
     * @throws IOException when writing fails
     */
    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /**
     * Returns a text as {@link #text(String)} writes it before quoting: with an apostrophe in front when a
     * spreadsheet could take it for a formula.
     *
     * @param text the text
     * @return the text, or {@code '} and the text
     */
    public static String neutralise(String text) {
        requireNonNull(text, "text");
        return isFormulaLike(text) ? APOSTROPHE + text : text;
    }

    /**
     * Tells whether a spreadsheet could take a text for a formula: it starts with {@code = + - @}, a tab or a
     * carriage return, or one of {@code = + - @} (or its full-width form) follows leading white space.
     *
     * @param text the text
     * @return true when {@link #neutralise(String)} puts an apostrophe in front
     */
    public static boolean isFormulaLike(String text) {
        requireNonNull(text, "text");
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (first == '\t' || first == '\r') {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSign(c)) {
                return true;
            }
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return false;
    }

    private static boolean isSign(char c) {
        switch (c) {
            case '=':
            case '+':
            case '-':
            case '@':
            case '\uFF1D': // full-width =
            case '\uFF0B': // full-width +
            case '\uFF0D': // full-width -
            case '\uFF20': // full-width @
                return true;
            default:
                return false;
        }
    }

    private String separator(String number) {
        return style.decimalComma() ? number.replace('.', ',') : number;
    }

    private CsvWriter raw(String cell) throws IOException {
        if (rowStarted) {
            out.write(delimiter);
        }
        rowStarted = true;
        if (needsQuotes(cell)) {
            out.write('"');
            out.write(cell.replace("\"", "\"\""));
            out.write('"');
        } else {
            out.write(cell);
        }
        return this;
    }

    private boolean needsQuotes(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == delimiter || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    /** Returns a summary such as {@code CsvWriter[CsvStyle[…], 12 rows]}. */
    @Override
    public String toString() {
        return "CsvWriter[" + style + ", " + rows + (rows == 1 ? " row]" : " rows]");
    }
}
