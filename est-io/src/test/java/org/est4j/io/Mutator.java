package org.est4j.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded mutations of an input, for the importers' fuzz tests: truncation, random bytes, invalid UTF-8, huge fields,
 * deep nesting, wrong types, duplicate keys, numbers out of range, and cuts, copies and swaps of whole ranges.
 * The same seed gives the same mutant, so a failure names its seed and can be replayed.
 */
public final class Mutator {
    /** The mutations, one per kind of hostile input. */
    public enum Kind {
        TRUNCATE, FLIP_BYTES, INSERT_BYTES, INVALID_UTF8, HUGE_FIELD, DEEP_NESTING, WRONG_TYPE, DUPLICATE_KEY,
        NUMBER_OUT_OF_RANGE, DELETE_RANGE, DUPLICATE_RANGE, SWAP_LINES, CONTROL_CHARACTERS, STACKED
    }

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern KEY_VALUE = Pattern.compile("\"[A-Za-z_]+\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|-?[0-9.]+)");
    private static final String[] HOSTILE_NUMBERS = {"1e400", "-1e400", "99999999999999999999999999999999",
        "-9223372036854775809", "NaN", "Infinity", "0x1F", "1.7976931348623157E309", "4.9e-325", "-0", "00012",
        "1" + "0".repeat(400)};
    private static final String[] WRONG_VALUES = {"null", "true", "[]", "{}", "[1,2]", "{\"a\":1}", "12", "\"12\"",
        "-1", "\"\""};
    private static final byte[][] BAD_UTF8 = {
        {(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0x80}, {(byte) 0xE2, (byte) 0x82},
        {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF},
        {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {0}};

    private final int hugeFieldLength;
    private final int nestingDepth;

    /**
     * A mutator.
     *
     * @param hugeFieldLength the length of an inserted huge field
     * @param nestingDepth the depth of inserted nesting
     */
    public Mutator(int hugeFieldLength, int nestingDepth) {
        this.hugeFieldLength = hugeFieldLength;
        this.nestingDepth = nestingDepth;
    }

    /**
     * Returns a mutant of an input.
     *
     * @param input the input
     * @param seed the seed
     * @return the kind of mutation and the mutant
     */
    public Mutant mutate(byte[] input, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
        return new Mutant(kind, seed, apply(kind, input, random));
    }

    private byte[] apply(Kind kind, byte[] in, SplittableRandom r) {
        int n = in.length;
        switch (kind) {
            case TRUNCATE:
                return Arrays.copyOf(in, n == 0 ? 0 : r.nextInt(n));
            case FLIP_BYTES: {
                byte[] out = in.clone();
                for (int i = 0, k = 1 + r.nextInt(8); i < k && n > 0; i++) {
                    out[r.nextInt(n)] = (byte) r.nextInt(256);
                }
                return out;
            }
            case INSERT_BYTES: {
                byte[] junk = new byte[1 + r.nextInt(16)];
                for (int i = 0; i < junk.length; i++) {
                    junk[i] = (byte) r.nextInt(256);
                }
                return insert(in, r.nextInt(n + 1), junk);
            }
            case INVALID_UTF8:
                return insert(in, r.nextInt(n + 1), BAD_UTF8[r.nextInt(BAD_UTF8.length)]);
            case HUGE_FIELD: {
                String text = new String(in, StandardCharsets.UTF_8);
                String huge = "Å".repeat(hugeFieldLength);
                Matcher m = STRING.matcher(text);
                if (r.nextBoolean() && m.find(r.nextInt(Math.max(1, text.length())))) {
                    return utf8(text.substring(0, m.start() + 1) + huge + text.substring(m.end() - 1));
                }
                return insert(in, r.nextInt(n + 1), utf8(huge));
            }
            case DEEP_NESTING: {
                String open = r.nextBoolean() ? "[" : "{\"a\":";
                String close = open.equals("[") ? "]" : "}";
                String nested = open.repeat(nestingDepth) + "1" + close.repeat(nestingDepth);
                return replaceValue(in, r, nested);
            }
            case WRONG_TYPE:
                return replaceValue(in, r, WRONG_VALUES[r.nextInt(WRONG_VALUES.length)]);
            case DUPLICATE_KEY: {
                String text = new String(in, StandardCharsets.UTF_8);
                Matcher m = KEY_VALUE.matcher(text);
                if (m.find(r.nextInt(Math.max(1, text.length())))) {
                    String pair = text.substring(m.start(), m.end());
                    String other = pair.substring(0, pair.indexOf(':') + 1) + WRONG_VALUES[r.nextInt(WRONG_VALUES.length)];
                    return utf8(text.substring(0, m.end()) + "," + (r.nextBoolean() ? pair : other)
                            + text.substring(m.end()));
                }
                return apply(Kind.TRUNCATE, in, r);
            }
            case NUMBER_OUT_OF_RANGE: {
                String text = new String(in, StandardCharsets.UTF_8);
                Matcher m = NUMBER.matcher(text);
                if (m.find(r.nextInt(Math.max(1, text.length())))) {
                    return utf8(text.substring(0, m.start()) + HOSTILE_NUMBERS[r.nextInt(HOSTILE_NUMBERS.length)]
                            + text.substring(m.end()));
                }
                return insert(in, r.nextInt(n + 1), utf8(HOSTILE_NUMBERS[r.nextInt(HOSTILE_NUMBERS.length)]));
            }
            case DELETE_RANGE: {
                if (n == 0) {
                    return in;
                }
                int from = r.nextInt(n);
                int to = Math.min(n, from + 1 + r.nextInt(Math.max(1, n / 10)));
                return concat(Arrays.copyOfRange(in, 0, from), Arrays.copyOfRange(in, to, n));
            }
            case DUPLICATE_RANGE: {
                if (n == 0) {
                    return in;
                }
                int from = r.nextInt(n);
                int to = Math.min(n, from + 1 + r.nextInt(Math.max(1, n / 10)));
                return insert(in, r.nextInt(n + 1), Arrays.copyOfRange(in, from, to));
            }
            case SWAP_LINES: {
                String[] lines = new String(in, StandardCharsets.UTF_8).split("\n", -1);
                for (int i = 0, k = 1 + r.nextInt(4); i < k && lines.length > 1; i++) {
                    int a = r.nextInt(lines.length);
                    int b = r.nextInt(lines.length);
                    String t = lines[a];
                    lines[a] = lines[b];
                    lines[b] = t;
                }
                return utf8(String.join("\n", lines));
            }
            case CONTROL_CHARACTERS: {
                String[] controls = {"\r", "\u0000", "\u2028", "\uFEFF", "\"", ";", ",", "\t", "\u202E", "\\"};
                return insert(in, r.nextInt(n + 1), utf8(controls[r.nextInt(controls.length)]));
            }
            case STACKED: {
                byte[] out = in;
                for (int i = 0, k = 2 + r.nextInt(3); i < k; i++) {
                    Kind other = Kind.values()[r.nextInt(Kind.STACKED.ordinal())];
                    out = other == Kind.HUGE_FIELD || other == Kind.DEEP_NESTING ? out : apply(other, out, r);
                }
                return out;
            }
            default:
                throw new AssertionError(kind);
        }
    }

    private static byte[] replaceValue(byte[] in, SplittableRandom r, String value) {
        String text = new String(in, StandardCharsets.UTF_8);
        Matcher m = (r.nextBoolean() ? STRING : NUMBER).matcher(text);
        if (m.find(r.nextInt(Math.max(1, text.length())))) {
            return utf8(text.substring(0, m.start()) + value + text.substring(m.end()));
        }
        return insert(in, r.nextInt(in.length + 1), utf8(value));
    }

    private static byte[] insert(byte[] in, int at, byte[] what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + what.length);
        out.write(in, 0, at);
        out.write(what, 0, what.length);
        out.write(in, at, in.length - at);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return insert(a, a.length, b);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * One mutant.
     *
     * @param kind the mutation
     * @param seed its seed
     * @param bytes the mutated input
     */
    public static final class Mutant {
        private final Kind kind;
        private final long seed;
        private final byte[] bytes;

        Mutant(Kind kind, long seed, byte[] bytes) {
            this.kind = kind;
            this.seed = seed;
            this.bytes = bytes;
        }

        /** @return the mutation */
        public Kind kind() {
            return kind;
        }

        /** @return the seed that makes this mutant again */
        public long seed() {
            return seed;
        }

        /** @return the bytes; not copied */
        public byte[] bytes() {
            return bytes;
        }

        @Override
        public String toString() {
            return kind + " (seed " + seed + ", " + bytes.length + " bytes)";
        }
    }
}
