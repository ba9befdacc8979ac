package dev.freshet.engine.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A compiled {@code to_char} / {@code to_timestamp} date-time template, as PostgreSQL's {@code
 * formatting.c} reads it: keywords matched longest first (HH24 before HH, MONTH before MON before
 * MM), the case of text keywords choosing the case of the output ({@code MONTH}, {@code Month},
 * {@code month}), the prefixes {@code FM} (no padding), {@code FX} and {@code TM} and the suffixes
 * {@code TH}/{@code th} (ordinal), double-quoted literal text (with {@code \"} for a quote), and
 * every other character copied. Immutable; compile once per constant template.
 */
final class DateTimeFormat {
    /** The keywords, longest first where one is a prefix of another. */
    enum Key {
        A_D("A.D."),
        A_M("A.M."),
        AD("AD"),
        AM("AM"),
        B_C("B.C."),
        BC("BC"),
        CC("CC"),
        DAY("DAY"),
        DDD("DDD"),
        DD("DD"),
        DY("DY"),
        D("D"),
        FF1("FF1"),
        FF2("FF2"),
        FF3("FF3"),
        FF4("FF4"),
        FF5("FF5"),
        FF6("FF6"),
        HH24("HH24"),
        HH12("HH12"),
        HH("HH"),
        IDDD("IDDD"),
        ID("ID"),
        IW("IW"),
        IYYY("IYYY"),
        IYY("IYY"),
        IY("IY"),
        I("I"),
        J("J"),
        MI("MI"),
        MM("MM"),
        MONTH("MONTH"),
        MON("MON"),
        MS("MS"),
        OF("OF"),
        P_M("P.M."),
        PM("PM"),
        Q("Q"),
        RM("RM"),
        SSSSS("SSSSS"),
        SSSS("SSSS"),
        SS("SS"),
        TZH("TZH"),
        TZM("TZM"),
        TZ("TZ"),
        US("US"),
        WW("WW"),
        W("W"),
        Y_YYY("Y,YYY"),
        YYYY("YYYY"),
        YYY("YYY"),
        YY("YY"),
        Y("Y");

        final String text;

        Key(String text) {
            this.text = text;
        }

        /** Keywords whose output is words, so their spelling's case matters. */
        boolean isText() {
            return switch (this) {
                case A_D, A_M, AD, AM, B_C, BC, DAY, DY, MONTH, MON, P_M, PM, RM, TZ -> true;
                default -> false;
            };
        }
    }

    /** Output case of a text keyword. */
    enum Case {
        UPPER,
        CAPITALIZED,
        LOWER
    }

    /** One element of the template: a keyword with its modifiers, or literal text. */
    record Node(
            @Nullable Key key,
            Case textCase,
            boolean fillMode,
            boolean ordinal,
            boolean ordinalUpper,
            String literal) {}

    private final List<Node> nodes;

    private DateTimeFormat(List<Node> nodes) {
        this.nodes = List.copyOf(nodes);
    }

    List<Node> nodes() {
        return nodes;
    }

    static DateTimeFormat compile(String fmt) {
        List<Node> out = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        int i = 0;
        int n = fmt.length();
        while (i < n) {
            char c = fmt.charAt(i);
            if (c == '"') {
                i++;
                while (i < n && fmt.charAt(i) != '"') {
                    char d = fmt.charAt(i);
                    if (d == '\\' && i + 1 < n && fmt.charAt(i + 1) == '"') {
                        lit.append('"');
                        i += 2;
                    } else {
                        lit.append(d);
                        i++;
                    }
                }
                i++;
                continue;
            }
            if (c == '\\' && i + 1 < n && fmt.charAt(i + 1) == '"') {
                lit.append('"');
                i += 2;
                continue;
            }
            boolean fill = false;
            int j = i;
            // prefixes, in any combination
            while (true) {
                if (regionMatches(fmt, j, "FM")) {
                    fill = true;
                    j += 2;
                } else if (regionMatches(fmt, j, "FX") || regionMatches(fmt, j, "TM")) {
                    j += 2;
                } else {
                    break;
                }
            }
            Key key = match(fmt, j);
            if (key == null) {
                if (j > i) {
                    // a bare prefix applies to nothing
                    i = j;
                    continue;
                }
                lit.append(c);
                i++;
                continue;
            }
            if (!lit.isEmpty()) {
                out.add(new Node(null, Case.UPPER, false, false, false, lit.toString()));
                lit.setLength(0);
            }
            String spelled = fmt.substring(j, j + key.text.length());
            Case textCase = caseOf(spelled);
            j += key.text.length();
            boolean ordinal = false;
            boolean ordinalUpper = false;
            if (!key.isText() && j + 1 < n + 1 && regionMatchesExact(fmt, j, "TH")) {
                ordinal = true;
                ordinalUpper = true;
                j += 2;
            } else if (!key.isText() && regionMatchesExact(fmt, j, "th")) {
                ordinal = true;
                j += 2;
            }
            out.add(new Node(key, textCase, fill, ordinal, ordinalUpper, ""));
            i = j;
        }
        if (!lit.isEmpty()) {
            out.add(new Node(null, Case.UPPER, false, false, false, lit.toString()));
        }
        return new DateTimeFormat(out);
    }

    private static boolean regionMatches(String s, int at, String word) {
        return s.regionMatches(true, at, word, 0, word.length());
    }

    private static boolean regionMatchesExact(String s, int at, String word) {
        return s.regionMatches(false, at, word, 0, word.length());
    }

    private static @Nullable Key match(String fmt, int at) {
        Key best = null;
        for (Key k : Key.values()) {
            if (regionMatches(fmt, at, k.text)
                    && (best == null || k.text.length() > best.text.length())) {
                best = k;
            }
        }
        return best;
    }

    private static Case caseOf(String spelled) {
        char first = spelled.charAt(0);
        if (Character.isLowerCase(first)) {
            return Case.LOWER;
        }
        for (int k = 1; k < spelled.length(); k++) {
            if (Character.isLowerCase(spelled.charAt(k))) {
                return Case.CAPITALIZED;
            }
        }
        return Case.UPPER;
    }

    static String applyCase(String word, Case c) {
        return switch (c) {
            case UPPER -> word.toUpperCase(Locale.ROOT);
            case LOWER -> word.toLowerCase(Locale.ROOT);
            case CAPITALIZED ->
                    word.isEmpty()
                            ? word
                            : word.substring(0, 1).toUpperCase(Locale.ROOT)
                                    + word.substring(1).toLowerCase(Locale.ROOT);
        };
    }

    /** The English ordinal suffix of {@code n}: st, nd, rd, th. */
    static String ordinalSuffix(long n) {
        long a = Math.abs(n);
        if (a % 100 >= 11 && a % 100 <= 13) {
            return "th";
        }
        return switch ((int) (a % 10)) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
