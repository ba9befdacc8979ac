package dev.freshet.engine.api;

import dev.freshet.engine.type.DataType;
import java.util.Objects;

/**
 * One column of a statement's result, as the wire protocol's RowDescription describes it.
 *
 * @param name column label
 * @param type SQL type
 * @param tableOid OID of the table the column comes from, or 0
 * @param columnNumber attribute number in that table (1-based), or 0
 * @param typeOid the type OID RowDescription reports: {@code type}'s, or that of a PostgreSQL type
 *     whose text form the column holds in {@code type} (int2vector and oidvector as text)
 */
public record ResultColumn(
        String name, DataType type, int tableOid, short columnNumber, int typeOid) {
    public ResultColumn {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
    }

    public ResultColumn(String name, DataType type, int tableOid, short columnNumber) {
        this(name, type, tableOid, columnNumber, type.oid());
    }

    public ResultColumn(String name, DataType type) {
        this(name, type, 0, (short) 0);
    }

    /** Whether the column reports another type than its own ({@link #typeOid}). */
    public boolean reportsOtherType() {
        return typeOid != type.oid();
    }
}
