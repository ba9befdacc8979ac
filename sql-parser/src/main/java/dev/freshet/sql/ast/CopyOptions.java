package dev.freshet.sql.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlWriter;
import org.jspecify.annotations.Nullable;

/**
 * The options of {@code COPY}, from either the parenthesized list ({@code WITH (FORMAT csv, HEADER
 * true, DELIMITER ',')}) or PostgreSQL's older keyword form ({@code WITH CSV HEADER DELIMITER
 * ','}). Null components were not given; the {@code ...OrDefault} methods apply PostgreSQL's
 * defaults for the format.
 *
 * @param format the data format ({@code TEXT} unless given)
 * @param header whether the first line is a header (CSV only)
 * @param delimiter the column delimiter, one character
 * @param nullString the string that stands for NULL
 * @param quote the quote character (CSV only)
 * @param escape the escape character (CSV only)
 * @param encoding the client-side encoding name
 */
public record CopyOptions(
        Format format,
        boolean header,
        @Nullable String delimiter,
        @Nullable String nullString,
        @Nullable String quote,
        @Nullable String escape,
        @Nullable String encoding) {

    /** The data formats of COPY. */
    public enum Format {
        TEXT,
        CSV,
        BINARY
    }

    /** Text format, no options. */
    public static final CopyOptions DEFAULTS =
            new CopyOptions(Format.TEXT, false, null, null, null, null, null);

    public CopyOptions {
        Objects.requireNonNull(format);
    }

    /** The delimiter: as given, else tab for text and comma for CSV. */
    public String delimiterOrDefault() {
        return delimiter != null ? delimiter : format == Format.CSV ? "," : "\t";
    }

    /** The NULL string: as given, else {@code \N} for text and the empty string for CSV. */
    public String nullStringOrDefault() {
        return nullString != null ? nullString : format == Format.CSV ? "" : "\\N";
    }

    /** The CSV quote character: as given, else {@code "}. */
    public String quoteOrDefault() {
        return quote != null ? quote : "\"";
    }

    /** The CSV escape character: as given, else the quote character. */
    public String escapeOrDefault() {
        return escape != null ? escape : quoteOrDefault();
    }

    /** The options as operands, so that {@code equalsDeep} compares them. */
    List<@Nullable SqlNode> operands() {
        List<@Nullable SqlNode> operands = new ArrayList<>();
        operands.add(Clauses.text(format.name()));
        operands.add(Clauses.flag(header));
        operands.add(Clauses.text(delimiter));
        operands.add(Clauses.text(nullString));
        operands.add(Clauses.text(quote));
        operands.add(Clauses.text(escape));
        operands.add(Clauses.text(encoding));
        return operands;
    }

    /** Writes {@code WITH (FORMAT f, ...)} with the options that were given. */
    void unparse(SqlWriter writer) {
        writer.keyword("WITH");
        SqlWriter.Frame frame = writer.startList("(", ")");
        writer.sep(",");
        writer.keyword("FORMAT");
        writer.keyword(format.name());
        if (header) {
            writer.sep(",");
            writer.keyword("HEADER TRUE");
        }
        option(writer, "DELIMITER", delimiter);
        option(writer, "NULL", nullString);
        option(writer, "QUOTE", quote);
        option(writer, "ESCAPE", escape);
        option(writer, "ENCODING", encoding);
        writer.endList(frame);
    }

    private static void option(SqlWriter writer, String name, @Nullable String value) {
        if (value != null) {
            writer.sep(",");
            writer.keyword(name);
            Clauses.string(writer, value);
        }
    }
}
