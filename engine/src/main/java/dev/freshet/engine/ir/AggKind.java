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
    BIT_AND("bit_and", Retraction.EXACT),
    BIT_OR("bit_or", Retraction.EXACT),
    BIT_XOR("bit_xor", Retraction.EXACT),
    STDDEV_POP("stddev_pop", Retraction.EXACT),
    STDDEV_SAMP("stddev_samp", Retraction.EXACT),
    VAR_POP("var_pop", Retraction.EXACT),
    VAR_SAMP("var_samp", Retraction.EXACT),
    STRING_AGG("string_agg", Retraction.NEEDS_INPUT),
    ARRAY_AGG("array_agg", Retraction.NEEDS_INPUT),
    /** GROUPING(cols): which grouping set a row of a GROUPING SETS aggregate belongs to. */
    GROUPING("grouping", Retraction.EXACT),
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
