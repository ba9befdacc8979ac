package dev.freshet.sql.ast;

import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * A statement of Freshet's own grammar (DDL, session and transaction control, COPY, cursors).
 * Sealed, so that the engine can switch over statements exhaustively: a new statement breaks
 * compilation wherever it is not handled. Queries and DML are Calcite's nodes, not these.
 */
public sealed interface FreshetStatement
        permits SqlAlterModel,
                SqlAlterUser,
                SqlCloseCursor,
                SqlCopy,
                SqlCreateFunction,
                SqlCreateIndex,
                SqlCreateMaterializedView,
                SqlCreateModel,
                SqlCreateSink,
                SqlCreateSource,
                SqlCreateTable,
                SqlCreateUser,
                SqlCreateView,
                SqlDeallocate,
                SqlDeclareCursor,
                SqlDescribe,
                SqlDiscard,
                SqlDropObject,
                SqlExplainStatement,
                SqlFetch,
                SqlFlush,
                SqlResetVariable,
                SqlSetVariable,
                SqlShow,
                SqlSubscribe,
                SqlTransactionStatement {

    /** The statement's position in the parsed text. */
    SqlParserPos getParserPosition();

    /** The statement as a Calcite node (every implementation is one). */
    default SqlNode asNode() {
        return (SqlNode) this;
    }
}
