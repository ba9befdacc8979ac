package dev.freshet.engine.expr;

import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A compiled number template of {@code to_char(number, text)}, laid out as PostgreSQL's {@code
 * NUM_processor} does in the "C" locale: {@code 9} a digit or blank, {@code 0} a digit or zero (and
 * every digit position after the first {@code 0}), {@code .}/{@code D} the decimal point, {@code
 * ,}/{@code G} a group separator, a sign slot before the first digit unless {@code S}, {@code MI},
 * {@code SG} or {@code PR} place it, {@code PL} a plus sign, {@code FM} no padding and no trailing
 * zeros, {@code TH} an ordinal suffix, {@code RN} Roman numerals; other characters are copied. Too
 * many integer digits print {@code #} in every digit position.
 */
final class NumberFormat {
    private enum T {
        NINE,
        ZERO,
        POINT,
        GROUP,
        S,
        MI,
        PL,
        SG,
        PR,
        TH_UPPER,
        TH_LOWER,
        RN_UPPER,
        RN_LOWER,
        LITERAL
    }

    private record Token(T type, String text) {}

    private final List<Token> tokens;
    private final boolean fillMode;
    private final int pre;
    private final int post;
    private final int zeroStart;
    private final boolean explicitSign;
    private final boolean roman;

    private NumberFormat(List<Token> tokens, boolean fillMode) {
        this.tokens = List.copyOf(tokens);
        this.fillMode = fillMode;
        int before = 0;
        int after = 0;
        boolean point = false;
        int zero = Integer.MAX_VALUE;
        boolean sign = false;
        boolean rn = false;
        for (Token t : tokens) {
            switch (t.type) {
                case NINE, ZERO -> {
                    if (point) {
                        after++;
                    } else {
                        if (t.type == T.ZERO && zero == Integer.MAX_VALUE) {
                            zero = before;
                        }
                        before++;
                    }
                }
                case POINT -> point = true;
                case S, MI, SG, PR -> sign = true;
                case RN_UPPER, RN_LOWER -> rn = true;
                default -> {}
            }
        }
        this.pre = before;
        this.post = after;
        this.zeroStart = zero;
        this.explicitSign = sign;
        this.roman = rn;
    }

    static NumberFormat compile(String fmt) {
        List<Token> out = new ArrayList<>();
        boolean fm = false;
        int i = 0;
        int n = fmt.length();
        while (i < n) {
            char c = fmt.charAt(i);
            String rest = fmt.substring(i).toUpperCase(Locale.ROOT);
            if (rest.startsWith("FM")) {
                fm = true;
                i += 2;
            } else if (c == '9') {
                out.add(new Token(T.NINE, "9"));
                i++;
            } else if (c == '0') {
                out.add(new Token(T.ZERO, "0"));
                i++;
            } else if (c == '.' || c == 'D' || c == 'd') {
                out.add(new Token(T.POINT, "."));
                i++;
            } else if (c == ',' || c == 'G' || c == 'g') {
                out.add(new Token(T.GROUP, ","));
                i++;
            } else if (rest.startsWith("MI")) {
                out.add(new Token(T.MI, ""));
                i += 2;
            } else if (rest.startsWith("PL")) {
                out.add(new Token(T.PL, ""));
                i += 2;
            } else if (rest.startsWith("SG")) {
                out.add(new Token(T.SG, ""));
                i += 2;
            } else if (rest.startsWith("PR")) {
                out.add(new Token(T.PR, ""));
                i += 2;
            } else if (rest.startsWith("RN")) {
                out.add(new Token(fmt.charAt(i) == 'r' ? T.RN_LOWER : T.RN_UPPER, ""));
                i += 2;
            } else if (fmt.startsWith("TH", i)) {
                out.add(new Token(T.TH_UPPER, ""));
                i += 2;
            } else if (fmt.startsWith("th", i)) {
                out.add(new Token(T.TH_LOWER, ""));
                i += 2;
            } else if (c == 'S' || c == 's') {
                out.add(new Token(T.S, ""));
                i++;
            } else if (rest.startsWith("EEEE") || c == 'V' || c == 'v') {
                throw new FreshetException(
                        ErrorCode.FEATURE_NOT_SUPPORTED,
                        "to_char number format \""
                                + (c == 'V' || c == 'v' ? "V" : "EEEE")
                                + "\" is not supported");
            } else if (c == 'L' || c == 'l') {
                i++;
            } else if (c == '"') {
                int end = fmt.indexOf('"', i + 1);
                String lit = end < 0 ? fmt.substring(i + 1) : fmt.substring(i + 1, end);
                out.add(new Token(T.LITERAL, lit));
                i = end < 0 ? n : end + 1;
            } else {
                out.add(new Token(T.LITERAL, String.valueOf(c)));
                i++;
            }
        }
        return new NumberFormat(out, fm);
    }

    /** The output for NaN or an infinity: every digit position '#'. */
    String special(String what) {
        return format(null, false);
    }

    /** Formats {@code value}; {@code floating} values round half to even (as printf does). */
    String format(BigDecimal value, boolean floating) {
        if (value == null) {
            return layout("", "", false, true);
        }
        if (roman) {
            return romanNumeral(value);
        }
        BigDecimal rounded =
                value.abs()
                        .setScale(post, floating ? RoundingMode.HALF_EVEN : RoundingMode.HALF_UP);
        boolean negative =
                floating ? value.signum() < 0 : rounded.signum() != 0 && value.signum() < 0;
        String plain = rounded.toPlainString();
        int dot = plain.indexOf('.');
        String intDigits = dot < 0 ? plain : plain.substring(0, dot);
        String frac = dot < 0 ? "" : plain.substring(dot + 1);
        if (intDigits.equals("0") && post > 0) {
            intDigits = "";
        }
        boolean overflow = intDigits.length() > pre;
        return layout(intDigits, frac, negative, overflow);
    }

    private String layout(String intDigits, String frac, boolean negative, boolean overflow) {
        StringBuilder out = new StringBuilder();
        int intPos = 0;
        int fracPos = 0;
        boolean printedDigit = false;
        boolean inFraction = false;
        // where the default (or S / PR) sign goes: before the first printed integer character
        int signAt = -1;
        boolean leadingSign = false;
        int lastZeroFrac = -1;
        {
            int k = 0;
            boolean pt = false;
            for (Token t : tokens) {
                if (t.type == T.POINT) {
                    pt = true;
                } else if (pt && t.type == T.ZERO) {
                    lastZeroFrac = k;
                }
                if (pt && (t.type == T.NINE || t.type == T.ZERO)) {
                    k++;
                }
            }
        }
        if (!explicitSign) {
            out.append(' ');
            leadingSign = true;
        }
        boolean firstTokenS = !tokens.isEmpty() && tokens.get(0).type == T.S;
        boolean firstTokenPr = false;
        for (int ti = 0; ti < tokens.size(); ti++) {
            Token t = tokens.get(ti);
            switch (t.type) {
                case NINE, ZERO -> {
                    if (!inFraction) {
                        int d = pre - 1 - intPos;
                        char ch;
                        if (overflow) {
                            ch = '#';
                        } else if (d < intDigits.length()) {
                            ch = intDigits.charAt(intDigits.length() - 1 - d);
                        } else if (intPos >= zeroStart) {
                            ch = '0';
                        } else {
                            ch = ' ';
                        }
                        if (ch != ' ' && signAt < 0) {
                            signAt = out.length();
                        }
                        printedDigit |= ch != ' ';
                        out.append(ch);
                        intPos++;
                    } else {
                        char ch =
                                overflow
                                        ? '#'
                                        : (fracPos < frac.length() ? frac.charAt(fracPos) : '0');
                        out.append(ch);
                        fracPos++;
                    }
                }
                case POINT -> {
                    if (signAt < 0) {
                        signAt = out.length();
                    }
                    inFraction = true;
                    out.append('.');
                }
                case GROUP -> out.append(printedDigit ? ',' : ' ');
                case S -> {
                    if (ti == 0) {
                        // placed before the first digit, like the default sign
                        leadingSign = true;
                        out.append(' ');
                    } else {
                        out.append(negative ? '-' : '+');
                    }
                }
                case MI -> out.append(negative ? '-' : ' ');
                case PL -> out.append(negative ? ' ' : '+');
                case SG -> out.append(negative ? '-' : '+');
                case PR -> out.append(negative ? '>' : ' ');
                case TH_UPPER, TH_LOWER -> {
                    if (!overflow && !intDigits.isEmpty()) {
                        String suffix =
                                DateTimeFormat.ordinalSuffix(
                                        Long.parseLong(
                                                intDigits.length() > 18
                                                        ? intDigits.substring(
                                                                intDigits.length() - 2)
                                                        : intDigits));
                        out.append(t.type == T.TH_UPPER ? suffix.toUpperCase(Locale.ROOT) : suffix);
                    }
                }
                case LITERAL -> out.append(t.text);
                default -> {}
            }
        }
        boolean hasPr = false;
        for (Token t : tokens) {
            hasPr |= t.type == T.PR;
        }
        if (leadingSign || hasPr) {
            char sign =
                    hasPr
                            ? (negative ? '<' : ' ')
                            : (firstTokenS ? (negative ? '-' : '+') : (negative ? '-' : ' '));
            if (hasPr && out.length() > 0 && !leadingSign) {
                out.insert(0, ' ');
                if (signAt >= 0) {
                    signAt++;
                }
            }
            int at = signAt < 0 ? out.length() : signAt;
            // the blank just before the first printed character takes the sign
            if (at > 0 && out.charAt(at - 1) == ' ') {
                out.setCharAt(at - 1, sign);
            } else {
                out.insert(0, sign);
            }
        }
        String s = out.toString();
        if (fillMode) {
            s = s.stripLeading();
            if (!frac.isEmpty() || inFractionFormat()) {
                s = trimFraction(s, lastZeroFrac);
            }
            s = s.stripTrailing();
        }
        return s;
    }

    private boolean inFractionFormat() {
        for (Token t : tokens) {
            if (t.type == T.POINT) {
                return true;
            }
        }
        return false;
    }

    /** FM: trailing zeros of the fraction go, except where the template has '0'. */
    private static String trimFraction(String s, int lastZeroFrac) {
        int dot = s.lastIndexOf('.');
        if (dot < 0) {
            return s;
        }
        int keep = dot + 1 + lastZeroFrac + 1;
        int end = s.length();
        int digitsEnd = dot + 1;
        while (digitsEnd < end && Character.isDigit(s.charAt(digitsEnd))) {
            digitsEnd++;
        }
        int cut = digitsEnd;
        while (cut > dot + 1 && cut > keep && s.charAt(cut - 1) == '0') {
            cut--;
        }
        return s.substring(0, cut) + s.substring(digitsEnd);
    }

    private String romanNumeral(BigDecimal value) {
        long n = value.setScale(0, RoundingMode.HALF_UP).longValue();
        boolean lower = false;
        for (Token t : tokens) {
            lower |= t.type == T.RN_LOWER;
        }
        String r;
        if (n < 1 || n > 3999) {
            r = "#".repeat(15);
        } else {
            int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
            String[] symbols = {
                "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"
            };
            StringBuilder sb = new StringBuilder();
            long rest = n;
            for (int k = 0; k < values.length; k++) {
                while (rest >= values[k]) {
                    sb.append(symbols[k]);
                    rest -= values[k];
                }
            }
            r = sb.toString();
            if (!fillMode) {
                r = " ".repeat(15 - r.length()) + r;
            }
        }
        return lower ? r.toLowerCase(Locale.ROOT) : r;
    }
}
