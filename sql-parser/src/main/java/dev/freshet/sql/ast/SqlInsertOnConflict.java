package dev.freshet.sql.ast;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.jspecify.annotations.Nullable;

/**
 * {@code INSERT ... ON CONFLICT [(columns)] DO NOTHING} or {@code DO UPDATE SET c = e, ... [WHERE
 * p]}, as PostgreSQL writes it. The SET expressions and the WHERE may refer to the existing row by
 * the table's name and to the proposed row as {@code excluded}.
 */
public final class SqlInsertOnConflict extends SqlInsert {
    private final @Nullable SqlNodeList conflictColumns;
    private final boolean doNothing;
    private final SqlNodeList updateTargets;
    private final SqlNodeList updateValues;
    private final @Nullable SqlNode updateWhere;

    public SqlInsertOnConflict(
            SqlParserPos pos,
            SqlNodeList keywords,
            SqlNode targetTable,
            SqlNode source,
            @Nullable SqlNodeList columnList,
            @Nullable SqlNodeList conflictColumns,
            boolean doNothing,
            SqlNodeList updateTargets,
            SqlNodeList updateValues,
            @Nullable SqlNode updateWhere) {
        super(pos, keywords, targetTable, source, columnList);
        this.conflictColumns = conflictColumns;
        this.doNothing = doNothing;
        this.updateTargets = updateTargets;
        this.updateValues = updateValues;
        this.updateWhere = updateWhere;
    }

    /** The conflict target's column names, or empty when none was written. */
    public List<String> conflictColumns() {
        List<String> out = new ArrayList<>();
        if (conflictColumns != null) {
            for (SqlNode n : conflictColumns) {
                out.add(((SqlIdentifier) n).getSimple());
            }
        }
        return out;
    }

    /** DO NOTHING (true) or DO UPDATE (false). */
    public boolean doNothing() {
        return doNothing;
    }

    /** The columns DO UPDATE SET assigns, in order. */
    public List<String> updateTargets() {
        List<String> out = new ArrayList<>();
        for (SqlNode n : updateTargets) {
            SqlIdentifier id = (SqlIdentifier) n;
            out.add(id.names.get(id.names.size() - 1));
        }
        return out;
    }

    /** The expressions DO UPDATE SET assigns, in order. */
    public List<SqlNode> updateValues() {
        return updateValues.getList();
    }

    /** DO UPDATE's WHERE, or null. */
    public @Nullable SqlNode updateWhere() {
        return updateWhere;
    }

    /** The same INSERT without its ON CONFLICT clause. */
    public SqlInsert plainInsert() {
        return new SqlInsert(
                getParserPosition(),
                (SqlNodeList) getOperandList().get(0),
                getTargetTable(),
                getSource(),
                getTargetColumnList());
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        super.unparse(writer, leftPrec, rightPrec);
        writer.keyword("ON CONFLICT");
        if (conflictColumns != null) {
            SqlWriter.Frame f = writer.startList("(", ")");
            for (SqlNode c : conflictColumns) {
                writer.sep(",");
                c.unparse(writer, 0, 0);
            }
            writer.endList(f);
        }
        if (doNothing) {
            writer.keyword("DO NOTHING");
            return;
        }
        writer.keyword("DO UPDATE SET");
        for (int i = 0; i < updateTargets.size(); i++) {
            if (i > 0) {
                writer.print(",");
            }
            updateTargets.get(i).unparse(writer, 0, 0);
            writer.keyword("=");
            updateValues.get(i).unparse(writer, 0, 0);
        }
        if (updateWhere != null) {
            writer.keyword("WHERE");
            updateWhere.unparse(writer, 0, 0);
        }
    }
}
