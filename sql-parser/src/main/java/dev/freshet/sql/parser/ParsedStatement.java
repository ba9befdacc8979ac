package dev.freshet.sql.parser;

import java.util.Objects;
import org.apache.calcite.sql.SqlNode;

/**
 * One statement of a parsed text.
 *
 * <p>The node's parser positions (and those of every node below it) are positions in the whole text
 * given to {@link FreshetParser#parse}, not in {@link #text()}; {@link
 * FreshetParser#position(String, org.apache.calcite.sql.parser.SqlParserPos)} with the whole text
 * turns them into PostgreSQL error positions.
 *
 * @param node the statement: one of Freshet's {@link dev.freshet.sql.ast.FreshetStatement}s or a
 *     Calcite query or DML node
 * @param text the statement's source, from its first to its last token (comments before it and the
 *     semicolon after it are not included)
 * @param offset the 0-based char index of {@code text} in the whole text
 */
public record ParsedStatement(SqlNode node, String text, int offset) {
    public ParsedStatement {
        Objects.requireNonNull(node);
        Objects.requireNonNull(text);
        if (offset < 0) {
            throw new IllegalArgumentException("negative offset " + offset);
        }
    }
}
