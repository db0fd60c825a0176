package org.est4j.io.internal;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaId;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.ingest.ImportContext;
import org.est4j.core.ingest.ImportException;
import org.est4j.core.ingest.Rejection;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.mapping.ReporterId;
import org.est4j.core.mapping.Severity;
import org.est4j.core.mapping.Source;
import org.est4j.core.mapping.TimePrecision;
import org.est4j.core.store.ObservationBatch;
import org.est4j.core.store.ObservationStore;
import org.est4j.core.store.Utf8;
import org.est4j.core.time.Period;
import org.est4j.core.time.TimeOfDay;
import org.est4j.io.csv.CsvFormat;
import org.est4j.io.csv.CsvReader;
import org.est4j.io.csv.CsvRecord;
import org.est4j.io.csv.ObservationCsv.Field;

/**
 * Reads an observation CSV straight into a store, on several threads; the public face is
 * {@link org.est4j.io.csv.CsvIngest}, which documents what it does.
 *
 * <p>How: the input is cut into chunks of bytes; a worker per chunk guesses that its first record starts after the
 * first line break of the chunk and parses its records into an {@link ObservationBatch}, taking on its own every row
 * in the common form (ISO dates, clock times, ids, codes and numbers as the importer would read them). Rows in any
 * other form, or with anything wrong, are left for the importer's own row reader, in order. The calling thread
 * takes the chunks in order: it checks each guess against where the chunk before really ended (a line break inside
 * a quoted field makes a guess wrong; the chunk is then parsed again from the right place), numbers the lines,
 * appends the rows, and has the importer's row reader read the rows left for it.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe; each ingest keeps its state to itself.
 */
public final class CsvStoreIngest {
    private static final int MIN_CHUNK = 1 << 20;
    private static final int MAX_CHUNK = 16 << 20;
    private static final int SLACK = 1 << 16;

    private final CsvObservationImporter importer;
    /** The bytes of a chunk, 0 for the default (which depends on the input's size and the threads). */
    private final int chunkBytes;

    private CsvStoreIngest(CsvObservationImporter importer, int chunkBytes) {
        this.importer = importer;
        this.chunkBytes = chunkBytes;
    }

    /** Returns an ingest that cuts inputs into chunks of a given size: small ones test the seams between chunks. */
    CsvStoreIngest withChunkBytes(int bytes) {
        return new CsvStoreIngest(importer, bytes);
    }

    /**
     * Returns an ingest with the importer's settings.
     *
     * @param importer the CSV importer whose settings and rules apply
     * @return the ingest
     */
    public static CsvStoreIngest of(CsvObservationImporter importer) {
        return new CsvStoreIngest(requireNonNull(importer, "importer"), 0);
    }

    /** What an ingest made of an input: rows read, accepted, and the rejections. */
    public static final class Outcome {
        /** The input's name. */
        public final String source;
        /** Every row read. */
        public final long rowsRead;
        /** The rows appended to the store. */
        public final long accepted;
        /** The rows rejected, in input order. */
        public final List<Rejection> rejected;
        /** Whether the rows were read by the fast path (false: the importer's reader, for the whole input). */
        public final boolean fast;

        Outcome(String source, long rowsRead, long accepted, List<Rejection> rejected, boolean fast) {
            this.source = source;
            this.rowsRead = rowsRead;
            this.accepted = accepted;
            this.rejected = List.copyOf(rejected);
            this.fast = fast;
        }
    }

    // ------------------------------------------------------------------------------------------- inputs

    /** Bytes read by position. */
    interface Input {
        String name();

        long size() throws IOException;

        /** Reads up to {@code len} bytes at a position; returns the number read, -1 at the end. */
        int read(long position, byte[] into, int offset, int len) throws IOException;

        org.est4j.core.spi.Source source();
    }

    /**
     * Reads a file into a store.
     *
     * @param file the file
     * @param context hierarchy, taxonomy and limits
     * @param store the store
     * @param threads 1 or more
     * @return the outcome
     */
    public Outcome ingest(Path file, ImportContext context, ObservationStore store, int threads) {
        requireNonNull(file, "file");
        org.est4j.core.spi.Source source = org.est4j.io.Sources.of(file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            Input input = new Input() {
                @Override
                public String name() {
                    return source.name();
                }

                @Override
                public long size() throws IOException {
                    return channel.size();
                }

                @Override
                public int read(long position, byte[] into, int offset, int len) throws IOException {
                    return channel.read(ByteBuffer.wrap(into, offset, len), position);
                }

                @Override
                public org.est4j.core.spi.Source source() {
                    return source;
                }
            };
            return ingest(input, context, store, threads);
        } catch (IOException e) {
            throw new ImportException(Rejection.builder().source(source.name()).line(0)
                    .reason("the input cannot be read: " + e.getMessage()).raw("").build(), e);
        }
    }

    /**
     * Reads a source into a store; the source is read into memory first (within the byte limit).
     *
     * @param source the input
     * @param context hierarchy, taxonomy and limits
     * @param store the store
     * @param threads 1 or more
     * @return the outcome
     */
    public Outcome ingest(org.est4j.core.spi.Source source, ImportContext context, ObservationStore store,
            int threads) {
        requireNonNull(source, "source");
        byte[] bytes;
        try (java.io.InputStream in = new LimitedInputStream(source.open(), context.maxBytes())) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            // The importer's own reader reports a failure to read, or the byte limit, in its words.
            return slow(source, context, store);
        }
        Input input = new Input() {
            @Override
            public String name() {
                return source.name();
            }

            @Override
            public long size() {
                return bytes.length;
            }

            @Override
            public int read(long position, byte[] into, int offset, int len) {
                if (position >= bytes.length) {
                    return -1;
                }
                int n = (int) Math.min(len, bytes.length - position);
                System.arraycopy(bytes, (int) position, into, offset, n);
                return n;
            }

            @Override
            public org.est4j.core.spi.Source source() {
                return source;
            }
        };
        try {
            return ingest(input, context, store, threads);
        } catch (IOException e) {
            throw new IllegalStateException("Reading bytes in memory failed", e);
        }
    }

    private Outcome ingest(Input input, ImportContext context, ObservationStore store, int threads)
            throws IOException {
        requireNonNull(context, "context");
        requireNonNull(store, "store");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more, was " + threads);
        }
        long size = input.size();
        boolean utf8 = importer.charset().map(c -> c.equals(StandardCharsets.UTF_8)
                || c.equals(StandardCharsets.US_ASCII)).orElse(true);
        if (!utf8 || size > context.maxBytes() || size >= (1L << 40)) {
            return slow(input.source(), context, store);
        }
        byte[] head = new byte[(int) Math.min(size, 1 << 20)];
        readFully(input, 0, head, head.length);
        int bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        if (bom == 0 && head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            return slow(input.source(), context, store); // UTF-16
        }
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "est4j-csv-ingest");
            t.setDaemon(true);
            return t;
        }) : null;
        try {
            if (importer.charset().isEmpty() && !validUtf8(input, size, pool, threads)) {
                return slow(input.source(), context, store); // read as Windows-1252, as the importer does
            }
            return fast(input, size, head, bom, context, store, pool, threads);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private static void readFully(Input input, long position, byte[] into, int len) throws IOException {
        int done = 0;
        while (done < len) {
            int n = input.read(position + done, into, done, len - done);
            if (n < 0) {
                throw new IOException("the input ended early");
            }
            done += n;
        }
    }

    // ------------------------------------------------------------------------------------------- the slow way

    /** The importer's reader over the whole input, into the store: for inputs the fast path does not take. */
    private Outcome slow(org.est4j.core.spi.Source source, ImportContext context, ObservationStore store) {
        CsvFormat.Builder format = CsvFormat.builder().maxFieldLength(context.maxFieldLength())
                .maxBytes(context.maxBytes());
        importer.delimiter().ifPresent(format::delimiter);
        importer.charset().ifPresent(format::charset);
        StoreLedger ledger = new StoreLedger(store);
        Rows rows = new Rows(source.name(), context.strict(), ledger::append);
        try (CsvReader reader = CsvReader.open(source, format.build())) {
            Optional<CsvRecord> header = reader.next();
            if (header.isPresent()) {
                CsvObservationImporter.Row row = importer.rowReader(source.name(), context, header.get(),
                        reader.delimiter(), ledger);
                for (Optional<CsvRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
                    if (rows.count() >= context.maxRows()) {
                        rows.reject(tooMany(source.name(), context, r.get()));
                        break;
                    }
                    row.read(r.get(), rows);
                }
            }
        }
        return new Outcome(source.name(), rows.count(), rows.acceptedCount(), rows.rejected(), false);
    }

    private static Rejection tooMany(String name, ImportContext context, CsvRecord r) {
        return Rejection.builder().source(name).line(r.line()).reason("the input has more than " + context.maxRows()
                + " rows (maxRows): this row and the rest of the input were not read; split the input").raw(r.raw())
                .build();
    }

    /**
     * The ids of the store as the importer's ledger: an id already stored conflicts; the line of a row accepted in
     * this ingest is kept by its store row, so that a later duplicate names it.
     */
    private static final class StoreLedger implements CsvObservationImporter.IdLedger {
        private final ObservationStore store;
        private final int firstRow;
        private int[] lines = new int[1024];
        private long pendingLine;

        StoreLedger(ObservationStore store) {
            this.store = store;
            this.firstRow = store.size();
        }

        @Override
        public String conflict(ObservationId id) {
            OptionalInt row = store.rowOf(id);
            if (row.isEmpty()) {
                return null;
            }
            int line = lineOf(row.getAsInt());
            return line > 0 ? CsvObservationImporter.usedAgain(id, line)
                    : "the id " + id + " is already in the store (row " + row.getAsInt() + "); ids are unique";
        }

        @Override
        public void accepted(ObservationId id, long line) {
            pendingLine = line;
        }

        /** Appends an observation the importer's reader accepted. */
        void append(Observation o) {
            note(store.append(o), pendingLine);
        }

        void note(int row, long line) {
            int i = row - firstRow;
            if (i >= lines.length) {
                lines = Arrays.copyOf(lines, Math.max(i + 1, lines.length * 2));
            }
            lines[i] = (int) Math.min(Integer.MAX_VALUE, line);
        }

        int lineOf(int row) {
            int i = row - firstRow;
            return i >= 0 && i < lines.length ? lines[i] : 0;
        }
    }

    // ------------------------------------------------------------------------------------------- UTF-8

    private static boolean validUtf8(Input input, long size, ExecutorService pool, int threads) throws IOException {
        List<java.util.concurrent.Callable<Boolean>> tasks = new ArrayList<>();
        java.util.Queue<byte[]> buffers = new java.util.concurrent.ConcurrentLinkedQueue<>();
        for (long from = 0; from < size; from += MAX_CHUNK) {
            long start = from;
            long to = Math.min(size, from + MAX_CHUNK);
            tasks.add(() -> {
                int length = (int) (Math.min(size, to + SLACK) - start);
                byte[] buffer = buffers.poll();
                if (buffer == null) {
                    buffer = new byte[MAX_CHUNK + SLACK];
                }
                readFully(input, start, buffer, length);
                boolean valid = Utf8Blocks.valid(buffer, length, start > 0, (int) (to - start),
                        start + length == size);
                buffers.add(buffer);
                return valid;
            });
        }
        try {
            if (pool == null) {
                for (var t : tasks) {
                    if (!t.call()) {
                        return false;
                    }
                }
                return true;
            }
            for (Future<Boolean> f : pool.invokeAll(tasks)) {
                if (!f.get()) {
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /**
     * Checks UTF-8 as Java's strict decoder does, a block at a time: a block starts at its first ASCII byte (the
     * block before checks the characters running into it) and checks every character that starts before its end,
     * then on to the next ASCII byte.
     */
    static final class Utf8Blocks {
        private Utf8Blocks() {}

        static boolean valid(byte[] b, int limit, boolean sync, int to, boolean eof) {
            int i = 0;
            if (sync) {
                while (i < limit && b[i] < 0) {
                    i++;
                }
            }
            while (i < to) {
                if (i + 8 <= limit && Utf8.ascii8(b, i)) {
                    i += 8;
                    continue;
                }
                if (b[i] >= 0) {
                    i++;
                    continue;
                }
                i = Utf8.next(b, i, limit);
                if (i < 0) {
                    return false;
                }
            }
            while (i < limit && b[i] < 0) {
                i = Utf8.next(b, i, limit);
                if (i < 0) {
                    return false;
                }
            }
            return i < limit || eof;
        }
    }

    // ------------------------------------------------------------------------------------------- the fast way

    private Outcome fast(Input input, long size, byte[] head, int bom, ImportContext context, ObservationStore store,
            ExecutorService pool, int threads) throws IOException {
        String name = input.name();
        CsvFormat.Builder headFormat = CsvFormat.builder().charset(StandardCharsets.UTF_8)
                .maxFieldLength(context.maxFieldLength()).maxBytes(context.maxBytes());
        importer.delimiter().ifPresent(headFormat::delimiter);
        CsvRecord header;
        char delimiter;
        try (CsvReader reader = CsvReader.open(org.est4j.core.spi.Source.of(name, head), headFormat.build())) {
            Optional<CsvRecord> h = reader.next();
            if (h.isEmpty()) {
                return head.length == size ? new Outcome(name, 0, 0, List.of(), true) : slow(input.source(), context,
                        store);
            }
            header = h.get();
            delimiter = reader.delimiter();
        }
        if (delimiter > 127 || delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
            return slow(input.source(), context, store);
        }
        // Where the header ends, in bytes: records are scanned as the reader does, blank ones skipped.
        Scanner scan = new Scanner((byte) delimiter, context.maxFieldLength());
        int at = bom;
        int line = 1;
        while (true) {
            int end = scan.record(head, at, head.length, head.length == size);
            if (end < 0) {
                return slow(input.source(), context, store); // a header longer than the head
            }
            boolean isHeader = !scan.blank || scan.problem;
            if (isHeader && line != header.line()) {
                return slow(input.source(), context, store); // not the header the reader found: let it read
            }
            at = end;
            line += scan.lines;
            if (isHeader) {
                break;
            }
        }
        StoreLedger ledger = new StoreLedger(store);
        CsvObservationImporter.Row reference = importer.rowReader(name, context, header, delimiter, ledger);
        Rows rows = new Rows(name, context.strict(), ledger::append);
        CsvFormat recordFormat = CsvFormat.builder().charset(StandardCharsets.UTF_8).delimiter(delimiter)
                .maxFieldLength(context.maxFieldLength()).maxBytes(Long.MAX_VALUE).build();
        Plan plan = new Plan(reference, (byte) delimiter, context.maxFieldLength());

        long dataStart = at;
        long region = size - dataStart;
        int chunk = chunkBytes > 0 ? chunkBytes
                : (int) Math.max(MIN_CHUNK, Math.min(MAX_CHUNK, region / Math.max(1, threads * 4L) + 1));
        int chunks = (int) Math.max(1, (region + chunk - 1) / chunk);
        ArrayDeque<Future<Chunk>> inFlight = new ArrayDeque<>();
        int submitted = 0;
        long expectedStart = dataStart;
        long baseLine = line;
        boolean stop = false;
        for (int k = 0; k < chunks && !stop; k++) {
            long nominalStart = dataStart + (long) k * chunk;
            long nominalEnd = Math.min(size, nominalStart + chunk);
            Chunk c;
            if (pool == null) {
                c = expectedStart >= nominalEnd ? null : parse(input, size, plan, expectedStart, nominalStart,
                        nominalEnd);
            } else {
                while (submitted < chunks && submitted <= k + threads) {
                    long s = dataStart + (long) submitted * chunk;
                    long e = Math.min(size, s + chunk);
                    boolean firstChunk = submitted == 0;
                    inFlight.add(pool.submit(() -> parse(input, size, plan, firstChunk ? s : -1, s, e)));
                    submitted++;
                }
                c = get(inFlight.poll());
            }
            if (c != null && c.start != expectedStart) {
                // The guess was wrong (a line break inside quotes), or the chunk before ran past this one.
                plan.recycle(c);
                c = expectedStart >= nominalEnd ? null : parse(input, size, plan, expectedStart, nominalStart,
                        nominalEnd);
            }
            if (c == null) {
                continue;
            }
            if (k == 0 && chunks > 1) {
                // Room for the rows the input will likely bring, from the rows per byte of the first chunk.
                store.reserve((int) Math.min(Integer.MAX_VALUE - 8, (long) (c.batch.size()
                        * ((double) region / Math.max(1, c.end - c.start)) * 1.02)));
            }
            stop = take(c, baseLine, name, context, store, ledger, reference, rows, recordFormat);
            baseLine += c.lines;
            expectedStart = c.end;
            plan.recycle(c);
        }
        return new Outcome(name, rows.count(), rows.acceptedCount(), rows.rejected(), true);
    }

    private static Chunk get(Future<Chunk> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException) {
                throw (IOException) e.getCause();
            }
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new IOException(e.getCause());
        }
    }

    /** Appends a parsed chunk in order; returns true when the row limit stops the input. */
    private boolean take(Chunk c, long baseLine, String name, ImportContext context, ObservationStore store,
            StoreLedger ledger, CsvObservationImporter.Row reference, Rows rows, CsvFormat recordFormat) {
        ObservationBatch batch = c.batch;
        String prefix = reference.idPrefix();
        for (int i = 0; i < c.generatedCount; i++) {
            int row = c.generated[i];
            batch.id(row, prefix + (baseLine + c.rowLine[row]));
        }
        int next = 0;
        for (int s = 0; s <= c.slowCount; s++) {
            int until = s < c.slowCount ? c.slowBefore[s] : batch.size();
            while (next < until) {
                long room = context.maxRows() - rows.count();
                int to = (int) Math.min(until, next + Math.max(0, room));
                if (to > next) {
                    int[] result = store.appendNew(batch, next, to);
                    long appended = 0;
                    for (int i = 0; i < result.length; i++) {
                        int r = result[i];
                        if (r >= 0) {
                            ledger.note(r, baseLine + c.rowLine[next + i]);
                            appended++;
                        } else {
                            rows.acceptedElsewhere(appended);
                            appended = 0;
                            // The importer's reader says, in its words, why the id cannot be used again.
                            readSlow(c, c.rowStart[next + i], c.rowEnd[next + i], baseLine + c.rowLine[next + i],
                                    name, context, reference, rows, recordFormat, true);
                        }
                    }
                    rows.acceptedElsewhere(appended);
                    next = to;
                }
                if (next < until && rows.count() >= context.maxRows()) {
                    readSlow(c, c.rowStart[next], c.rowEnd[next], baseLine + c.rowLine[next], name, context,
                            reference, rows, recordFormat, false);
                    return true;
                }
            }
            if (s < c.slowCount) {
                if (readSlow(c, c.slowStart[s], c.slowEnd[s], baseLine + c.slowLine[s], name, context, reference, rows,
                        recordFormat, true)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Has the importer's reader read one record; returns true when the row limit stops the input here. With
     * {@code read} false the record is only rejected as past the limit.
     */
    private static boolean readSlow(Chunk c, int from, int to, long line, String name, ImportContext context,
            CsvObservationImporter.Row reference, Rows rows, CsvFormat format, boolean read) {
        byte[] bytes = Arrays.copyOfRange(c.bytes, from, to);
        try (CsvReader reader = CsvReader.open(org.est4j.core.spi.Source.of(name, bytes), format, line)) {
            Optional<CsvRecord> r = reader.next();
            if (r.isEmpty()) {
                return false; // blank after all
            }
            if (!read || rows.count() >= context.maxRows()) {
                rows.reject(tooMany(name, context, r.get()));
                return true;
            }
            reference.read(r.get(), rows);
            return false;
        }
    }

    /** What a worker made of a chunk. Chunks are used again once taken: their buffers and batch are kept. */
    static final class Chunk {
        /** Where its first record starts, and where the first record past the chunk starts (or the end). */
        long start;
        long end;
        /** The physical lines from start to end. */
        int lines;
        byte[] bytes = new byte[0];
        ObservationBatch batch = ObservationBatch.create();
        int[] rowLine = new int[16];
        int[] rowStart = new int[16];
        int[] rowEnd = new int[16];
        int[] generated = new int[16];
        int generatedCount;
        /** Records left for the importer's reader: before which batch row, their line and bytes. */
        int[] slowBefore = new int[16];
        int[] slowLine = new int[16];
        int[] slowStart = new int[16];
        int[] slowEnd = new int[16];
        int slowCount;

        /** Empties the chunk for the next one, keeping its arrays. */
        void clear() {
            start = 0;
            end = 0;
            lines = 0;
            batch.clear();
            generatedCount = 0;
            slowCount = 0;
        }

        /** Returns the chunk's buffer, with room for at least {@code length} bytes. */
        byte[] buffer(int length) {
            if (bytes.length < length) {
                bytes = new byte[length];
            }
            return bytes;
        }

        void slow(int before, int line, int from, int to) {
            if (slowCount == slowBefore.length) {
                int n = slowCount * 2;
                slowBefore = Arrays.copyOf(slowBefore, n);
                slowLine = Arrays.copyOf(slowLine, n);
                slowStart = Arrays.copyOf(slowStart, n);
                slowEnd = Arrays.copyOf(slowEnd, n);
            }
            slowBefore[slowCount] = before;
            slowLine[slowCount] = line;
            slowStart[slowCount] = from;
            slowEnd[slowCount] = to;
            slowCount++;
        }
    }

    /**
     * Parses the records that start in {@code [nominalStart, nominalEnd)}: from {@code exactStart} when it is known
     * (not -1), else from the first line start at or after {@code nominalStart}, a guess.
     */
    private static Chunk parse(Input input, long size, Plan plan, long exactStart, long nominalStart, long nominalEnd)
            throws IOException {
        long readFrom = exactStart >= 0 ? exactStart : nominalStart - 1;
        int length = (int) Math.min(size - readFrom, nominalEnd - readFrom + Math.min(SLACK, nominalEnd - nominalStart));
        Chunk c = plan.chunk();
        byte[] bytes = c.buffer(length);
        readFully(input, readFrom, bytes, length);
        int pos;
        if (exactStart >= 0) {
            pos = 0;
        } else {
            pos = 1;
            while (pos < length && !(bytes[pos - 1] == '\n' || bytes[pos - 1] == '\r' && bytes[pos] != '\n')) {
                pos++;
            }
            if (pos == length && readFrom + length < size) {
                // No line break near: a very long record. Parse from its real start, which the chunk before knows.
                c.start = -2;
                return c;
            }
        }
        c.start = readFrom + pos;
        Parser parser = plan.parser();
        try {
            return parse(input, size, parser, c, bytes, readFrom, length, pos, nominalEnd);
        } finally {
            plan.release(parser);
        }
    }

    private static Chunk parse(Input input, long size, Parser parser, Chunk c, byte[] bytes, long readFrom,
            int length, int pos, long nominalEnd) throws IOException {
        parser.startChunk();
        int limitIndex = (int) (nominalEnd - readFrom);
        int line = 0;
        while (pos < limitIndex) {
            boolean atEof = readFrom + length == size;
            int end = parser.scan.record(bytes, pos, length, atEof);
            if (end < 0) {
                // The record runs past the bytes read: read more.
                int more = (int) Math.min(size - readFrom - length, Math.max(SLACK, length / 2));
                byte[] bigger = Arrays.copyOf(bytes, length + more);
                int done = 0;
                while (done < more) {
                    int n = input.read(readFrom + length + done, bigger, length + done, more - done);
                    if (n < 0) {
                        break;
                    }
                    done += n;
                }
                bytes = bigger;
                length += done;
                continue;
            }
            if (!parser.scan.blank || parser.scan.problem) {
                parser.row(bytes, pos, end, line, c);
            }
            line += parser.scan.lines;
            pos = end;
        }
        c.bytes = bytes;
        c.end = readFrom + pos;
        c.lines = line;
        return c;
    }

    // ------------------------------------------------------------------------------------------- scanning

    /**
     * Finds the fields of one record the way {@link CsvReader} reads them: a field that starts with a quote is quoted
     * and may hold delimiters, line breaks and doubled quotes; records end at CRLF, LF or CR.
     */
    static final class Scanner {
        final byte delimiter;
        final int maxField;
        int[] start = new int[32];
        int[] end = new int[32];
        boolean[] escaped = new boolean[32];
        int fields;
        int lines;
        boolean blank;
        /** Something the reader reports as a problem of the record, or that is not plain: the importer reads it. */
        boolean problem;
        private final long delimiters;

        Scanner(byte delimiter, int maxField) {
            this.delimiter = delimiter;
            this.maxField = maxField;
            this.delimiters = Words8.repeated(delimiter);
        }

        /** Scans the record at {@code pos}; returns where the next one starts, or -1 when more bytes are needed. */
        int record(byte[] b, int pos, int limit, boolean atEof) {
            fields = 0;
            lines = 0;
            blank = true;
            problem = false;
            int p = pos;
            while (true) {
                if (fields == start.length) {
                    start = Arrays.copyOf(start, fields * 2);
                    end = Arrays.copyOf(end, fields * 2);
                    escaped = Arrays.copyOf(escaped, fields * 2);
                }
                if (p < limit && b[p] == '"') {
                    int s = p + 1;
                    int q = s;
                    boolean esc = false;
                    while (true) {
                        q = Words8.skipUntil(b, q, limit, Words8.QUOTES);
                        if (q >= limit) {
                            if (!atEof) {
                                return -1;
                            }
                            problem = true; // never closed: the rest of the input is this field
                            start[fields] = s;
                            end[fields] = limit;
                            escaped[fields++] = esc;
                            return limit;
                        }
                        byte x = b[q];
                        if (x == '"') {
                            if (q + 1 >= limit && !atEof) {
                                return -1;
                            }
                            if (q + 1 < limit && b[q + 1] == '"') {
                                esc = true;
                                q += 2;
                                continue;
                            }
                            break;
                        }
                        if (x == '\r' || x == '\n') {
                            if (x == '\r') {
                                if (q + 1 >= limit && !atEof) {
                                    return -1;
                                }
                                if (q + 1 < limit && b[q + 1] == '\n') {
                                    q++;
                                }
                            }
                            lines++;
                            esc = true; // a line break in a field reads as \n
                        }
                        q++;
                    }
                    start[fields] = s;
                    end[fields] = q;
                    escaped[fields] = esc;
                    if (blank && q > s && (esc || !isSpace(b, s, q))) {
                        blank = false; // doubled quotes or line breaks: not taken for blank here (the reader decides)
                    }
                    p = q + 1;
                    if (p < limit && b[p] != delimiter && b[p] != '\r' && b[p] != '\n') {
                        problem = true; // text after the closing quote
                        while (p < limit && b[p] != delimiter && b[p] != '\r' && b[p] != '\n') {
                            p++;
                        }
                        if (p >= limit && !atEof) {
                            return -1;
                        }
                    }
                } else {
                    int s = p;
                    p = Words8.skipUntil(b, p, limit, delimiters);
                    if (p >= limit && !atEof) {
                        return -1;
                    }
                    start[fields] = s;
                    end[fields] = p;
                    escaped[fields] = false;
                    if (blank && p > s && !isSpace(b, s, p)) {
                        blank = false;
                    }
                }
                if (end[fields] - start[fields] > maxField) {
                    problem = true;
                }
                fields++;
                if (p >= limit) {
                    return p;
                }
                byte x = b[p];
                if (x == delimiter) {
                    p++;
                    continue;
                }
                lines++;
                if (x == '\r') {
                    if (p + 1 >= limit && !atEof) {
                        return -1;
                    }
                    if (p + 1 < limit && b[p + 1] == '\n') {
                        p++;
                    }
                }
                return p + 1;
            }
        }

        /** Whether bytes are ASCII white space only; bytes beyond ASCII may be white space too: not blank then. */
        private boolean isSpace(byte[] b, int s, int e) {
            for (int i = s; i < e; i++) {
                byte x = b[i];
                if (x < 0) {
                    return false; // perhaps white space beyond ASCII: such a row cannot pass as plain, so the reader decides
                }
                if (!(x == ' ' || x >= 9 && x <= 13 || x >= 28 && x <= 31)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Reads bytes eight at a time (a {@code long} each) to find the next delimiter, quote or line break, and hashes
     * keys the same way: the scanning and hashing of each row's fields is most of the work of a parse.
     */
    static final class Words8 {
        private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
                ByteOrder.LITTLE_ENDIAN);
        private static final long ONES = 0x0101010101010101L;
        private static final long HIGHS = 0x8080808080808080L;
        private static final long CRS = repeated((byte) '\r');
        private static final long LFS = repeated((byte) '\n');
        static final long QUOTES = repeated((byte) '"');
        private static final long MIX = 0x9E3779B97F4A7C15L;

        private Words8() {}

        /** Returns a byte in each of the eight bytes of a word. */
        static long repeated(byte b) {
            return (b & 0xFFL) * ONES;
        }

        /**
         * Returns the first position from {@code from} whose byte is the one repeated in {@code stop}, a CR or an LF;
         * {@code limit} when there is none.
         */
        static int skipUntil(byte[] b, int from, int limit, long stop) {
            int p = from;
            while (p + 8 <= limit) {
                long w = (long) LONGS.get(b, p);
                long hit = zeroBytes(w ^ stop) | zeroBytes(w ^ CRS) | zeroBytes(w ^ LFS);
                if (hit != 0) {
                    return p + (Long.numberOfTrailingZeros(hit) >>> 3);
                }
                p += 8;
            }
            byte one = (byte) stop;
            while (p < limit && b[p] != one && b[p] != '\r' && b[p] != '\n') {
                p++;
            }
            return p;
        }

        /** Marks the zero bytes of a word with their high bit; the lowest mark is exact (higher ones may be false). */
        private static long zeroBytes(long v) {
            return (v - ONES) & ~v & HIGHS;
        }

        /** Hashes bytes a word at a time. */
        static int hash(byte[] b, int from, int to, int seed) {
            long h = seed;
            int p = from;
            for (; p + 8 <= to; p += 8) {
                h = (h ^ (long) LONGS.get(b, p)) * MIX;
            }
            long tail = 0;
            if (to - from >= 8 && p < to) {
                tail = (long) LONGS.get(b, to - 8); // the last eight bytes, overlapping the words before
            } else {
                for (int k = 0; p < to; p++, k += 8) {
                    tail |= (b[p] & 0xFFL) << k;
                }
            }
            h = (h ^ tail ^ (to - from)) * MIX;
            return (int) (h ^ (h >>> 29));
        }
    }

    // ------------------------------------------------------------------------------------------- rows

    /** What every worker shares: the columns, the defaults, and the reference reader's matchers. */
    static final class Plan {
        final CsvObservationImporter.Row reference;
        final byte delimiter;
        final int maxField;
        final int columns;
        final int id;
        final int date;
        final int time;
        final int datetime;
        final int timeOfDay;
        final int area;
        final int place;
        final int category;
        final int severity;
        final int description;
        final int source;
        final int reporter;
        final int channel;
        final int visibility;
        final int lat;
        final int lon;
        final int reported;
        /** Chunks taken and free for the next: their buffers are kept. */
        private final java.util.concurrent.ConcurrentLinkedQueue<Chunk> chunks =
                new java.util.concurrent.ConcurrentLinkedQueue<>();
        /** Parsers free for the next chunk: a parser keeps what it has looked up (areas, categories, days). */
        private final java.util.concurrent.ConcurrentLinkedQueue<Parser> parsers =
                new java.util.concurrent.ConcurrentLinkedQueue<>();

        Plan(CsvObservationImporter.Row reference, byte delimiter, int maxField) {
            this.reference = reference;
            this.delimiter = delimiter;
            this.maxField = maxField;
            this.columns = reference.columnCount();
            this.id = reference.index(Field.ID);
            this.date = reference.index(Field.DATE);
            this.time = reference.index(Field.TIME);
            this.datetime = reference.index(Field.DATETIME);
            this.timeOfDay = reference.index(Field.TIMEOFDAY);
            this.area = reference.index(Field.AREA);
            this.place = reference.index(Field.PLACE);
            this.category = reference.index(Field.CATEGORY);
            this.severity = reference.index(Field.SEVERITY);
            this.description = reference.index(Field.DESCRIPTION);
            this.source = reference.index(Field.SOURCE);
            this.reporter = reference.index(Field.REPORTER);
            this.channel = reference.index(Field.CHANNEL);
            this.visibility = reference.index(Field.VISIBILITY);
            this.lat = reference.index(Field.LAT);
            this.lon = reference.index(Field.LON);
            this.reported = reference.index(Field.REPORTED);
        }

        /** Returns a parser for one thread's use, until it is {@link #release released}. */
        Parser parser() {
            Parser p = parsers.poll();
            return p != null ? p : new Parser(this);
        }

        void release(Parser parser) {
            parsers.add(parser);
        }

        /** Returns an empty chunk for one thread's use, until it is {@link #recycle recycled}. */
        Chunk chunk() {
            Chunk c = chunks.poll();
            return c != null ? c : new Chunk();
        }

        void recycle(Chunk c) {
            c.clear();
            chunks.add(c);
        }
    }

    /** Turns records in the common form into batch rows; leaves the others for the importer's reader. */
    static final class Parser {
        private static final Object FAIL = new Object();
        /** The id of a row whose id is made from its line, until the line is known. */
        private static final byte[] PENDING = {'p'};
        private static final TimeOfDay[] BANDS = TimeOfDay.values();
        private static final long NO_SUCH_DAY = Long.MAX_VALUE;

        final Plan plan;
        final Scanner scan;
        private final ByteCache areas = new ByteCache(1 << 20);
        private final ByteCache categories = new ByteCache(1 << 16);
        private final ByteCache sources = new ByteCache(256);
        private final ByteCache visibilities = new ByteCache(256);
        private final ByteCache reporters = new ByteCache(1 << 20);
        private final ByteCache names = new ByteCache(1 << 16);
        /** Where a quoted field's text is written, doubled quotes undone. */
        private byte[] unescaped = new byte[256];
        /**
         * Per year from 1900, month and day 1 to 31: local midnight as an epoch second + 1, 0 when not computed,
         * {@code Long.MIN_VALUE} for a day with a DST change, {@link #NO_SUCH_DAY} for 31 April and the like.
         */
        private final long[] midnight = new long[300 * 12 * 31];

        Parser(Plan plan) {
            this.plan = plan;
            this.scan = new Scanner(plan.delimiter, plan.maxField);
        }

        /** Gets ready for a chunk of its own batch: the batch codes kept with cached values belong to the last one. */
        void startChunk() {
            areas.forgetCodes();
            categories.forgetCodes();
        }

        void row(byte[] b, int from, int to, int line, Chunk c) {
            if (!fast(b, line, c, from, to)) {
                c.slow(c.batch.size(), line, from, to);
            }
        }

        private boolean fast(byte[] b, int line, Chunk c, int from, int to) {
            Plan p = plan;
            Scanner s = scan;
            if (s.problem || s.fields != p.columns) {
                return false;
            }
            // Time: an ISO date and an optional hh:mm clock time; no datetime, part of the day or report time.
            if (p.date < 0 || nonEmpty(p.datetime) || nonEmpty(p.timeOfDay) || nonEmpty(p.reported)) {
                return false;
            }
            int ds = s.start[p.date];
            if (s.end[p.date] - ds != 10 || s.escaped[p.date]) {
                return false;
            }
            int year = digits(b, ds, 4);
            int month = digits(b, ds + 5, 2);
            int day = digits(b, ds + 8, 2);
            if (year < 1900 || year >= 2200 || month < 1 || month > 12 || day < 1 || day > 31 || b[ds + 4] != '-'
                    || b[ds + 7] != '-') {
                return false;
            }
            long mid = midnight(year, month, day);
            if (mid == NO_SUCH_DAY) {
                return false;
            }
            int hour = -1;
            int minute = 0;
            if (nonEmpty(p.time)) {
                int ts = s.start[p.time];
                if (s.end[p.time] - ts != 5 || s.escaped[p.time] || b[ts + 2] != ':') {
                    return false;
                }
                hour = digits(b, ts, 2);
                minute = digits(b, ts + 3, 2);
                if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
                    return false;
                }
            }
            long second;
            TimeOfDay band;
            TimePrecision precision;
            if (mid != Long.MIN_VALUE) {
                second = mid + (hour < 0 ? 12 * 3600 : hour * 3600L + minute * 60L);
                band = BANDS[(hour < 0 ? 12 : hour) / 6];
            } else {
                ZonedDateTime at = LocalDateTime.of(year, month, day, hour < 0 ? 12 : hour, minute).atZone(Period.ZONE);
                second = at.toEpochSecond();
                band = TimeOfDay.of(at.toLocalTime());
            }
            precision = hour < 0 ? TimePrecision.DATE : TimePrecision.EXACT;

            Object area = lookup(areas, b, p.area, 0);
            Object category = lookup(categories, b, p.category, 1);
            if (area == FAIL || category == FAIL || area == null || category == null) {
                return false;
            }
            // The batch's dictionary codes, kept beside the cached values: no hash lookup of the value per row.
            int areaCode = areas.lastCode();
            if (areaCode < 0) {
                areaCode = c.batch.areaCode((AreaId) area);
                areas.setLastCode(areaCode);
            }
            int categoryCode = categories.lastCode();
            if (categoryCode < 0) {
                categoryCode = c.batch.categoryCode((CategoryId) category);
                categories.setLastCode(categoryCode);
            }
            if (p.severity < 0 || s.end[p.severity] - s.start[p.severity] != 1) {
                return false;
            }
            int rank = b[s.start[p.severity]] - '0';
            if (rank < 1 || rank > 5) {
                return false;
            }
            Object reporter = nonEmpty(p.reporter) ? lookup(reporters, b, p.reporter, 2) : null;
            if (reporter == FAIL) {
                return false;
            }
            Source source;
            if (nonEmpty(p.source)) {
                Object x = lookup(sources, b, p.source, 3);
                if (x == FAIL || x == null) {
                    return false;
                }
                source = (Source) x;
            } else if (p.reference.defaultSource().isPresent()) {
                source = p.reference.defaultSource().get();
            } else if (reporter != null) {
                source = Source.REPORTER;
            } else {
                return false;
            }
            Visibility visibility;
            if (nonEmpty(p.visibility)) {
                Object x = lookup(visibilities, b, p.visibility, 4);
                if (x == FAIL || x == null) {
                    return false;
                }
                visibility = (Visibility) x;
            } else {
                visibility = p.reference.defaultVisibility().orElse(source == Source.POLICE ? Visibility.GROUP
                        : Visibility.PARTNERS);
            }
            Object place = nonEmpty(p.place) ? lookup(names, b, p.place, 5) : null;
            Object channel = nonEmpty(p.channel) ? lookup(names, b, p.channel, 5) : null;
            if (place == FAIL || channel == FAIL) {
                return false;
            }
            // A point: both or neither, up to seven decimals, '.' or ','; 0 and 0 mean none.
            int latE7 = 0;
            int lonE7 = 0;
            boolean point = false;
            boolean hasLat = nonEmpty(p.lat);
            boolean hasLon = nonEmpty(p.lon);
            if (hasLat != hasLon) {
                return false;
            }
            if (hasLat) {
                long la = e7(b, s.start[p.lat], s.end[p.lat], s.escaped[p.lat]);
                long lo = e7(b, s.start[p.lon], s.end[p.lon], s.escaped[p.lon]);
                if (la == Long.MIN_VALUE || lo == Long.MIN_VALUE || Math.abs(la) > 900_000_000L
                        || Math.abs(lo) > 1_800_000_000L) {
                    return false;
                }
                point = la != 0 || lo != 0;
                latE7 = (int) la;
                lonE7 = (int) lo;
            }
            // The id: written, or made from the line once the line is known.
            boolean hasId = nonEmpty(p.id);
            int is = hasId ? s.start[p.id] : 0;
            int ie = hasId ? s.end[p.id] : PENDING.length;
            if (hasId && s.escaped[p.id]) {
                return false; // the batch checks the id's form; an id it cannot take leaves the row to the importer
            }
            ObservationBatch batch = c.batch;
            try {
                int row = batch.addRow(hasId ? b : PENDING, is, ie, areaCode, categoryCode, second, precision, band,
                        Severity.of(rank), source, visibility, (ReporterId) reporter);
                try {
                    if (place != null) {
                        batch.placeName((String) place);
                    }
                    if (channel != null) {
                        batch.channel((String) channel);
                    }
                    if (p.description >= 0 && !description(b, p.description, batch)) {
                        batch.removeLastRow();
                        return false;
                    }
                    if (point) {
                        batch.pointE7(latE7, lonE7);
                    }
                } catch (ValidationException | IllegalArgumentException e) {
                    batch.removeLastRow();
                    return false;
                }
                if (row == c.rowLine.length) {
                    int n = row * 2 + 16;
                    c.rowLine = Arrays.copyOf(c.rowLine, n);
                    c.rowStart = Arrays.copyOf(c.rowStart, n);
                    c.rowEnd = Arrays.copyOf(c.rowEnd, n);
                }
                c.rowLine[row] = line;
                c.rowStart[row] = from;
                c.rowEnd[row] = to;
                if (!hasId) {
                    if (c.generatedCount == c.generated.length) {
                        c.generated = Arrays.copyOf(c.generated, c.generatedCount * 2);
                    }
                    c.generated[c.generatedCount++] = row;
                }
                return true;
            } catch (ValidationException | IllegalArgumentException e) {
                return false;
            }
        }

        /**
         * Sets the last row's description, stripped as the importer strips it: plain bytes straight from the input;
         * returns false when it is too long.
         */
        private boolean description(byte[] b, int column, ObservationBatch batch) {
            int s = scan.start[column];
            int e = scan.end[column];
            if (e == s) {
                return true;
            }
            if (b[s] > ' ' && b[e - 1] > ' ') { // nothing to strip: ASCII at both ends, not white space
                if (scan.escaped[column]) {
                    batch.descriptionUtf8(unescaped, 0, unescape(b, s, e));
                } else {
                    batch.descriptionUtf8(b, s, e);
                }
                return true;
            }
            String text = text(b, column).strip();
            if (text.length() > Observation.MAX_DESCRIPTION_LENGTH) {
                return false;
            }
            if (!text.isEmpty()) {
                batch.description(text);
            }
            return true;
        }

        private boolean nonEmpty(int column) {
            return column >= 0 && scan.end[column] > scan.start[column];
        }

        /**
         * Local midnight of a day from 1900 to 2199 as an epoch second; {@code Long.MIN_VALUE} for a day with a DST
         * change, {@link #NO_SUCH_DAY} for a day the month does not have.
         */
        private long midnight(int year, int month, int day) {
            int i = ((year - 1900) * 12 + month - 1) * 31 + day - 1;
            long m = midnight[i];
            if (m == 0) {
                if (day > YearMonth.of(year, month).lengthOfMonth()) {
                    m = NO_SUCH_DAY;
                } else {
                    LocalDate d = LocalDate.of(year, month, day);
                    long start = d.atStartOfDay(Period.ZONE).toEpochSecond();
                    long next = d.plusDays(1).atStartOfDay(Period.ZONE).toEpochSecond();
                    m = next - start == 86_400 ? start + 1 : Long.MIN_VALUE;
                }
                midnight[i] = m;
            }
            return m == Long.MIN_VALUE || m == NO_SUCH_DAY ? m : m - 1;
        }

        /** Looks a cell up by its bytes; on a miss, the importer's reading of the tidied text decides, once. */
        private Object lookup(ByteCache cache, byte[] b, int column, int kind) {
            if (column < 0) {
                return null;
            }
            int s = scan.start[column];
            int e = scan.end[column];
            boolean esc = scan.escaped[column];
            Object hit = cache.get(b, s, e, esc);
            if (hit != null) {
                return hit;
            }
            String tidy = Text.tidy(text(b, column));
            Object value;
            try {
                switch (kind) {
                    case 0:
                        value = tidy.isEmpty() ? FAIL : plan.reference.area(tidy);
                        break;
                    case 1:
                        value = tidy.isEmpty() ? FAIL : plan.reference.category(tidy);
                        break;
                    case 2:
                        value = tidy.isEmpty() ? FAIL : ReporterId.of(tidy);
                        break;
                    case 3:
                        value = tidy.isEmpty() ? FAIL : Words.source(tidy);
                        break;
                    case 4:
                        value = tidy.isEmpty() ? FAIL : Words.visibility(tidy);
                        break;
                    default:
                        value = tidy.isEmpty() || tidy.isBlank() || tidy.length() > Observation.MAX_NAME_LENGTH ? FAIL
                                : tidy;
                }
            } catch (RuntimeException ex) {
                value = FAIL;
            }
            if (value == null) {
                value = FAIL;
            }
            cache.put(b, s, e, esc, value);
            return value;
        }

        private String text(byte[] b, int column) {
            int s = scan.start[column];
            int e = scan.end[column];
            if (!scan.escaped[column]) {
                return ascii(b, s, e) ? new String(b, s, e - s, StandardCharsets.ISO_8859_1)
                        : new String(b, s, e - s, StandardCharsets.UTF_8);
            }
            return new String(unescaped, 0, unescape(b, s, e), StandardCharsets.UTF_8);
        }

        private static boolean ascii(byte[] b, int s, int e) {
            for (int i = s; i < e; i++) {
                if (b[i] < 0) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Writes a quoted field's text into {@link #unescaped}, doubled quotes as one, line breaks (CRLF, CR, LF) as
         * {@code \n}; returns its length.
         */
        private int unescape(byte[] b, int s, int e) {
            if (unescaped.length < e - s) {
                unescaped = new byte[Math.max(e - s, unescaped.length * 2)];
            }
            byte[] out = unescaped;
            int n = 0;
            for (int i = s; i < e; i++) {
                byte x = b[i];
                if (x == '"' && i + 1 < e && b[i + 1] == '"') {
                    i++;
                } else if (x == '\r') {
                    if (i + 1 < e && b[i + 1] == '\n') {
                        i++;
                    }
                    x = '\n';
                }
                out[n++] = x;
            }
            return n;
        }

        private static int digits(byte[] b, int at, int n) {
            int v = 0;
            for (int i = 0; i < n; i++) {
                int d = b[at + i] - '0';
                if (d < 0 || d > 9) {
                    return -1;
                }
                v = v * 10 + d;
            }
            return v;
        }

        /** Degrees × 10^7 of {@code -?d+([.,]d{1,7})?}, or {@code Long.MIN_VALUE} for anything else. */
        private static long e7(byte[] b, int s, int e, boolean escaped) {
            if (escaped || e - s > 16) {
                return Long.MIN_VALUE;
            }
            int i = s;
            boolean negative = false;
            if (i < e && b[i] == '-') {
                negative = true;
                i++;
            }
            long whole = 0;
            int wholeDigits = 0;
            while (i < e && b[i] >= '0' && b[i] <= '9') {
                whole = whole * 10 + (b[i] - '0');
                wholeDigits++;
                i++;
            }
            if (wholeDigits == 0 || wholeDigits > 3) {
                return Long.MIN_VALUE;
            }
            long fraction = 0;
            int decimals = 0;
            if (i < e && (b[i] == '.' || b[i] == ',')) {
                i++;
                while (i < e && b[i] >= '0' && b[i] <= '9') {
                    fraction = fraction * 10 + (b[i] - '0');
                    decimals++;
                    i++;
                }
                if (decimals == 0 || decimals > 7) {
                    return Long.MIN_VALUE;
                }
            }
            if (i != e) {
                return Long.MIN_VALUE;
            }
            for (int d = decimals; d < 7; d++) {
                fraction *= 10;
            }
            long v = whole * 10_000_000L + fraction;
            return negative ? -v : v;
        }
    }

    /**
     * A small open-addressing map from cell bytes to what they were read as, with a batch code kept beside each value.
     * The keys' bytes lie one after another in one array and each slot keeps its key's hash, so that a lookup reads
     * few cache lines. Not thread-safe: one per parser.
     */
    static final class ByteCache {
        private final int cap;
        /** Per slot: where its key starts in {@link #bytes}, -1 for an empty slot. */
        private int[] starts = new int[64];
        private int[] lengths = new int[64];
        private int[] hashes = new int[64];
        private Object[] values = new Object[64];
        private int[] codes = new int[64];
        private byte[] bytes = new byte[1024];
        private int used;
        private int last = -1;
        private int size;

        ByteCache(int cap) {
            this.cap = cap;
            Arrays.fill(starts, -1);
        }

        Object get(byte[] b, int s, int e, boolean escaped) {
            int hash = Words8.hash(b, s, e, escaped ? 7 : 1);
            int length = escaped ? ~(e - s) : e - s;
            int mask = starts.length - 1;
            for (int i = hash & mask; ; i = (i + 1) & mask) {
                int start = starts[i];
                if (start < 0) {
                    last = -1;
                    return null;
                }
                if (hashes[i] == hash && lengths[i] == length
                        && Arrays.equals(bytes, start, start + e - s, b, s, e)) {
                    last = i;
                    return values[i];
                }
            }
        }

        /** Returns the code kept with the value last found, or -1. */
        int lastCode() {
            return last < 0 ? -1 : codes[last];
        }

        void forgetCodes() {
            Arrays.fill(codes, -1);
            last = -1;
        }

        void setLastCode(int code) {
            if (last >= 0) {
                codes[last] = code;
            }
        }

        void put(byte[] b, int s, int e, boolean escaped, Object value) {
            last = -1;
            if (size >= cap) {
                return; // many distinct values (free text): not worth keeping
            }
            if ((size + 1) * 2 > starts.length) {
                grow();
            }
            if (used + (e - s) > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + (e - s)));
            }
            System.arraycopy(b, s, bytes, used, e - s);
            last = insert(used, escaped ? ~(e - s) : e - s, Words8.hash(b, s, e, escaped ? 7 : 1), value, -1);
            used += e - s;
            size++;
        }

        private void grow() {
            int[] oldStarts = starts;
            int[] oldLengths = lengths;
            int[] oldHashes = hashes;
            Object[] oldValues = values;
            int[] oldCodes = codes;
            int n = oldStarts.length * 2;
            starts = new int[n];
            Arrays.fill(starts, -1);
            lengths = new int[n];
            hashes = new int[n];
            values = new Object[n];
            codes = new int[n];
            for (int i = 0; i < oldStarts.length; i++) {
                if (oldStarts[i] >= 0) {
                    insert(oldStarts[i], oldLengths[i], oldHashes[i], oldValues[i], oldCodes[i]);
                }
            }
        }

        /** Puts a key (its bytes at {@code start}; its length, complemented when escaped) in a free slot. */
        private int insert(int start, int length, int hash, Object value, int code) {
            int mask = starts.length - 1;
            int i = hash & mask;
            while (starts[i] >= 0) {
                i = (i + 1) & mask;
            }
            starts[i] = start;
            lengths[i] = length;
            hashes[i] = hash;
            values[i] = value;
            codes[i] = code;
            return i;
        }
    }
}
