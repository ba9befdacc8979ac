package dev.freshet.sql.parser.impl;

import dev.freshet.sql.ast.SqlColumnDeclaration;
import dev.freshet.sql.ast.SqlWatermark;
import dev.freshet.sql.error.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.jspecify.annotations.Nullable;

/**
 * Collects the elements of {@code CREATE TABLE (...)} and {@code CREATE SOURCE (...)} as they are
 * parsed: columns, the primary key (from a column or a table constraint, but only once) and the
 * watermark (only once).
 */
final class TableElements {
    private final SqlIdentifier table;
    private final List<SqlColumnDeclaration> columns = new ArrayList<>();
    private @Nullable List<SqlIdentifier> primaryKey;
    private @Nullable SqlWatermark watermark;

    TableElements(SqlIdentifier table) {
        this.table = table;
    }

    /** Adds a column; {@code primaryKeyPos} is where its PRIMARY KEY was written, if it was. */
    void addColumn(
            SqlColumnDeclaration column, boolean primaryKey, @Nullable SqlParserPos primaryKeyPos) {
        columns.add(column);
        if (primaryKey) {
            setPrimaryKey(
                    List.of(column.nameIdentifier()),
                    primaryKeyPos == null ? column.getParserPosition() : primaryKeyPos);
        }
    }

    /** Sets the primary key of a PRIMARY KEY (...) table constraint. */
    void setPrimaryKey(SqlNodeList key, SqlParserPos pos) {
        setPrimaryKey(identifiers(key), pos);
    }

    private void setPrimaryKey(List<SqlIdentifier> key, SqlParserPos pos) {
        if (primaryKey != null) {
            throw new PositionedParseException(
                    ErrorCode.INVALID_TABLE_DEFINITION,
                    "multiple primary keys for table \"" + table + "\" are not allowed",
                    pos);
        }
        primaryKey = List.copyOf(key);
    }

    void setWatermark(SqlWatermark watermark) {
        if (this.watermark != null) {
            throw new PositionedParseException(
                    ErrorCode.INVALID_TABLE_DEFINITION,
                    "multiple watermarks for table \"" + table + "\" are not allowed",
                    watermark.getParserPosition());
        }
        this.watermark = watermark;
    }

    List<SqlColumnDeclaration> columns() {
        return columns;
    }

    List<SqlIdentifier> primaryKey() {
        return primaryKey == null ? List.of() : primaryKey;
    }

    @Nullable SqlWatermark watermark() {
        return watermark;
    }

    /** The identifiers of a list of simple identifiers. */
    static List<SqlIdentifier> identifiers(SqlNodeList list) {
        List<SqlIdentifier> identifiers = new ArrayList<>(list.size());
        for (SqlNode node : list) {
            identifiers.add((SqlIdentifier) node);
        }
        return identifiers;
    }
}
