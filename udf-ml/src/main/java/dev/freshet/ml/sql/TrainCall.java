package dev.freshet.ml.sql;

import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.TypeKind;
import dev.freshet.ml.model.FeatureKind;
import dev.freshet.ml.model.FeatureSchema;
import dev.freshet.ml.model.Task;
import dev.freshet.ml.train.Algorithm;
import dev.freshet.ml.train.OnlineModel;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The argument layout of one {@code train} call, decided at plan time from the argument types and
 * constants:
 *
 * <pre>
 * train(algorithm, [label,] feature, ... [, options])
 * </pre>
 *
 * The algorithm is a constant string; supervised algorithms (classification, regression,
 * recommendation) take the label next, unsupervised ones do not. A trailing constant string that is
 * empty or contains {@code =} is the options list, {@code 'name=value, name=value'} (a constant
 * feature carries no information, so this cannot hide a real feature).
 *
 * @param algorithm the algorithm
 * @param label the label's argument index, or -1
 * @param firstFeature index of the first feature argument
 * @param featureCount number of feature arguments
 * @param options the parsed options (names lower case)
 * @param schema the features' schema
 */
record TrainCall(
        Algorithm algorithm,
        int label,
        int firstFeature,
        int featureCount,
        Map<String, String> options,
        FeatureSchema schema) {

    static TrainCall of(List<DataType> types, List<@Nullable Object> constants) {
        if (types.isEmpty() || !(constants.get(0) instanceof String name)) {
            throw new FreshetException(
                            ErrorCode.INVALID_PARAMETER_VALUE,
                            "the first argument of train must be a constant algorithm name")
                    .withHint("For example train('logistic_regression', label, x1, x2).");
        }
        Algorithm a = Algorithm.of(name);
        Task t = a.task();
        boolean supervised =
                t == Task.CLASSIFICATION || t == Task.REGRESSION || t == Task.RECOMMENDATION;
        int end = types.size();
        Map<String, String> options = new LinkedHashMap<>();
        int firstFeature = supervised ? 2 : 1;
        if (end - 1 >= firstFeature
                && constants.get(end - 1) instanceof String s
                && (s.isBlank() || s.contains("="))) {
            options = parseOptions(s);
            end--;
        }
        int count = end - firstFeature;
        if (count < 1) {
            throw new FreshetException(
                    ErrorCode.INVALID_PARAMETER_VALUE,
                    "train('"
                            + a.sqlName()
                            + "', ...) needs "
                            + (supervised ? "a label and " : "")
                            + "at least one feature");
        }
        List<String> names = new ArrayList<>();
        List<FeatureKind> kinds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add("x" + i);
            kinds.add(kind(types.get(firstFeature + i), t == Task.RECOMMENDATION));
        }
        return new TrainCall(
                a,
                supervised ? 1 : -1,
                firstFeature,
                count,
                options,
                FeatureSchema.of(names, kinds));
    }

    /** A new untrained model for this call (validates the options). */
    OnlineModel newModel() {
        return OnlineModel.create(algorithm.sqlName(), schema, options);
    }

    private static FeatureKind kind(DataType t, boolean recommendation) {
        if (recommendation) {
            return FeatureKind.TEXT;
        }
        TypeKind k = t.kind();
        return switch (k) {
            case SMALLINT, INTEGER, BIGINT, REAL, DOUBLE, DECIMAL -> FeatureKind.NUMERIC;
            case BOOLEAN -> FeatureKind.BOOLEAN;
            case VARCHAR, UNKNOWN -> FeatureKind.TEXT;
            default ->
                    throw new FreshetException(
                            ErrorCode.DATATYPE_MISMATCH,
                            "a model feature must be numeric, boolean or text, not " + t.sqlName());
        };
    }

    /** {@code 'a=1, b = x'}: names and values separated by commas, semicolons or spaces. */
    static Map<String, String> parseOptions(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        String normalised = text.replaceAll("\\s*=\\s*", "=");
        for (String part : normalised.split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new FreshetException(
                        ErrorCode.INVALID_PARAMETER_VALUE,
                        "model option \"" + part + "\" must be written name=value");
            }
            String key = part.substring(0, eq).trim().toLowerCase(java.util.Locale.ROOT);
            String value = part.substring(eq + 1).trim();
            if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
                value = value.substring(1, value.length() - 1);
            }
            if (out.put(key, value) != null) {
                throw new FreshetException(
                        ErrorCode.INVALID_PARAMETER_VALUE,
                        "model option \"" + key + "\" is given twice");
            }
        }
        return out;
    }
}
