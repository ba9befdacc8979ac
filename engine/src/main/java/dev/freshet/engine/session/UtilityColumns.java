package dev.freshet.engine.session;

import dev.freshet.engine.api.ResultColumn;
import dev.freshet.engine.type.DataType;
import dev.freshet.sql.ast.SqlDescribe;
import dev.freshet.sql.ast.SqlExplainStatement;
import dev.freshet.sql.ast.SqlShow;
import java.util.List;
import org.apache.calcite.sql.SqlNode;
import org.jspecify.annotations.Nullable;

/** The result columns of utility statements that return rows (SHOW, DESCRIBE, EXPLAIN). */
final class UtilityColumns {
    private UtilityColumns() {}

    static final List<ResultColumn> DESCRIBE =
            List.of(
                    new ResultColumn("Name", DataType.VARCHAR),
                    new ResultColumn("Type", DataType.VARCHAR),
                    new ResultColumn("Is Hidden", DataType.VARCHAR),
                    new ResultColumn("Description", DataType.VARCHAR));

    static final List<ResultColumn> EXPLAIN =
            List.of(new ResultColumn("QUERY PLAN", DataType.VARCHAR));

    static final List<ResultColumn> SHOW_ALL =
            List.of(
                    new ResultColumn("name", DataType.VARCHAR),
                    new ResultColumn("setting", DataType.VARCHAR),
                    new ResultColumn("description", DataType.VARCHAR));

    static final List<ResultColumn> NAMES = List.of(new ResultColumn("Name", DataType.VARCHAR));

    static final List<ResultColumn> SHOW_MODELS =
            List.of(
                    new ResultColumn("Name", DataType.VARCHAR),
                    new ResultColumn("algorithm", DataType.VARCHAR),
                    new ResultColumn("version", DataType.VARCHAR),
                    new ResultColumn("rows", DataType.VARCHAR),
                    new ResultColumn("metric", DataType.VARCHAR),
                    new ResultColumn("drift", DataType.VARCHAR));

    static final List<ResultColumn> SHOW_SOURCES =
            List.of(
                    new ResultColumn("Name", DataType.VARCHAR),
                    new ResultColumn("connector", DataType.VARCHAR),
                    new ResultColumn("rows", DataType.VARCHAR),
                    new ResultColumn("errors", DataType.VARCHAR),
                    new ResultColumn("status", DataType.VARCHAR),
                    new ResultColumn("position", DataType.VARCHAR),
                    new ResultColumn("last_error", DataType.VARCHAR));

    static final List<ResultColumn> DESCRIBE_MODEL =
            List.of(
                    new ResultColumn("property", DataType.VARCHAR),
                    new ResultColumn("value", DataType.VARCHAR));

    static @Nullable List<ResultColumn> of(SqlNode node) {
        return switch (node) {
            case SqlDescribe d -> d.model() ? DESCRIBE_MODEL : DESCRIBE;
            case SqlExplainStatement e -> EXPLAIN;
            case SqlShow s ->
                    switch (s.what()) {
                        case ALL -> SHOW_ALL;
                        case MODELS -> SHOW_MODELS;
                        case SOURCES -> SHOW_SOURCES;
                        case PARAMETER ->
                                List.of(
                                        new ResultColumn(
                                                parameterLabel(s.name()), DataType.VARCHAR));
                        case CREATE_TABLE, CREATE_MATERIALIZED_VIEW ->
                                List.of(
                                        new ResultColumn("Name", DataType.VARCHAR),
                                        new ResultColumn("Create Sql", DataType.VARCHAR));
                        default -> NAMES;
                    };
            default -> null;
        };
    }

    /** PostgreSQL labels SHOW's column with the parameter's canonical name in lower case. */
    static String parameterLabel(@Nullable String name) {
        if (name == null) {
            return "setting";
        }
        return SessionParameters.canonical(name);
    }
}
