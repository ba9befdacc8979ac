package dev.freshet.engine.type;

import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A date/time or interval literal split into fields the way PostgreSQL's {@code ParseDateTime}
 * splits it, before the fields are interpreted: runs of digits with their punctuation, words
 * (lower-cased), signed numbers and so on. Whitespace and other punctuation only separate fields.
 *
 * <p>Field kinds (PostgreSQL's names): {@link #NUMBER} digits with at most one point ({@code
 * 19990108}, {@code 1999.008}, {@code .5}); {@link #DATE} digits with two {@code -}/{@code
 * /}/{@code .} separators or with an embedded word ({@code 1999-01-08}, {@code 08-jan-1999}), or a
 * word with punctuation such as a zone name ({@code america/new_york}); {@link #TIME} digits with
 * colons ({@code 04:05:06.5}); {@link #STRING} a word; {@link #SPECIAL} a signed word ({@code
 * -infinity}); {@link #TZ} a signed number ({@code +05:30}, {@code -8}, {@code -1.5}).
 */
final class DateTimeFields {
    static final int NUMBER = 0;
    static final int STRING = 1;
    static final int DATE = 2;
    static final int TIME = 3;
    static final int TZ = 4;
    static final int SPECIAL = 6;

    /** PostgreSQL's MAXDATEFIELDS. */
    static final int MAX_FIELDS = 25;

    final String[] text;
    final int[] kind;
    final int count;

    private DateTimeFields(String[] text, int[] kind, int count) {
        this.text = text;
        this.kind = kind;
        this.count = count;
    }

    /**
     * Splits {@code s}; null if it cannot be split (a character that is neither letter, digit,
     * whitespace nor ASCII punctuation, a sign not followed by a digit or letter, too many fields).
     *
     * @param isKeyword tells whether a lower-case word is a date/time keyword; a word directly
     *     followed by a digit or {@code +} that is not a keyword starts a zone name ({@code utc+3})
     */
    static @Nullable DateTimeFields split(String s, Predicate<String> isKeyword) {
        String[] text = new String[MAX_FIELDS];
        int[] kind = new int[MAX_FIELDS];
        int nf = 0;
        int n = s.length();
        int i = 0;
        StringBuilder b = new StringBuilder();
        while (i < n) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                i++;
                continue;
            }
            if (nf >= MAX_FIELDS) {
                return null;
            }
            b.setLength(0);
            int type;
            if (isDigit(c)) {
                while (i < n && isDigit(s.charAt(i))) {
                    b.append(s.charAt(i++));
                }
                char next = i < n ? s.charAt(i) : 0;
                if (next == ':') {
                    type = TIME;
                    b.append(next);
                    i++;
                    while (i < n
                            && (isDigit(s.charAt(i)) || s.charAt(i) == ':' || s.charAt(i) == '.')) {
                        b.append(s.charAt(i++));
                    }
                } else if (next == '-' || next == '/' || next == '.') {
                    char delim = next;
                    b.append(delim);
                    i++;
                    if (i < n && isDigit(s.charAt(i))) {
                        type = delim == '.' ? NUMBER : DATE;
                        while (i < n && isDigit(s.charAt(i))) {
                            b.append(s.charAt(i++));
                        }
                        // Only the same delimiter again makes a three-part date.
                        if (i < n && s.charAt(i) == delim) {
                            type = DATE;
                            b.append(delim);
                            i++;
                            while (i < n && (isDigit(s.charAt(i)) || s.charAt(i) == delim)) {
                                b.append(s.charAt(i++));
                            }
                        }
                    } else {
                        type = DATE;
                        while (i < n && (isAlnum(s.charAt(i)) || s.charAt(i) == delim)) {
                            b.append(lower(s.charAt(i++)));
                        }
                    }
                } else {
                    type = NUMBER;
                }
            } else if (c == '.') {
                b.append(c);
                i++;
                while (i < n && isDigit(s.charAt(i))) {
                    b.append(s.charAt(i++));
                }
                type = NUMBER;
            } else if (isAlpha(c)) {
                type = STRING;
                while (i < n && isAlpha(s.charAt(i))) {
                    b.append(lower(s.charAt(i++)));
                }
                char next = i < n ? s.charAt(i) : 0;
                boolean zoneOrDate = next == '-' || next == '/' || next == '.';
                if (!zoneOrDate && (next == '+' || isDigit(next))) {
                    zoneOrDate = !isKeyword.test(b.toString());
                }
                if (zoneOrDate) {
                    type = DATE;
                    do {
                        b.append(lower(s.charAt(i++)));
                    } while (i < n && isZoneNameChar(s.charAt(i)));
                }
            } else if (c == '+' || c == '-') {
                b.append(c);
                i++;
                while (i < n && isSpace(s.charAt(i))) {
                    i++;
                }
                if (i < n && isDigit(s.charAt(i))) {
                    type = TZ;
                    while (i < n
                            && (isDigit(s.charAt(i))
                                    || s.charAt(i) == ':'
                                    || s.charAt(i) == '.'
                                    || s.charAt(i) == '-')) {
                        b.append(s.charAt(i++));
                    }
                } else if (i < n && isAlpha(s.charAt(i))) {
                    type = SPECIAL;
                    while (i < n && isAlpha(s.charAt(i))) {
                        b.append(lower(s.charAt(i++)));
                    }
                } else {
                    return null;
                }
            } else if (isPunct(c)) {
                i++;
                continue;
            } else {
                return null;
            }
            text[nf] = b.toString();
            kind[nf] = type;
            nf++;
        }
        return new DateTimeFields(text, kind, nf);
    }

    private static boolean isZoneNameChar(char c) {
        return c == '+' || c == '-' || c == '/' || c == '_' || c == '.' || c == ':' || isAlnum(c);
    }

    /** C's {@code isspace} in the C locale. */
    static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAlpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isAlnum(char c) {
        return isDigit(c) || isAlpha(c);
    }

    /**
     * C's {@code ispunct} in the C locale: printable ASCII that is not a letter, digit or space.
     */
    private static boolean isPunct(char c) {
        return c > ' ' && c < 127 && !isAlnum(c);
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
