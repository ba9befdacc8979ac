package dev.freshet.engine.ir;

/**
 * One ORDER BY key.
 *
 * @param field input column index
 * @param descending DESC
 * @param nullsFirst NULLS FIRST (PostgreSQL's default is NULLS LAST for ASC, FIRST for DESC)
 */
public record SortKey(int field, boolean descending, boolean nullsFirst) {
    public String explain() {
        return "$"
                + field
                + (descending ? " DESC" : "")
                + (nullsFirst != descending ? (nullsFirst ? " NULLS FIRST" : " NULLS LAST") : "");
    }
}
