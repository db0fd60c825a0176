package org.est4j.io.csv;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.est4j.core.ingest.ImportException;
import org.est4j.core.ingest.Rejection;
import org.est4j.core.spi.Source;
import org.est4j.io.internal.LimitedInputStream;

/**
 * Reads the records of a CSV input one at a time (RFC 4180, with the liberties spreadsheets take), keeping the
 * physical line each record starts on and its raw text, so that an importer can report every row it rejects.
 *
 * <ul>
 *   <li>Fields are separated by the {@linkplain CsvFormat#delimiter() delimiter}; a field that starts with
 *       {@code "} is quoted and may hold delimiters, line breaks and doubled quotes ({@code ""}). A quote inside an
 *       unquoted field is kept as it is.</li>
 *   <li>Records end at CRLF, LF or a lone CR. Lines that are empty or hold only delimiters and white space are
 *       skipped: they are not records.</li>
 *   <li>A byte-order mark at the start is dropped; delimiter and encoding are detected as {@link CsvFormat} says.
 *       Detecting the encoding reads the input once before parsing it, so the source is opened twice.</li>
 *   <li>Problems inside a record do not stop reading: the record comes back with its
 *       {@linkplain CsvRecord#problem() problem} and column. A quote that is never closed takes the rest of the
 *       input into its field (that is what it means), and the record says where the quote was opened.</li>
 *   <li>Memory is bounded: a field is cut at {@link CsvFormat#maxFieldLength()} while the reader goes on past it,
 *       and the raw text kept is cut at {@value Rejection#MAX_RAW_LENGTH} characters. Past
 *       {@link CsvFormat#maxBytes()} reading stops with an {@link ImportException}, as it does when the input
 *       cannot be read.</li>
 * </ul>
 *
 * <pre>{@code
 * try (CsvReader reader = CsvReader.open(Sources.of(Path.of("export.csv")), CsvFormat.detect())) {
 *     for (Optional<CsvRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
 *         System.out.println(r.get().line() + ": " + r.get().fields());
 *     }
 * }
 * }</pre>
 *
 * <p>Implementation requirements: this class is mutable and not thread-safe; use one reader per thread and close it.
 */
public final class CsvReader implements Closeable {
    /** How far the header line is looked at to detect the delimiter, in characters. */
    private static final int HEAD_LIMIT = 1 << 16;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final String sourceName;
    private final CsvFormat format;
    private final Charset charset;
    private final boolean flagReplacements;
    private final Reader reader;
    private final char delimiter;
    private final char[] buffer = new char[8192];
    private int position;
    private int length;
    private boolean endOfInput;
    /** The physical line of the next character to be read. */
    private long line = 1;

    // The record being read.
    private final StringBuilder field = new StringBuilder();
    private final StringBuilder raw = new StringBuilder();
    private long rawLength;
    private int fieldLength;
    private String problem;
    private int problemColumn;

    private CsvReader(String sourceName, CsvFormat format, Charset charset, boolean flagReplacements, Reader reader,
            char delimiter) {
        this.sourceName = sourceName;
        this.format = format;
        this.charset = charset;
        this.flagReplacements = flagReplacements;
        this.reader = reader;
        this.delimiter = delimiter;
    }

    /**
     * Opens a source: detects the encoding and the delimiter unless the format gives them.
     *
     * @param source the input
     * @param format the delimiter, encoding and limits
     * @return a reader positioned before the first record
     * @throws ImportException when the input cannot be opened or read, or is larger than
     *     {@link CsvFormat#maxBytes()}
     */
    public static CsvReader open(Source source, CsvFormat format) {
        requireNonNull(source, "source");
        requireNonNull(format, "format");
        Charset charset = format.charset().orElseGet(() -> detectCharset(source, format.maxBytes()));
        InputStream in = null;
        try {
            in = new LimitedInputStream(source.open(), format.maxBytes());
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset), HEAD_LIMIT + 16);
            reader.mark(HEAD_LIMIT + 1);
            if (reader.read() != '\uFEFF') {
                reader.reset(); // no byte-order mark: the first character is content
            }
            reader.mark(HEAD_LIMIT + 1);
            char delimiter;
            if (format.delimiter().isPresent()) {
                delimiter = format.delimiter().get();
            } else {
                delimiter = detectDelimiter(reader);
                reader.reset();
            }
            return new CsvReader(source.name(), format, charset, format.charset().isPresent(), reader, delimiter);
        } catch (IOException e) {
            closeQuietly(in, e);
            throw failure(source.name(), 0, e);
        }
    }

    /**
     * Opens a source that is a part of a larger input, whose first line is a given line of that input, so that
     * records and their problems name the lines of the whole: how an importer that splits a large input re-reads one
     * record of it.
     *
     * @param source the part of the input
     * @param format the delimiter, encoding and limits
     * @param firstLine the line of the whole input the part starts on, 1 or more
     * @return a reader positioned before the first record
     * @throws ImportException when the input cannot be opened or read
     */
    public static CsvReader open(Source source, CsvFormat format, long firstLine) {
        if (firstLine < 1) {
            throw new IllegalArgumentException("firstLine must be 1 or more, was " + firstLine);
        }
        CsvReader reader = open(source, format);
        reader.line = firstLine;
        return reader;
    }

    /**
     * Returns the encoding the input is read with.
     *
     * @return the format's encoding, or the one detected
     */
    public Charset charset() {
        return charset;
    }

    /**
     * Returns the delimiter the input is read with.
     *
     * @return the format's delimiter, or the one detected
     */
    public char delimiter() {
        return delimiter;
    }

    /**
     * Returns the name of the source, for messages.
     *
     * @return the source's name
     */
    public String sourceName() {
        return sourceName;
    }

    /**
     * Reads the next record, skipping lines that are empty or hold only delimiters and white space.
     *
     * @return the record, or empty at the end of the input
     * @throws ImportException when the input cannot be read on, or is larger than {@link CsvFormat#maxBytes()}
     */
    public Optional<CsvRecord> next() {
        try {
            while (true) {
                CsvRecord record = readRecord();
                if (record == null) {
                    return Optional.empty();
                }
                if (record.problem().isPresent() || !isBlank(record.fields())) {
                    return Optional.of(record);
                }
            }
        } catch (IOException e) {
            throw failure(sourceName, line, e);
        }
    }

    /** Closes the input. */
    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // Closing a stream that was only read: nothing was lost and nothing can be done.
            return;
        }
    }

    /** Returns a summary such as {@code CsvReader[export.csv, UTF-8, delimiter ;, line 12]}. */
    @Override
    public String toString() {
        return "CsvReader[" + sourceName + ", " + charset.name() + ", delimiter " + CsvFormat.printable(delimiter)
                + ", line " + line + "]";
    }

    // ------------------------------------------------------------------------------------------- parsing

    private CsvRecord readRecord() throws IOException {
        int c = readRaw(true);
        if (c < 0) {
            return null;
        }
        long startLine = line;
        List<String> fields = new ArrayList<>();
        problem = null;
        problemColumn = 0;
        int column = 1;
        while (true) {
            startField();
            if (c == '"') {
                long quoteLine = line;
                while (true) {
                    c = readRaw(false);
                    if (c < 0) {
                        setProblem(column, "has a quoted field, opened on line " + quoteLine
                                + ", that is never closed: a closing quote is missing, so the rest of the input ran"
                                + " into this field", true);
                        break;
                    }
                    if (c == '"') {
                        if (peek() == '"') {
                            readRaw(false);
                            append('"', column);
                            continue;
                        }
                        c = readRaw(false);
                        if (c >= 0 && c != delimiter && c != '\r' && c != '\n') {
                            setProblem(column, "has text after the closing quote of a quoted field: inside a quoted"
                                    + " field write every quote twice (\"\")", false);
                            c = readUnquoted(c, column);
                        }
                        break;
                    }
                    if (c == '\r' || c == '\n') {
                        if (c == '\r' && peek() == '\n') {
                            readRaw(false);
                        }
                        line++;
                        append('\n', column);
                        continue;
                    }
                    append((char) c, column);
                }
            } else {
                c = readUnquoted(c, column);
            }
            fields.add(endField(column));
            if (c == delimiter) {
                column++;
                c = readRaw(false);
                continue;
            }
            if (c == '\r' || c == '\n') {
                dropLastRaw();
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                line++;
            }
            break;
        }
        String text = raw.toString();
        if (rawLength > Rejection.MAX_RAW_LENGTH) {
            text = text + "… (" + rawLength + " characters)";
        }
        return CsvRecord.builder().line(startLine).fields(fields).raw(text).problem(Optional.ofNullable(problem))
                .problemColumn(problemColumn).build();
    }

    /** Reads the rest of an unquoted field from {@code c}; returns the character that ended it (or -1). */
    private int readUnquoted(int first, int column) throws IOException {
        int c = first;
        while (c >= 0 && c != delimiter && c != '\r' && c != '\n') {
            append((char) c, column);
            c = readRaw(false);
        }
        return c;
    }

    private void startField() {
        field.setLength(0);
        fieldLength = 0;
    }

    private void append(char c, int column) {
        fieldLength++;
        if (fieldLength <= format.maxFieldLength()) {
            field.append(c);
        } else if (fieldLength == format.maxFieldLength() + 1) {
            setProblem(column, "has a field longer than " + format.maxFieldLength()
                    + " characters, the limit (maxFieldLength)", false);
        }
    }

    private String endField(int column) {
        String value = field.toString();
        if (flagReplacements && value.indexOf('\uFFFD') >= 0) {
            setProblem(column, "has bytes that are not valid " + charset.name()
                    + ": save the file in that encoding, or set the right one", false);
        }
        return value;
    }

    /** Keeps the first problem of a record, unless a later one explains more (a quote never closed does). */
    private void setProblem(int column, String text, boolean overrides) {
        if (problem == null || overrides) {
            problem = text;
            problemColumn = column;
        }
    }

    private static boolean isBlank(List<String> fields) {
        for (String f : fields) {
            if (!f.isBlank()) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------------------------------- characters

    /** Reads a character and keeps it in the raw text of the record; {@code first} starts a new record. */
    private int readRaw(boolean first) throws IOException {
        if (first) {
            raw.setLength(0);
            rawLength = 0;
        }
        int c = read();
        if (c >= 0) {
            rawLength++;
            if (raw.length() < Rejection.MAX_RAW_LENGTH) {
                raw.append((char) c);
            }
        }
        return c;
    }

    /** Forgets the line break that ended a record, which is not part of its raw text. */
    private void dropLastRaw() {
        if (rawLength <= Rejection.MAX_RAW_LENGTH && raw.length() > 0) {
            raw.setLength(raw.length() - 1);
        }
        rawLength--;
    }

    private int read() throws IOException {
        if (position == length && !fill()) {
            return -1;
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        if (position == length && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private boolean fill() throws IOException {
        if (endOfInput) {
            return false;
        }
        int n = reader.read(buffer, 0, buffer.length);
        if (n <= 0) {
            endOfInput = true;
            return false;
        }
        position = 0;
        length = n;
        return true;
    }

    // ------------------------------------------------------------------------------------------- detection

    /**
     * Counts {@code ;}, {@code ,} and tab outside quotes in the first line that is not blank, reading at most
     * {@value #HEAD_LIMIT} characters; the caller resets the reader afterwards.
     */
    private static char detectDelimiter(Reader reader) throws IOException {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        boolean content = false;
        for (int i = 0; i < HEAD_LIMIT; i++) {
            int c = reader.read();
            if (c < 0) {
                break;
            }
            if (c == '"') {
                quoted = !quoted;
                content = true;
            } else if (quoted) {
                continue;
            } else if (c == '\r' || c == '\n') {
                if (content) {
                    break;
                }
            } else if (c == ';') {
                semicolons++;
            } else if (c == ',') {
                commas++;
            } else if (c == '\t') {
                tabs++;
            } else if (!Character.isWhitespace(c)) {
                content = true;
            }
        }
        if (semicolons >= commas && semicolons >= tabs && semicolons > 0) {
            return ';';
        }
        if (commas >= tabs && commas > 0) {
            return ',';
        }
        return tabs > 0 ? '\t' : ',';
    }

    /**
     * Detects the encoding: a byte-order mark, else UTF-8 when every byte sequence is valid UTF-8, else
     * Windows-1252. Reads the whole input once (within the byte limit).
     */
    private static Charset detectCharset(Source source, long maxBytes) {
        try (InputStream in = new LimitedInputStream(source.open(), maxBytes)) {
            byte[] head = in.readNBytes(3);
            if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                return StandardCharsets.UTF_8;
            }
            if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
                return StandardCharsets.UTF_16LE;
            }
            if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
                return StandardCharsets.UTF_16BE;
            }
            return isUtf8(head, in) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        } catch (IOException e) {
            throw failure(source.name(), 0, e);
        }
    }

    private static boolean isUtf8(byte[] head, InputStream rest) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(8192);
        CharBuffer chars = CharBuffer.allocate(8192);
        bytes.put(head);
        boolean end = false;
        while (true) {
            if (!end) {
                int n = rest.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    end = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
            }
            bytes.flip();
            CoderResult result = decoder.decode(bytes, chars, end);
            if (result.isError()) {
                return false;
            }
            bytes.compact();
            chars.clear();
            if (end && !result.isOverflow()) {
                return !decoder.flush(chars).isError();
            }
        }
    }

    private static ImportException failure(String sourceName, long line, IOException e) {
        String reason = e instanceof LimitedInputStream.TooLargeException
                ? "the input is larger than the limit of " + ((LimitedInputStream.TooLargeException) e).limit()
                        + " bytes (maxBytes): split it, or raise the limit if the input is trusted"
                : "the input cannot be read: " + e.getMessage();
        return new ImportException(Rejection.builder().source(sourceName).line(line).reason(reason).build(), e);
    }

    private static void closeQuietly(InputStream in, IOException failure) {
        if (in == null) {
            return;
        }
        try {
            in.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
