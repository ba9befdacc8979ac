package dev.freshet.engine.expr;

import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.PgText;
import java.time.ZoneOffset;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A constant, in the Java value mapping of {@link dev.freshet.engine.type.Values}. */
public record Literal(DataType type, @Nullable Object value) implements Expr {
    public Literal {
        Objects.requireNonNull(type);
    }

    public static Literal nullOf(DataType type) {
        return new Literal(type, null);
    }

    public boolean isNull() {
        return value == null;
    }

    @Override
    public String explain() {
        if (value == null) {
            return "null:" + type.sqlName();
        }
        String text = PgText.format(type, value, ZoneOffset.UTC);
        return type.kind().isNumeric() || type.kind() == dev.freshet.engine.type.TypeKind.BOOLEAN
                ? text
                : "'" + text.replace("'", "''") + "':" + type.sqlName();
    }
}
