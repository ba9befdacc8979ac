package dev.freshet.sql.parser;

/**
 * Converts the parser's 1-based line and column numbers into offsets in the text, counting as the
 * parser's lexer does: every char (a tab included) is one column, and a line ends at {@code \n},
 * {@code \r\n} or a lone {@code \r}.
 */
final class SourcePositions {
    private final String text;
    private final int[] lineStarts;

    SourcePositions(String text) {
        this.text = text;
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (isLineEnd(text, i)) {
                lines++;
            }
        }
        lineStarts = new int[lines];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (isLineEnd(text, i)) {
                lineStarts[line++] = i + 1;
            }
        }
    }

    private static boolean isLineEnd(String text, int i) {
        char c = text.charAt(i);
        return c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
    }

    /** The 0-based char index of a 1-based line and column, clamped to the text. */
    int charIndex(int line, int column) {
        if (line < 1) {
            return 0;
        }
        if (line > lineStarts.length) {
            return text.length();
        }
        int index = lineStarts[line - 1] + Math.max(column, 1) - 1;
        return Math.min(index, text.length());
    }

    /** PostgreSQL's 1-based character position of a char index (code points, not chars). */
    int characterPosition(int charIndex) {
        return text.codePointCount(0, Math.min(charIndex, text.length())) + 1;
    }
}
