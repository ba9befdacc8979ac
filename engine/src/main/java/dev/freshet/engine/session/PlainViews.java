package dev.freshet.engine.session;

import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;

/** Text handling for plain views. */
final class PlainViews {
    private PlainViews() {}

    /**
     * The defining query of a {@code CREATE [OR REPLACE] VIEW [IF NOT EXISTS] name [(columns)] AS
     * query} statement, as written: what follows the first {@code AS} outside parentheses, quotes
     * and comments, without a trailing semicolon.
     */
    static String queryText(String statement) {
        int depth = 0;
        int n = statement.length();
        int i = 0;
        while (i < n) {
            char c = statement.charAt(i);
            if (c == '-' && i + 1 < n && statement.charAt(i + 1) == '-') {
                int eol = statement.indexOf('\n', i);
                i = eol < 0 ? n : eol + 1;
            } else if (c == '/' && i + 1 < n && statement.charAt(i + 1) == '*') {
                int end = statement.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n) {
                    if (statement.charAt(j) == c) {
                        if (j + 1 < n && statement.charAt(j + 1) == c) {
                            j += 2; // doubled quote inside
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                i = j + 1;
            } else if (c == '(') {
                depth++;
                i++;
            } else if (c == ')') {
                depth--;
                i++;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < n
                        && (Character.isLetterOrDigit(statement.charAt(j))
                                || statement.charAt(j) == '_'
                                || statement.charAt(j) == '$')) {
                    j++;
                }
                if (depth == 0 && j - i == 2 && statement.regionMatches(true, i, "AS", 0, 2)) {
                    String q = statement.substring(j).strip();
                    while (q.endsWith(";")) {
                        q = q.substring(0, q.length() - 1).strip();
                    }
                    return q;
                }
                i = j;
            } else {
                i++;
            }
        }
        throw new FreshetException(ErrorCode.SYNTAX_ERROR, "CREATE VIEW needs AS query");
    }
}
