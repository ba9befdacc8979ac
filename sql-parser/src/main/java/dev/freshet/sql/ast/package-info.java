/**
 * Freshet's SQL statements and the few query-level nodes Calcite has no class for, as immutable
 * {@link org.apache.calcite.sql.SqlCall} subclasses produced by the parser.
 *
 * <p>Statements implement the sealed {@link dev.freshet.sql.ast.FreshetStatement}, so the engine
 * can dispatch over them with an exhaustive switch. Standard queries and DML ({@code SELECT},
 * {@code VALUES}, {@code WITH}, {@code INSERT}, {@code UPDATE}, {@code DELETE}) stay Calcite's own
 * nodes. Query-level extensions ({@link dev.freshet.sql.ast.SqlSelectDistinctOn}, {@link
 * dev.freshet.sql.ast.SqlOrderByWithTies}, {@link dev.freshet.sql.ast.SqlCorrespondingSetOp}) must
 * be rewritten by the engine before Calcite's validator sees the tree.
 *
 * <p>Imports Calcite's {@code sql} packages, JSpecify and nothing else of ours.
 */
@NullMarked
package dev.freshet.sql.ast;

import org.jspecify.annotations.NullMarked;
