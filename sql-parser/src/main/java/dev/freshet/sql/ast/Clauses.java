package dev.freshet.sql.ast;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.jspecify.annotations.Nullable;

/** Clauses several statements share: how they are held as operands and how they are written. */
final class Clauses {
    private Clauses() {}

    /** A boolean flag as an operand, so that {@code equalsDeep} compares it. */
    static SqlLiteral flag(boolean value) {
        return SqlLiteral.createBoolean(value, SqlParserPos.ZERO);
    }

    /** A string as an operand, so that {@code equalsDeep} compares it. */
    static @Nullable SqlNode text(@Nullable String value) {
        return value == null ? null : SqlLiteral.createCharString(value, SqlParserPos.ZERO);
    }

    /** A list of nodes as one operand. */
    static SqlNodeList list(List<? extends SqlNode> nodes) {
        return new SqlNodeList(nodes, SqlParserPos.ZERO);
    }

    /** The options in their written order, keyed by {@link SqlOption#key()}. */
    static SequencedMap<String, SqlNode> optionMap(List<SqlOption> options) {
        SequencedMap<String, SqlNode> map = new LinkedHashMap<>();
        for (SqlOption option : options) {
            map.put(option.key(), option.value());
        }
        return Collections.unmodifiableSequencedMap(map);
    }

    /** The simple names of identifiers, in order. */
    static List<String> names(List<SqlIdentifier> identifiers) {
        return identifiers.stream().map(SqlIdentifier::getSimple).toList();
    }

    /** Writes {@code (a, b, c)}. */
    static void parenthesized(SqlWriter writer, List<? extends SqlNode> items) {
        SqlWriter.Frame frame = writer.startList("(", ")");
        for (SqlNode item : items) {
            writer.sep(",");
            item.unparse(writer, 0, 0);
        }
        writer.endList(frame);
    }

    /** Writes {@code WITH (k = v, ...)} unless there are no options. */
    static void withOptions(SqlWriter writer, List<SqlOption> options) {
        if (!options.isEmpty()) {
            writer.keyword("WITH");
            parenthesized(writer, options);
        }
    }

    /** Writes a string literal. */
    static void string(SqlWriter writer, String value) {
        writer.literal(writer.getDialect().quoteStringLiteral(value));
    }
}
