package dev.freshet.tests.slt;

/** A sqllogictest file that cannot be parsed; the message starts with {@code file:line}. */
public final class SltParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SltParseException(SltLocation location, String problem) {
        super(location + ": " + problem);
    }
}
