package dev.freshet.engine.expr;

import dev.freshet.engine.type.DataType;
import java.util.List;
import java.util.Objects;

/**
 * {@code CASE WHEN c1 THEN v1 WHEN c2 THEN v2 ... ELSE e END}. Evaluated lazily: each branch only
 * on the rows that reach it, so {@code CASE WHEN x <> 0 THEN 1 / x END} never divides by zero.
 * COALESCE is expressed with it.
 */
public record CaseWhen(List<Expr> conditions, List<Expr> results, Expr otherwise, DataType type)
        implements Expr {
    public CaseWhen {
        conditions = List.copyOf(conditions);
        results = List.copyOf(results);
        Objects.requireNonNull(otherwise);
        Objects.requireNonNull(type);
        if (conditions.size() != results.size() || conditions.isEmpty()) {
            throw new IllegalArgumentException("CASE needs matching WHEN/THEN pairs");
        }
    }

    @Override
    public String explain() {
        StringBuilder sb = new StringBuilder("CASE");
        for (int i = 0; i < conditions.size(); i++) {
            sb.append(" WHEN ")
                    .append(conditions.get(i).explain())
                    .append(" THEN ")
                    .append(results.get(i).explain());
        }
        return sb.append(" ELSE ").append(otherwise.explain()).append(" END").toString();
    }
}
