package dev.freshet.engine.session;

import dev.freshet.engine.api.Prepared;
import dev.freshet.engine.api.ResultColumn;
import dev.freshet.engine.type.DataType;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A statement parsed and analysed for a session. Re-analysed from its text when the catalog has
 * changed since, so a prepared statement follows DDL like PostgreSQL's plan cache does.
 */
final class PreparedImpl implements Prepared {
    private final String sql;
    private final String text;
    private final int offset;
    private final List<@Nullable DataType> declared;
    private @Nullable Analysis analysis;
    private long catalogVersion;
    private LiteralNormalizer.@Nullable Normalized normalized;

    PreparedImpl(
            String sql,
            String text,
            int offset,
            List<@Nullable DataType> declared,
            @Nullable Analysis analysis,
            long catalogVersion) {
        this.sql = sql;
        this.text = text;
        this.offset = offset;
        this.declared = declared;
        this.analysis = analysis;
        this.catalogVersion = catalogVersion;
    }

    @Override
    public String sql() {
        return sql;
    }

    /**
     * A simple-protocol statement whose literals became parameters: {@link #text} is the normalised
     * text, {@link #sql} the original, the values are in {@code normalized}.
     */
    static PreparedImpl normalized(String sql, LiteralNormalizer.Normalized n) {
        PreparedImpl p = new PreparedImpl(sql, n.text(), 0, n.declared(), null, -1);
        p.normalized = n;
        return p;
    }

    LiteralNormalizer.@Nullable Normalized normalized() {
        return normalized;
    }

    String text() {
        return text;
    }

    int offset() {
        return offset;
    }

    List<@Nullable DataType> declared() {
        return declared;
    }

    @Nullable Analysis analysis() {
        return analysis;
    }

    long catalogVersion() {
        return catalogVersion;
    }

    void reanalysed(Analysis a, long version) {
        this.analysis = a;
        this.catalogVersion = version;
    }

    @Override
    public List<DataType> parameterTypes() {
        if (analysis == null) {
            return List.of();
        }
        // a type the client declared is what it gets described, even where the planner works
        // with another (uuid is planned as text); FreshetSession converts such values
        List<DataType> inferred = analysis.parameterTypes();
        List<DataType> out = new java.util.ArrayList<>(inferred);
        for (int i = 0; i < out.size() && i < declared.size(); i++) {
            DataType d = declared.get(i);
            if (d != null) {
                out.set(i, d);
            }
        }
        return out;
    }

    @Override
    public Optional<List<ResultColumn>> resultColumns() {
        return analysis == null ? Optional.empty() : Optional.ofNullable(analysis.columns());
    }

    @Override
    public boolean isEmpty() {
        return analysis == null;
    }
}
