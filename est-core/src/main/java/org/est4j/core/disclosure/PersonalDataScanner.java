package org.est4j.core.disclosure;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in text, one kind per method; {@link Redactor} documents the rules. Every method returns
 * non-overlapping finds from left to right. Only ASCII digits count as digits.
 */
final class PersonalDataScanner {
    /** One item found: the characters {@code start … end-1} of the text. */
    record Found(int start, int end, PersonalDataKind kind) {}

    private static final String LABEL = "[\\p{L}\\p{Nd}](?:[\\p{L}\\p{Nd}\\-]*[\\p{L}\\p{Nd}])?";
    /** Two or more labels of which the last contains a letter. */
    private static final Pattern DOMAIN = Pattern.compile("(?:" + LABEL + "\\.)+(?=[\\p{L}\\p{Nd}\\-]*\\p{L})"
            + LABEL);

    private PersonalDataScanner() {}

    /**
     * Finds e-mail addresses: at each {@code @}, the whole run of local-part characters before it and the longest
     * domain after it. Addresses that overlap (glued together: {@code a@b.sec@d.se}) are taken as one, so that no
     * piece of one is left behind.
     */
    static List<Found> emailAddresses(CharSequence text) {
        List<Found> found = new ArrayList<>();
        Matcher domain = DOMAIN.matcher(text);
        int n = text.length();
        for (int at = 0; at < n; at++) {
            if (text.charAt(at) != '@') {
                continue;
            }
            int start = at;
            while (start > 0 && isLocalChar(text.charAt(start - 1))) {
                start--;
            }
            if (start == at || !domain.region(at + 1, n).lookingAt()) {
                continue;
            }
            int end = domain.end();
            Found last = found.isEmpty() ? null : found.get(found.size() - 1);
            if (last != null && start <= last.end()) {
                found.set(found.size() - 1, new Found(last.start(), Math.max(end, last.end()),
                        PersonalDataKind.EMAIL_ADDRESS));
            } else {
                found.add(new Found(start, end, PersonalDataKind.EMAIL_ADDRESS));
            }
        }
        return found;
    }

    /** Letters, digits and {@code . _ % + -}. */
    private static boolean isLocalChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    // ---------------------------------------------------------------------------------------------------------
    // Identity numbers

    static List<Found> identityNumbers(CharSequence s) {
        List<Found> found = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (!isDigit(s.charAt(i))) {
                i++;
                continue;
            }
            int runEnd = runEnd(s, i);
            int length = runEnd - i;
            int next = runEnd;
            boolean afterPlus = i > 0 && s.charAt(i - 1) == '+' && s.charAt(i) != '0';
            if ((length == 10 || length == 12) && !afterPlus) { // +4611010000 is a phone number, the phone rule's
                PersonalDataKind kind = classify(s.subSequence(i, runEnd).toString(), true, true);
                if (kind != null) {
                    found.add(new Found(i, runEnd, kind));
                }
            } else if (length == 6 || length == 8) {
                int q = separatorEnd(s, runEnd, true);
                if (q > 0) {
                    int end = runEnd(s, q);
                    if (end - q == 4) {
                        String digits = s.subSequence(i, runEnd).toString() + s.subSequence(q, end);
                        PersonalDataKind kind = classify(digits, !containsSpace(s, runEnd, q), false);
                        if (kind != null) {
                            found.add(new Found(i, end, kind));
                            next = end;
                        }
                    }
                }
            }
            i = next;
        }
        return found;
    }

    /**
     * Classifies 10 or 12 digits written in an identity-number form.
     *
     * @param tight true when written without whitespace (compact, or with one dash or plus)
     * @param compact true when written as one run of digits
     * @return the kind, or null when this is not (treated as) an identity number
     */
    static PersonalDataKind classify(String digits, boolean tight, boolean compact) {
        int century = -1;
        String ten = digits;
        if (digits.length() == 12) {
            century = number(digits, 0, 2);
            if (century < 18 || century > 20) {
                return null;
            }
            ten = digits.substring(2);
        }
        if (!isValidDate(century, number(ten, 0, 2), number(ten, 2, 4), number(ten, 4, 6))) {
            return null;
        }
        if (luhn(ten)) {
            return PersonalDataKind.IDENTITY_NUMBER;
        }
        if (!tight) {
            return null; // "YYMMDD NNNN" with a wrong check digit is too often a date and a time or an amount
        }
        if (compact && digits.length() == 10 && digits.charAt(0) == '0' && digits.charAt(1) != '0') {
            return null; // 07x… written in one run: a phone number, which the phone rule redacts
        }
        return PersonalDataKind.POSSIBLE_IDENTITY_NUMBER;
    }

    /**
     * Tells whether the digits give a date of birth: a valid month, and a valid day of it or that day + 60
     * (samordningsnummer). Without a century, a date valid in 19yy or 20yy is valid.
     */
    static boolean isValidDate(int century, int yy, int month, int dd) {
        if (month < 1 || month > 12) {
            return false;
        }
        int day = dd > 60 ? dd - 60 : dd;
        if (day < 1) {
            return false;
        }
        if (century >= 0) {
            return day <= YearMonth.of(century * 100 + yy, month).lengthOfMonth();
        }
        int longest = month == 2 ? (yy % 4 == 0 ? 29 : 28) : YearMonth.of(2001, month).lengthOfMonth();
        return day <= longest;
    }

    /** The Luhn check (mod 10, weights 2 1 2 1 …) on the ten digits of the short form. */
    static boolean luhn(String ten) {
        int sum = 0;
        for (int k = 0; k < ten.length(); k++) {
            int d = ten.charAt(k) - '0';
            if (k % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Phone numbers

    static List<Found> phoneNumbers(CharSequence s) {
        List<Found> found = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            int end = c == '+' || c == '(' || c == '0' ? phoneAt(s, i) : -1;
            if (end > 0) {
                found.add(new Found(i, end, PersonalDataKind.PHONE_NUMBER));
                i = end;
            } else {
                i++;
            }
        }
        return found;
    }

    /** A group of digits in a phone number, possibly in parentheses. */
    private record Group(String digits, int end, boolean parenthesised) {}

    /** Returns the end of the phone number that starts at {@code start}, or -1. */
    private static int phoneAt(CharSequence s, int start) {
        if (!startsCleanly(s, start)) {
            return -1;
        }
        int n = s.length();
        int p = start;
        boolean plus = s.charAt(p) == '+';
        if (plus) {
            p++;
            if (p < n && isSpace(s.charAt(p))) {
                p++;
            }
            if (p >= n || !(isDigit(s.charAt(p)) || s.charAt(p) == '(')) {
                return -1;
            }
        }
        List<Group> groups = new ArrayList<>();
        Group first = groupAt(s, p);
        if (first == null) {
            return -1;
        }
        groups.add(first);
        while (true) {
            Group last = groups.get(groups.size() - 1);
            int q = last.end();
            int afterSeparator = separatorEnd(s, q, false);
            Group next = null;
            boolean spacedDash = afterSeparator > 0 && containsSpace(s, q, afterSeparator)
                    && afterSeparator - q > 1;
            if (spacedDash && (plus || groups.size() > 1)) {
                break; // "019 - 12 34 56" after an area code only; "+3 – 0 – 18" is a range of numbers
            }
            if (afterSeparator > 0) {
                next = groupAt(s, afterSeparator);
            } else if (q < n && (last.parenthesised() || s.charAt(q) == '(')) {
                next = groupAt(s, q);
            }
            if (next == null || startsDate(s, next.end() - next.digits().length())) {
                break; // a date after a number (… 67 2026-11-18) is not part of it
            }
            groups.add(next);
        }
        for (int k = groups.size(); k >= 1; k--) {
            List<Group> prefix = groups.subList(0, k);
            if (plus ? isInternational(digits(prefix, true)) : isNationalOrZeroZero(prefix)) {
                return prefix.get(k - 1).end();
            }
        }
        return -1;
    }

    /**
     * A phone number does not continue a number: it is not preceded by a digit, nor by a digit and one of
     * {@code - . / , : +} (the rest of a date such as 2026-01-08, a decimal or a time).
     */
    private static boolean startsCleanly(CharSequence s, int start) {
        if (start == 0) {
            return true;
        }
        char before = s.charAt(start - 1);
        if (isDigit(before)) {
            return false;
        }
        boolean joiner = isDash(before) || before == '.' || before == '/' || before == ',' || before == ':'
                || before == '+';
        return !(joiner && start >= 2 && isDigit(s.charAt(start - 2)));
    }

    /** Reads digits, or 1 to 4 digits in parentheses, at {@code p}; null when there are none. */
    private static Group groupAt(CharSequence s, int p) {
        int n = s.length();
        if (p >= n) {
            return null;
        }
        if (s.charAt(p) == '(') {
            int end = runEnd(s, p + 1);
            int length = end - p - 1;
            if (length < 1 || length > 4 || end >= n || s.charAt(end) != ')') {
                return null;
            }
            return new Group(s.subSequence(p + 1, end).toString(), end + 1, true);
        }
        if (!isDigit(s.charAt(p))) {
            return null;
        }
        int end = runEnd(s, p);
        return new Group(s.subSequence(p, end).toString(), end, false);
    }

    private static String digits(List<Group> groups, boolean dropTrunkZero) {
        StringBuilder b = new StringBuilder();
        for (Group g : groups) {
            if (!(dropTrunkZero && g.parenthesised() && g.digits().equals("0"))) {
                b.append(g.digits());
            }
        }
        return b.toString();
    }

    /** After + (or 00): +46 and a Swedish number, or another country code and 8 to 15 digits in all. */
    private static boolean isInternational(String digits) {
        if (digits.startsWith("46")) {
            String national = digits.substring(2);
            if (national.startsWith("0")) {
                national = national.substring(1); // "+46 070 …", a common slip
            }
            return national.length() >= 7 && national.length() <= 9 && national.charAt(0) != '0';
        }
        return digits.length() >= 8 && digits.length() <= 15 && digits.charAt(0) != '0';
    }

    private static boolean isNationalOrZeroZero(List<Group> groups) {
        String all = digits(groups, false);
        if (all.startsWith("00")) {
            return isInternational(digits(groups, true).substring(2));
        }
        if (all.length() < 8 || all.length() > 10 || all.charAt(0) != '0') {
            return false;
        }
        Group area = groups.get(0);
        if (groups.size() > 1) {
            String rest = all.substring(area.digits().length());
            boolean areaCode = area.digits().length() >= 3 || area.digits().equals("08");
            if (!areaCode || rest.charAt(0) == '0') {
                return false;
            }
        }
        return !looksLikeTimesOrDate(groups);
    }

    /** Tells whether an ISO date (1999-12-31, 2026-11-18) starts at a position. */
    private static boolean startsDate(CharSequence s, int p) {
        return p + 10 <= s.length() && (s.charAt(p) == '1' && s.charAt(p + 1) == '9'
                || s.charAt(p) == '2' && s.charAt(p + 1) == '0') && isDigit(s.charAt(p + 2)) && isDigit(s.charAt(p + 3))
                && s.charAt(p + 4) == '-' && isDigit(s.charAt(p + 5)) && isDigit(s.charAt(p + 6))
                && s.charAt(p + 7) == '-' && isDigit(s.charAt(p + 8)) && isDigit(s.charAt(p + 9));
    }

    /** Opening hours (0800-1700 …) and dates (08-12-2026 …) at the start are not phone numbers. */
    private static boolean looksLikeTimesOrDate(List<Group> groups) {
        if (groups.size() >= 2 && isTime(groups.get(0).digits()) && isTime(groups.get(1).digits())) {
            return true;
        }
        if (groups.size() >= 3 && groups.get(0).digits().length() == 2) {
            String month = groups.get(1).digits();
            String year = groups.get(2).digits();
            return month.length() == 2 && number(month, 0, 2) >= 1 && number(month, 0, 2) <= 12
                    && year.length() == 4 && (year.startsWith("19") || year.startsWith("20"));
        }
        return false;
    }

    private static boolean isTime(String digits) {
        return digits.length() == 4 && number(digits, 0, 2) <= 23 && number(digits, 2, 4) <= 59;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Characters

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Space, no-break space, narrow no-break space (a Swedish thousands separator) and thin space. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }

    /** Hyphen-minus, the Unicode hyphens and dashes up to the em dash, and the minus sign. */
    static boolean isDash(char c) {
        return c == '-' || (c >= '\u2010' && c <= '\u2014') || c == '\u2212';
    }

    private static int runEnd(CharSequence s, int i) {
        int j = i;
        while (j < s.length() && isDigit(s.charAt(j))) {
            j++;
        }
        return j;
    }

    /**
     * Reads a separator between two groups of digits at {@code p}: one space, one dash (or plus), or a dash with
     * one space on either side or both.
     *
     * @return the index of the digit (or opening parenthesis) after it, or -1 when there is no such separator
     */
    private static int separatorEnd(CharSequence s, int p, boolean allowPlus) {
        int n = s.length();
        int q = p;
        boolean space = q < n && isSpace(s.charAt(q));
        if (space) {
            q++;
        }
        boolean dash = q < n && (isDash(s.charAt(q)) || (allowPlus && s.charAt(q) == '+'));
        if (dash) {
            q++;
            if (q < n && isSpace(s.charAt(q))) {
                q++;
            }
        }
        if (!space && !dash) {
            return -1;
        }
        return q < n && (isDigit(s.charAt(q)) || (!allowPlus && s.charAt(q) == '(')) ? q : -1;
    }

    private static boolean containsSpace(CharSequence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (isSpace(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static int number(CharSequence digits, int from, int to) {
        int value = 0;
        for (int k = from; k < to; k++) {
            value = value * 10 + digits.charAt(k) - '0';
        }
        return value;
    }
}
