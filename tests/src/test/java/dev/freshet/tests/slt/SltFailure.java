package dev.freshet.tests.slt;

import static java.util.Objects.requireNonNull;

/**
 * One record that did not do what its file says: where it is, its SQL, what went wrong, and the
 * expected and actual outcome as text.
 */
public record SltFailure(
        SltLocation location, String sql, String problem, String expected, String actual) {

    public SltFailure {
        requireNonNull(location);
        requireNonNull(sql);
        requireNonNull(problem);
        requireNonNull(expected);
        requireNonNull(actual);
    }

    /** The failure as a block of text for a test report. */
    @Override
    public String toString() {
        return location
                + "\n"
                + problem
                + "\n[SQL]\n"
                + indent(sql)
                + "\n[expected]\n"
                + indent(expected)
                + "\n[actual]\n"
                + indent(actual);
    }

    private static String indent(String text) {
        return text.isEmpty() ? "    <nothing>" : text.indent(4).stripTrailing();
    }
}
