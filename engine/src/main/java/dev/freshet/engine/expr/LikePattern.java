package dev.freshet.engine.expr;

import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.regex.Pattern;

/** A LIKE / ILIKE pattern compiled to a regular expression ({@code %}, {@code _}, escapes). */
public final class LikePattern {
    private LikePattern() {}

    /**
     * Compiles {@code pattern} with escape character {@code escape} (0 for none; PostgreSQL's
     * default is backslash).
     */
    public static Pattern compile(String pattern, char escape, boolean caseInsensitive) {
        StringBuilder re = new StringBuilder(pattern.length() + 8);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (escape != 0 && c == escape) {
                if (i + 1 >= pattern.length()) {
                    throw new FreshetException(
                            ErrorCode.INVALID_ESCAPE_SEQUENCE,
                            "LIKE pattern must not end with escape character");
                }
                re.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '%') {
                re.append(".*");
            } else if (c == '_') {
                re.append('.');
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        int flags =
                Pattern.DOTALL
                        | (caseInsensitive ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        return Pattern.compile(re.toString(), flags);
    }
}
