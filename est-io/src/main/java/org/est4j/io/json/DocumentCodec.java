package org.est4j.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.est4j.core.Problem;
import org.est4j.io.json.internal.Reading;

/** The Jackson serializer and deserializer of {@link EstDocument}, the versioned envelope. */
final class DocumentCodec {
    /** The deserialization attribute under which {@link EstJson} names the kind it expects. */
    static final Object EXPECTED_KIND = new Object();

    private static final Pattern VERSION = Pattern.compile("(\\d{1,9})\\.(\\d{1,9})");
    private static final List<String> ENVELOPE = List.of("format", "version", "kind", "content");

    private DocumentCodec() {}

    /** Writes {@code {"format": "est4j", "version": "1.0", "kind": …, "content": …}}, in that order. */
    static final class Serializer extends StdSerializer<EstDocument<?>> {
        private static final long serialVersionUID = 1L;

        Serializer() {
            super(EstDocument.class, false);
        }

        @Override
        public void serialize(EstDocument<?> document, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartObject();
            g.writeStringField("format", EstJson.FORMAT);
            g.writeStringField("version", EstJson.VERSION);
            g.writeStringField("kind", document.kind().id());
            g.writeFieldName("content");
            document.kind().write(document.content(), g);
            g.writeEndObject();
        }
    }

    /**
     * Reads the envelope, then the content with the kind's codec. The header may come in any order; content that
     * comes before {@code version} and {@code kind} is buffered until they are known.
     */
    static final class Deserializer extends StdDeserializer<EstDocument<?>> {
        private static final long serialVersionUID = 1L;

        Deserializer() {
            super(EstDocument.class);
        }

        @Override
        public EstDocument<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.START_OBJECT) {
                token = p.nextToken();
            } else if (token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT) {
                throw new InvalidContentException(p, List.of(new Problem("", "must be an object: an est4j document "
                        + "{\"format\": \"est4j\", \"version\": \"" + EstJson.VERSION + "\", \"kind\": …, \"content\": …}",
                        Reading.brief(ctxt.readTree(p)))));
            }
            Header header = new Header((DocumentKind<?>) ctxt.getAttribute(EXPECTED_KIND));
            TokenBuffer buffered = null;
            Object content = null;
            boolean contentSeen = false;
            for (; token == JsonToken.FIELD_NAME; token = p.nextToken()) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "format":
                        header.format = text(p, ctxt, header, "format");
                        break;
                    case "version":
                        header.version = text(p, ctxt, header, "version");
                        break;
                    case "kind":
                        header.kind = text(p, ctxt, header, "kind");
                        break;
                    case "content":
                        contentSeen = true;
                        if (header.isComplete()) {
                            content = readContent(p, ctxt, header);
                        } else {
                            buffered = ctxt.bufferAsCopyOfValue(p);
                        }
                        break;
                    default:
                        header.unknown.add(name);
                        p.skipChildren();
                }
            }
            if (buffered != null) {
                header.check(p, ctxt);
                try (JsonParser replay = buffered.asParserOnFirstToken()) {
                    content = readContent(replay, ctxt, header);
                }
            }
            header.check(p, ctxt);
            if (!contentSeen) {
                header.problems.add(new Problem("content", "is required: the document's " + header.kindOrNull().id()
                        + " go here", null));
            }
            if (!header.unknown.isEmpty() && !header.lenient(ctxt)) {
                for (String name : header.unknown) {
                    header.problems.add(new Problem(name, "is not a property of an est4j document (known: "
                            + String.join(", ", ENVELOPE) + ")", null));
                }
            }
            if (!header.problems.isEmpty()) {
                throw new InvalidContentException(p, header.problems);
            }
            return newDocument(header.kindOrNull(), content);
        }

        @SuppressWarnings("unchecked")
        private static <T> EstDocument<T> newDocument(DocumentKind<T> kind, Object content) {
            return EstDocument.of(kind, (T) content);
        }

        private static String text(JsonParser p, DeserializationContext ctxt, Header header, String name)
                throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                return p.getText();
            }
            header.problems.add(new Problem(name, "must be a string", Reading.brief(ctxt.readTree(p))));
            return null;
        }

        private static Object readContent(JsonParser p, DeserializationContext ctxt, Header header) throws IOException {
            header.check(p, ctxt);
            Reading reading = new Reading(header.lenient(ctxt));
            Object content = header.kindOrNull().read(p, ctxt, reading, "content");
            if (reading.hasProblems()) {
                List<Problem> problems = new ArrayList<>(reading.problems());
                if (reading.isFull()) {
                    problems.add(new Problem("content", "reading stopped after " + Reading.MAX_PROBLEMS
                            + " problems; correct these and read again", null));
                }
                throw new InvalidContentException(p, problems);
            }
            return content;
        }
    }

    /** The envelope's header as read so far, and its problems. */
    private static final class Header {
        final DocumentKind<?> expected;
        final List<Problem> problems = new ArrayList<>();
        final List<String> unknown = new ArrayList<>();
        String format;
        String version;
        String kind;
        private DocumentKind<?> resolvedKind;
        private int minor = -1;
        private boolean checked;

        Header(DocumentKind<?> expected) {
            this.expected = expected;
        }

        boolean isComplete() {
            return format != null && version != null && kind != null;
        }

        DocumentKind<?> kindOrNull() {
            return resolvedKind;
        }

        /** Properties est4j does not know are skipped in a document of a later minor version, reported otherwise. */
        boolean lenient(DeserializationContext ctxt) {
            return minor > EstJson.MINOR || !ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        }

        /** Checks the header once it is complete or the object has ended; throws when it is not usable. */
        void check(JsonParser p, DeserializationContext ctxt) throws InvalidContentException {
            if (checked) {
                return;
            }
            checked = true;
            String unsupported = null;
            if (format == null) {
                problemOrMissing("format", "is required: an est4j document starts with \"format\": \"est4j\"");
            } else if (!EstJson.FORMAT.equals(format)) {
                problems.add(new Problem("format", "must be \"est4j\": this is not an est4j document", quoted(format)));
            }
            if (version == null) {
                problemOrMissing("version", "is required, such as \"" + EstJson.VERSION + "\"");
            } else {
                Matcher m = VERSION.matcher(version);
                if (!m.matches()) {
                    problems.add(new Problem("version", "must be a major and a minor number, such as \""
                            + EstJson.VERSION + "\"", quoted(version)));
                } else if (Integer.parseInt(m.group(1)) != EstJson.MAJOR) {
                    unsupported = version;
                    problems.add(new Problem("version", "is not supported: this est4j reads est4j JSON "
                            + EstJson.MAJOR + ".x (written as " + EstJson.VERSION + "); a document of version "
                            + version + " needs an est4j that reads that format", quoted(version)));
                } else {
                    minor = Integer.parseInt(m.group(2));
                }
            }
            if (kind == null) {
                problemOrMissing("kind", "is required, one of " + DocumentKind.ids());
            } else {
                Optional<DocumentKind<?>> found = DocumentKind.find(kind);
                if (found.isEmpty()) {
                    problems.add(new Problem("kind", "must be one of " + DocumentKind.ids()
                            + (minor > EstJson.MINOR ? " (a kind added after est4j JSON " + EstJson.VERSION
                                    + " needs a newer est4j)" : ""), quoted(kind)));
                } else if (expected != null && found.get() != expected) {
                    problems.add(new Problem("kind", "must be " + expected.id() + ": a document of that kind was expected",
                            quoted(kind)));
                } else {
                    resolvedKind = found.get();
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidContentException(p, problems, unsupported);
            }
        }

        /** Reports a missing header field unless it was present with the wrong type (already reported). */
        private void problemOrMissing(String name, String message) {
            if (problems.stream().noneMatch(pr -> pr.path().equals(name))) {
                problems.add(new Problem(name, message, null));
            }
        }

        private static String quoted(String text) {
            return "\"" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "\"";
        }
    }
}
