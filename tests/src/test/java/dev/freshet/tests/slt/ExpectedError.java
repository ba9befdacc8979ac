package dev.freshet.tests.slt;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/** What an expected error's message must look like. */
public sealed interface ExpectedError {

    /** Starts the last line of an error's text, followed by the SQLSTATE. */
    String SQLSTATE_LINE = "\nSQLSTATE: ";

    /** Whether the actual error message satisfies this expectation. */
    boolean matches(String message);

    /** {@code statement error} with nothing after it: any error will do. */
    record Any() implements ExpectedError {
        @Override
        public boolean matches(String message) {
            return true;
        }

        @Override
        public String toString() {
            return "(any error)";
        }
    }

    /**
     * A regular expression after {@code error} on the header line: it must be found somewhere in
     * the message (not match all of it), as in sqllogictest-rs.
     */
    record Regex(Pattern pattern) implements ExpectedError {
        public Regex {
            requireNonNull(pattern);
        }

        @Override
        public boolean matches(String message) {
            return pattern.matcher(message).find();
        }

        @Override
        public String toString() {
            return "(regex) " + pattern.pattern();
        }
    }

    /**
     * A message under {@code ----}, ended by two blank lines: the whole message must equal it,
     * ignoring leading and trailing whitespace.
     */
    record Exact(String text) implements ExpectedError {
        public Exact {
            text = text.strip();
        }

        @Override
        public boolean matches(String message) {
            int state = message.lastIndexOf(SQLSTATE_LINE);
            String withoutState = state < 0 ? message : message.substring(0, state);
            return text.equals(withoutState.strip());
        }

        @Override
        public String toString() {
            return "(exact) " + text;
        }
    }
}
