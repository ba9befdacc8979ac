package dev.freshet.engine.session;

/** Converts (line, column) positions in SQL text to PostgreSQL's 1-based character offsets. */
final class Positions {
    private Positions() {}

    /** 1-based offset of 1-based ({@code line}, {@code column}) in {@code text}; 0 if unknown. */
    static int offset(String text, int line, int column) {
        if (line <= 0 || column <= 0) {
            return 0;
        }
        int l = 1;
        int i = 0;
        while (l < line && i < text.length()) {
            if (text.charAt(i) == '\n') {
                l++;
            }
            i++;
        }
        return Math.min(i + column, text.length() + 1);
    }
}
