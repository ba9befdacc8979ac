package dev.freshet.sql.ast;

import java.util.List;
import java.util.Objects;
import java.util.SequencedMap;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * The {@code FORMAT f ENCODE e [(k = v, ...)]} clause of sources, sinks and connector tables
 * (RisingWave's syntax), for example {@code FORMAT PLAIN ENCODE JSON}.
 */
public final class SqlFormatEncode extends SqlCall {
    /** The operator of every FORMAT ... ENCODE clause. */
    public static final SqlOperator OPERATOR =
            new SqlSpecialOperator("FORMAT ENCODE", SqlKind.OTHER);

    private final SqlIdentifier format;
    private final SqlIdentifier encode;
    private final List<SqlOption> encodeOptions;

    public SqlFormatEncode(
            SqlParserPos pos,
            SqlIdentifier format,
            SqlIdentifier encode,
            List<SqlOption> encodeOptions) {
        super(pos);
        this.format = Objects.requireNonNull(format);
        this.encode = Objects.requireNonNull(encode);
        this.encodeOptions = List.copyOf(encodeOptions);
    }

    /** The format, lower-case unless it was quoted ({@code plain}, {@code upsert}, ...). */
    public String format() {
        return format.getSimple();
    }

    /** The encoding, lower-case unless it was quoted ({@code json}, {@code avro}, ...). */
    public String encode() {
        return encode.getSimple();
    }

    /** The options after ENCODE, in written order. */
    public SequencedMap<String, SqlNode> encodeOptions() {
        return Clauses.optionMap(encodeOptions);
    }

    @Override
    public SqlOperator getOperator() {
        return OPERATOR;
    }

    @Override
    public List<SqlNode> getOperandList() {
        return List.of(format, encode, Clauses.list(encodeOptions));
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.keyword("FORMAT");
        format.unparse(writer, 0, 0);
        writer.keyword("ENCODE");
        encode.unparse(writer, 0, 0);
        if (!encodeOptions.isEmpty()) {
            Clauses.parenthesized(writer, encodeOptions);
        }
    }
}
