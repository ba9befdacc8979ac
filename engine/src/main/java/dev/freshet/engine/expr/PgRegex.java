package dev.freshet.engine.expr;

import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * PostgreSQL's regular expressions (Advanced Regular Expressions, and the SQL patterns of SIMILAR
 * TO) compiled to {@link java.util.regex.Pattern}s with the same meaning for the constructs users
 * write: POSIX bracket classes ({@code [[:alpha:]]}), the word-boundary escapes {@code \m \M \y
 * \Y}, {@code $} only at the end of the text, {@code .} matching newlines, ASCII-only case folding
 * and classes (the "C" locale). Flags: {@code i} case-insensitive, {@code c} case-sensitive, {@code
 * n}/{@code m} newline-sensitive, {@code s} not, {@code x} expanded syntax, {@code q} literal, and
 * {@code g} (global) where the function allows it.
 */
final class PgRegex {
    private PgRegex() {}

    /** A compiled pattern and whether its flags asked for every match. */
    record Compiled(Pattern pattern, boolean global) {}

    /**
     * Compiles an ARE with PostgreSQL flags.
     *
     * @param function the calling function's name, for errors about a flag it does not allow
     * @param allowGlobal whether {@code g} is allowed
     */
    static Compiled compile(String regex, String flags, String function, boolean allowGlobal) {
        boolean caseInsensitive = false;
        boolean newlineSensitive = false;
        boolean expanded = false;
        boolean literal = false;
        boolean global = false;
        for (int i = 0; i < flags.length(); i++) {
            char f = flags.charAt(i);
            switch (f) {
                case 'i' -> caseInsensitive = true;
                case 'c' -> caseInsensitive = false;
                case 'n', 'm' -> newlineSensitive = true;
                case 's' -> newlineSensitive = false;
                case 'x' -> expanded = true;
                case 't' -> expanded = false;
                case 'q' -> literal = true;
                case 'p', 'w' -> newlineSensitive = true;
                case 'b', 'e' -> {}
                case 'g' -> {
                    if (!allowGlobal) {
                        throw new FreshetException(
                                        ErrorCode.INVALID_PARAMETER_VALUE,
                                        function + "() does not support the \"global\" option")
                                .withHint("Use the regexp_matches function instead.");
                    }
                    global = true;
                }
                default ->
                        throw new FreshetException(
                                ErrorCode.INVALID_PARAMETER_VALUE,
                                "invalid regular expression option: \"" + f + "\"");
            }
        }
        String java = literal ? Pattern.quote(regex) : translate(regex, newlineSensitive);
        int jf = caseInsensitive ? Pattern.CASE_INSENSITIVE : 0;
        if (!newlineSensitive) {
            jf |= Pattern.DOTALL;
        } else {
            jf |= Pattern.MULTILINE;
        }
        if (expanded) {
            jf |= Pattern.COMMENTS;
        }
        return new Compiled(compileJava(java, jf), global);
    }

    /** Compiles a regex for the ~ family: case-insensitive or not, no flags. */
    static Pattern compile(String regex, boolean caseInsensitive) {
        return compile(regex, caseInsensitive ? "i" : "", "regex", false).pattern();
    }

    private static Pattern compileJava(String java, int flags) {
        try {
            return Pattern.compile(java, flags);
        } catch (PatternSyntaxException e) {
            throw new FreshetException(
                    ErrorCode.INVALID_REGULAR_EXPRESSION,
                    "invalid regular expression: " + pgMessage(e.getDescription()));
        }
    }

    /** PostgreSQL's wording (regerror) for the syntax errors Java reports. */
    private static String pgMessage(String javaDescription) {
        String d = javaDescription.toLowerCase(java.util.Locale.ROOT);
        if (d.contains("unclosed group") || d.contains("unmatched closing ')'")) {
            return "parentheses () not balanced";
        }
        if (d.contains("unclosed character class")) {
            return "brackets [] not balanced";
        }
        if (d.contains("dangling meta character")) {
            return "quantifier operand invalid";
        }
        if (d.contains("illegal repetition range") || d.contains("unclosed counted closure")) {
            return "invalid repetition count(s)";
        }
        if (d.contains("unexpected internal error") || d.contains("illegal/unsupported escape")) {
            return "invalid escape \\ sequence";
        }
        return javaDescription;
    }

    /** ARE syntax to Java syntax. */
    static String translate(String re, boolean newlineSensitive) {
        StringBuilder out = new StringBuilder(re.length() + 8);
        int i = 0;
        int n = re.length();
        if (re.startsWith("***:")) {
            i = 4;
        } else if (re.startsWith("***=")) {
            return Pattern.quote(re.substring(4));
        }
        while (i < n) {
            char c = re.charAt(i);
            if (c == '\\' && i + 1 < n) {
                char e = re.charAt(i + 1);
                i += 2;
                switch (e) {
                    case 'm' -> out.append("\\b(?=\\w)");
                    case 'M' -> out.append("\\b(?<=\\w)");
                    case 'y' -> out.append("\\b");
                    case 'Y' -> out.append("\\B");
                    case 'Z' -> out.append("\\z");
                    default -> out.append('\\').append(e);
                }
            } else if (c == '[') {
                i = bracket(re, i, out);
            } else if (c == '$') {
                out.append(newlineSensitive ? "$" : "\\z");
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Copies the bracket expression at {@code re[i] == '['}; returns the index after it. */
    private static int bracket(String re, int i, StringBuilder out) {
        int n = re.length();
        int j = i + 1;
        out.append('[');
        if (j < n && re.charAt(j) == '^') {
            out.append('^');
            j++;
        }
        // a ']' first in the list is a literal
        if (j < n && re.charAt(j) == ']') {
            out.append("\\]");
            j++;
        }
        while (j < n && re.charAt(j) != ']') {
            char c = re.charAt(j);
            if (c == '[' && j + 1 < n && re.charAt(j + 1) == ':') {
                int end = re.indexOf(":]", j + 2);
                if (end < 0) {
                    throw new FreshetException(
                            ErrorCode.INVALID_REGULAR_EXPRESSION,
                            "invalid regular expression: brackets [] not balanced");
                }
                out.append(posixClass(re.substring(j + 2, end)));
                j = end + 2;
            } else if (c == '['
                    && j + 1 < n
                    && (re.charAt(j + 1) == '.' || re.charAt(j + 1) == '=')) {
                char kind = re.charAt(j + 1);
                int end = re.indexOf(kind + "]", j + 2);
                if (end < 0) {
                    throw new FreshetException(
                            ErrorCode.INVALID_REGULAR_EXPRESSION,
                            "invalid regular expression: brackets [] not balanced");
                }
                out.append(
                        Pattern.quote(re.substring(j + 2, end))
                                .replace("\\Q", "")
                                .replace("\\E", ""));
                j = end + 2;
            } else if (c == '\\' && j + 1 < n) {
                out.append(c).append(re.charAt(j + 1));
                j += 2;
            } else if (c == '[' || c == '&' || c == '^') {
                out.append('\\').append(c);
                j++;
            } else {
                out.append(c);
                j++;
            }
        }
        if (j >= n) {
            throw new FreshetException(
                    ErrorCode.INVALID_REGULAR_EXPRESSION,
                    "invalid regular expression: brackets [] not balanced");
        }
        out.append(']');
        return j + 1;
    }

    private static String posixClass(String name) {
        return switch (name) {
            case "alpha" -> "\\p{Alpha}";
            case "digit" -> "\\p{Digit}";
            case "alnum" -> "\\p{Alnum}";
            case "upper" -> "\\p{Upper}";
            case "lower" -> "\\p{Lower}";
            case "space" -> "\\s\\x0B";
            case "punct" -> "\\p{Punct}";
            case "xdigit" -> "\\p{XDigit}";
            case "cntrl" -> "\\p{Cntrl}";
            case "print" -> "\\p{Print}";
            case "graph" -> "\\p{Graph}";
            case "blank" -> "\\p{Blank}";
            case "word" -> "\\w";
            default ->
                    throw new FreshetException(
                            ErrorCode.INVALID_REGULAR_EXPRESSION,
                            "invalid regular expression: invalid character class");
        };
    }

    /**
     * SQL's SIMILAR TO pattern as a Java regex matching the whole text: {@code %} any run, {@code
     * _} any character, {@code | * + ? {m,n} ( ) [...]} as in regular expressions, everything else
     * literal; {@code escape} (-1 for none) quotes the next character.
     */
    static Pattern similar(String pattern, int escape) {
        StringBuilder out = new StringBuilder("\\A(?:");
        int i = 0;
        int n = pattern.length();
        boolean inBracket = false;
        while (i < n) {
            int c = pattern.codePointAt(i);
            i += Character.charCount(c);
            if (escape >= 0 && c == escape) {
                if (i >= n) {
                    throw new FreshetException(
                                    ErrorCode.INVALID_ESCAPE_SEQUENCE, "invalid escape string")
                            .withHint("Escape string must be empty or one character.");
                }
                int next = pattern.codePointAt(i);
                i += Character.charCount(next);
                out.append(Pattern.quote(new String(Character.toChars(next))));
                continue;
            }
            if (inBracket) {
                if (c == ']') {
                    inBracket = false;
                }
                if (c == '[' || c == '&') {
                    out.append('\\');
                }
                out.appendCodePoint(c);
                continue;
            }
            switch (c) {
                case '%' -> out.append(".*");
                case '_' -> out.append('.');
                case '|', '*', '+', '?', '{', '}', '(', ')' -> out.appendCodePoint(c);
                case '[' -> {
                    inBracket = true;
                    out.append('[');
                }
                default -> out.append(Pattern.quote(new String(Character.toChars(c))));
            }
        }
        out.append(")\\z");
        return compileJava(out.toString(), Pattern.DOTALL);
    }
}
