/**
 * The parser generated from Calcite's {@code Parser.jj} template with Freshet's grammar ({@code
 * src/main/codegen}), plus the hand-written pieces its actions call: parse-time operators, literal
 * decoding, window-function and COPY-option rewriting.
 *
 * <p>Generated classes ({@code FreshetSqlParserImpl} and JavaCC's support classes) live under
 * {@code target/generated-sources}. Nothing outside {@code dev.freshet.sql.parser} should use this
 * package directly.
 */
@NullMarked
package dev.freshet.sql.parser.impl;

import org.jspecify.annotations.NullMarked;
