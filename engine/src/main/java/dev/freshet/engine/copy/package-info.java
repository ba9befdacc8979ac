/**
 * PostgreSQL's COPY data formats (text and CSV): {@link dev.freshet.engine.copy.CopyFormat}
 * resolves the statement's options, {@link dev.freshet.engine.copy.CopyDecoder} cuts an incoming
 * byte stream into rows of fields, {@link dev.freshet.engine.copy.CopyEncoder} writes rows out.
 *
 * <p>Knows nothing of tables, sessions or the wire: bytes and strings in, bytes and strings out.
 * May import {@code dev.freshet.engine.batch}, {@code .type} and {@code dev.freshet.sql}.
 */
@NullMarked
package dev.freshet.engine.copy;

import org.jspecify.annotations.NullMarked;
