package dev.freshet.tests.slt;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Where a record starts: its file, its 1-based line, and the {@code include} line that brought the
 * file in (null for the top-level file).
 */
public record SltLocation(Path file, int line, @Nullable SltLocation includedFrom) {

    public SltLocation {
        requireNonNull(file);
        if (line < 1) {
            throw new IllegalArgumentException("line must be >= 1: " + line);
        }
    }

    /** {@code file:line}, followed by one {@code included from file:line} per include level. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder().append(file).append(':').append(line);
        for (SltLocation outer = includedFrom; outer != null; outer = outer.includedFrom) {
            text.append("\n  included from ").append(outer.file).append(':').append(outer.line);
        }
        return text.toString();
    }
}
