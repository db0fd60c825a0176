package org.est4j.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import org.est4j.core.ingest.ImportContext;
import org.est4j.core.ingest.ImportException;
import org.est4j.core.ingest.Rejection;
import org.est4j.core.spi.Source;

/**
 * Reads a JSON array of records one record at a time, with Jackson's streaming parser under
 * {@link StreamReadConstraints} taken from the {@link ImportContext}, and hands each record to a handler as a tree.
 * Records are numbered from 1; that number is the {@link Rejection#line()} of a rejected record.
 *
 * <p><b>Limits.</b> The document may not be larger than {@link ImportContext#maxBytes()} nor nested deeper than
 * {@link ImportContext#maxNestingDepth()}: past either the import stops with an {@link ImportException}. A string
 * longer than {@link ImportContext#maxFieldLength()} rejects its record, and reading goes on; but the parser must
 * hold a string to measure it, so a string longer than {@link #stringLimit(ImportContext)} (four times the field
 * limit, at least 1 Mi characters) stops the import too. Past {@link ImportContext#maxRows()} records the rest
 * is rejected as one record. Syntax errors stop the import: after one, no record boundary can be trusted.
 *
 * <p>No default typing, no polymorphic types: records are read as plain trees.
 */
public final class JsonRecords {
    private static final long MIN_STRING_LIMIT = 1 << 20;

    private JsonRecords() {}

    /** What an importer does with one record. */
    @FunctionalInterface
    public interface Handler {
        /**
         * Accepts or rejects one record into the rows.
         *
         * @param number the record's number, from 1
         * @param record the record as read
         */
        void record(long number, JsonNode record);
    }

    /**
     * Returns the longest string the parser holds before it gives up on the whole input.
     *
     * @param context the limits
     * @return {@code max(4 × maxFieldLength, 1 Mi)}, at most {@link Integer#MAX_VALUE}
     */
    public static int stringLimit(ImportContext context) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(4L * context.maxFieldLength(), MIN_STRING_LIMIT));
    }

    /**
     * Reads every record of a JSON array.
     *
     * @param source the input
     * @param context the limits
     * @param rows where the maxRows overflow is counted
     * @param what what the records are, for messages, such as {@code "police events"}
     * @param handler called for each record in order
     * @throws ImportException when the input is not a JSON array, cannot be read, or passes a limit
     */
    public static void read(Source source, ImportContext context, Rows rows, String what, Handler handler) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(context.maxNestingDepth())
                .maxDocumentLength(context.maxBytes())
                .maxStringLength(stringLimit(context))
                .maxNameLength(Math.min(stringLimit(context), StreamReadConstraints.DEFAULT_MAX_NAME_LEN))
                .build();
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(constraints).build();
        ObjectMapper mapper = JsonMapper.builder(factory).build();
        long reading = 1; // the number of the record being read, or to be read next
        try (InputStream in = new LimitedInputStream(source.open(), context.maxBytes());
                JsonParser parser = mapper.createParser(in)) {
            JsonToken token = parser.nextToken();
            if (token != JsonToken.START_ARRAY) {
                throw stop(source, 0, "the input is not a JSON array of " + what + ": it must start with [, but "
                        + (token == null ? "it is empty" : "it starts with " + describe(token)), null, parser);
            }
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw stop(source, reading, "the input ends inside the array: the closing ] is missing",
                            null, parser);
                }
                long number = reading;
                if (rows.count() >= context.maxRows()) {
                    rows.reject(Rejection.builder().source(source.name()).line(number)
                            .reason("the input has more than " + context.maxRows() + " records (maxRows): this record"
                                    + " and the rest of the input were not read; split the input")
                            .build());
                    return;
                }
                JsonNode record = mapper.readTree(parser);
                handler.record(number, record);
                reading++;
            }
            if (parser.nextToken() != null) {
                throw stop(source, reading - 1, "there is more text after the closing ] of the array", null, parser);
            }
        } catch (StreamConstraintsException e) {
            throw stop(source, reading, limitReason(e, context), e, null);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw stop(source, reading, "the input is not valid JSON" + (at == null ? "" : " at line "
                    + at.getLineNr() + ", column " + at.getColumnNr()) + ": " + e.getOriginalMessage(), e, null);
        } catch (LimitedInputStream.TooLargeException e) {
            throw stop(source, reading, "the input is larger than the limit of " + e.limit()
                    + " bytes (maxBytes): split it, or raise the limit if the input is trusted", e, null);
        } catch (IOException e) {
            throw stop(source, reading, "the input cannot be read: " + e.getMessage(), e, null);
        }
    }

    /**
     * Tells why a record cannot be read field by field: it is not a JSON object, or one of its string values is longer
     * than the field limit.
     *
     * @param source the input's name
     * @param number the record's number, from 1
     * @param record the record
     * @param what what a record should be, such as {@code "a police event"}
     * @param maxFieldLength the field limit
     * @return the rejection, or empty when the record's shape is fine
     */
    public static Optional<Rejection> shapeProblem(String source, long number, JsonNode record, String what,
            int maxFieldLength) {
        String raw = record.toString();
        if (!record.isObject()) {
            return Optional.of(rejection(source, number, null,
                    "the record is not a JSON object with the fields of " + what, raw, false));
        }
        return tooLong(record, "", maxFieldLength).map(field -> rejection(source, number, field,
                "the field is longer than " + maxFieldLength + " characters (maxFieldLength)", raw, false));
    }

    /**
     * Returns the rejection of one record.
     *
     * @param source the input's name
     * @param number the record's number, from 1
     * @param field the offending field, or null when the record as a whole is at fault
     * @param reason why, in words that say what to change
     * @param raw the record as read
     * @param excluded true when the record is valid input left out on purpose rather than in error
     * @return the rejection
     */
    public static Rejection rejection(String source, long number, String field, String reason, String raw,
            boolean excluded) {
        return Rejection.builder().source(source).line(number).field(Optional.ofNullable(field)).reason(reason)
                .raw(raw).excluded(excluded).build();
    }

    private static Optional<String> tooLong(JsonNode node, String path, int max) {
        if (node.isTextual()) {
            return node.textValue().length() > max ? Optional.of(path.isEmpty() ? "(value)" : path) : Optional.empty();
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (e.getKey().length() > max) {
                    return Optional.of(path.isEmpty() ? "(name)" : path + ".(name)");
                }
                Optional<String> found = tooLong(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), max);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<String> found = tooLong(node.get(i), path + "[" + i + "]", max);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Returns a text member of an object.
     *
     * @param record the object
     * @param name the member
     * @return the tidied text (numbers as text), or empty when missing, null or blank
     */
    public static Optional<String> text(JsonNode record, String name) {
        JsonNode node = record.get(name);
        if (node == null || node.isNull() || node.isContainerNode()) {
            return Optional.empty();
        }
        String text = Text.tidy(node.asText());
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static String describe(JsonToken token) {
        return token.asString() != null ? token.asString() : token.isNumeric() ? "a number"
                : token == JsonToken.VALUE_STRING ? "a string" : token.name();
    }

    private static String limitReason(StreamConstraintsException e, ImportContext context) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("nesting depth")) {
            return "the input is nested deeper than " + context.maxNestingDepth()
                    + " levels (maxNestingDepth): it is not a flat list of records";
        }
        if (message.contains("Document length") || message.contains("document length")) {
            return "the input is larger than the limit of " + context.maxBytes() + " bytes (maxBytes): split it, or"
                    + " raise the limit if the input is trusted";
        }
        if (message.contains("String value length") || message.contains("Name length")) {
            return "the input holds a string longer than " + stringLimit(context) + " characters, more than the"
                    + " parser keeps (4 × maxFieldLength, at least 1 Mi): it is not a list of records";
        }
        return "the input passes a limit of the JSON parser: " + message;
    }

    private static ImportException stop(Source source, long line, String reason, Exception cause, JsonParser parser) {
        String where = "";
        if (parser != null) {
            JsonLocation at = parser.currentTokenLocation();
            where = " (at line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        }
        return new ImportException(Rejection.builder().source(source.name()).line(line).reason(reason + where)
                .build(), cause);
    }
}
