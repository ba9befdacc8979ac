package dev.freshet.engine.ir;

/** Built-in aggregate functions. */
public enum AggKind {
    COUNT_STAR("count(*)", Retraction.EXACT),
    COUNT("count", Retraction.EXACT),
    SUM("sum", Retraction.EXACT),
    /** SUM that yields 0 instead of NULL on no rows (Calcite's $SUM0, used for count rollups). */
    SUM0("$sum0", Retraction.EXACT),
    AVG("avg", Retraction.EXACT),
    MIN("min", Retraction.NEEDS_INPUT),
    MAX("max", Retraction.NEEDS_INPUT),
    BOOL_AND("bool_and", Retraction.EXACT),
    BOOL_OR("bool_or", Retraction.EXACT),
    /** An aggregate provided through the function SPI (e.g. train). */
    EXTERNAL("external", Retraction.APPEND_ONLY);

    private final String label;
    private final Retraction retraction;

    AggKind(String label, Retraction retraction) {
        this.label = label;
        this.retraction = retraction;
    }

    public String label() {
        return label;
    }

    /** How the built-in aggregate handles deletes of input rows. */
    public Retraction retraction() {
        return retraction;
    }
}
