package dev.freshet.engine.ir;

/** Join types the engine maintains incrementally. */
public enum JoinKind {
    INNER,
    LEFT,
    RIGHT,
    FULL,
    /** Left rows with at least one match (EXISTS / IN). */
    SEMI,
    /** Left rows with no match (NOT EXISTS). */
    ANTI;

    public boolean keepsUnmatchedLeft() {
        return this == LEFT || this == FULL;
    }

    public boolean keepsUnmatchedRight() {
        return this == RIGHT || this == FULL;
    }

    /** True if the output carries the right side's columns. */
    public boolean projectsRight() {
        return this != SEMI && this != ANTI;
    }
}
