package dev.freshet.engine.catalog;

import dev.freshet.engine.type.DataType;
import java.util.List;
import java.util.Objects;

/**
 * A SQL function defined with {@code CREATE FUNCTION ... LANGUAGE SQL}: its calls are replaced by
 * its body (one expression over its parameters) before a statement is validated.
 *
 * @param body the expression's SQL text, e.g. {@code LENGTH(s) - LENGTH(REPLACE(s, c, ''))}
 */
public record UserFunction(
        String name,
        List<String> parameterNames,
        List<DataType> parameterTypes,
        DataType returnType,
        String body) {
    public UserFunction {
        Objects.requireNonNull(name);
        parameterNames = List.copyOf(parameterNames);
        parameterTypes = List.copyOf(parameterTypes);
        Objects.requireNonNull(returnType);
        Objects.requireNonNull(body);
    }
}
