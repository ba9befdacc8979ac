package dev.freshet.engine.expr;

import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.type.DataType;
import org.jspecify.annotations.Nullable;

/** Columns that repeat one value, and re-typing of columns with the same layout. */
public final class Constants {
    private Constants() {}

    /** A column of {@code rows} copies of {@code value} (a Java value, null for NULL). */
    public static Column column(DataType type, @Nullable Object value, int rows) {
        ColumnBuilder b = ColumnBuilder.forType(type, Math.max(rows, 1));
        if (rows == 0) {
            return b.build();
        }
        b.appendObject(value);
        Column one = b.build();
        if (rows == 1) {
            return one;
        }
        int[] zeros = new int[rows];
        return one.gather(zeros, rows);
    }

    /** {@code column} labelled with {@code type} (same physical layout); copies only if needed. */
    public static Column coerceLayout(Column column, DataType type) {
        if (column.type().equals(type)) {
            return column;
        }
        ColumnBuilder b = ColumnBuilder.forType(type, Math.max(column.size(), 1));
        b.appendRange(column, 0, column.size());
        return b.build();
    }
}
