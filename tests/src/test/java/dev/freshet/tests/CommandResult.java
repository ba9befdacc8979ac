package dev.freshet.tests;

import java.util.List;

/**
 * What an external command did: its exit code, everything it wrote, and whether it was killed for
 * running past its timeout (then {@code exitCode} is -1).
 */
public record CommandResult(
        List<String> command, int exitCode, String stdout, String stderr, boolean timedOut) {

    /** Whether the command finished by itself with exit code 0. */
    public boolean succeeded() {
        return !timedOut && exitCode == 0;
    }

    /** A multi-line description for failure messages. */
    public String describe() {
        return "command: "
                + String.join(" ", command)
                + "\nexit code: "
                + (timedOut ? "timed out" : Integer.toString(exitCode))
                + "\n--- stdout ---\n"
                + stdout
                + "\n--- stderr ---\n"
                + stderr;
    }
}
