package dev.freshet.ml.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.freshet.ml.model.FeatureKind;
import dev.freshet.ml.model.FeatureRow;
import dev.freshet.ml.model.FeatureSchema;
import dev.freshet.ml.model.Rng;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code TRAIN} hands rows to models as {@link FeatureRow}s filled from columns without boxing; the
 * scoring functions and the Java API use {@code Object[]}. Both must learn exactly the same model.
 */
class FeatureRowLearningTest {
    private static final FeatureSchema SCHEMA =
            FeatureSchema.of(
                    List.of("amount", "hour", "flag", "country"),
                    List.of(
                            FeatureKind.NUMERIC,
                            FeatureKind.NUMERIC,
                            FeatureKind.BOOLEAN,
                            FeatureKind.TEXT));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "logistic_regression",
                "passive_aggressive_classifier",
                "gaussian_naive_bayes",
                "hoeffding_tree"
            })
    void unboxedRowsLearnTheSameModelAsObjectRows(String algorithm) {
        OnlineModel boxed = OnlineModel.create(algorithm, SCHEMA, Map.of());
        OnlineModel unboxed = OnlineModel.create(algorithm, SCHEMA, Map.of());
        FeatureRow row = unboxed.newRow();
        Rng rng = new Rng(7);
        String[] countries = {"DE", "FR", "US"};
        for (int i = 0; i < 3000; i++) {
            // NULLs in every column now and then
            @Nullable Double amount =
                    rng.nextDouble() < 0.05 ? null : rng.nextGaussian() * 50 + 100;
            @Nullable Long hour = rng.nextDouble() < 0.05 ? null : (long) (rng.nextDouble() * 24);
            @Nullable Boolean flag = rng.nextDouble() < 0.05 ? null : rng.nextDouble() < 0.3;
            @Nullable String country =
                    rng.nextDouble() < 0.05 ? null : countries[(int) (rng.nextDouble() * 3)];
            boolean label = (amount != null && amount > 120) ^ (flag != null && flag);
            boxed.learn(new Object[] {amount, hour, flag, country}, label, 1);
            row.setNumber(0, amount == null ? Double.NaN : amount);
            row.setNumber(1, hour == null ? Double.NaN : hour);
            row.setValue(2, flag);
            row.setValue(3, country);
            unboxed.learn(row, label, 1);
        }
        assertEquals(3000, unboxed.rows());
        assertArrayEquals(ModelCodec.write(boxed), ModelCodec.write(unboxed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "true"})
    void aValueOfTheWrongKindIsRefusedWithItsFeatureName(String value) {
        FeatureRow row = OnlineModel.create("logistic_regression", SCHEMA, Map.of()).newRow();
        FreshetException e = assertThrows(FreshetException.class, () -> row.setValue(0, value));
        assertEquals(ErrorCode.DATATYPE_MISMATCH, e.code());
        assertEquals("feature \"amount\" is numeric but got a String", e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void recommendersKeepUserAndItemKeysAsTheyAre() {
        OnlineModel m =
                OnlineModel.create(
                        "matrix_factorization",
                        FeatureSchema.of(
                                List.of("user", "item"),
                                List.of(FeatureKind.NUMERIC, FeatureKind.TEXT)),
                        Map.of());
        FeatureRow row = m.newRow();
        row.setValue(0, 1L);
        row.setValue(1, "a");
        m.learn(row, 5.0, 1);
        row.setValue(1, "b");
        m.learn(row, 1.0, 1);
        assertEquals(2, m.rows());
        assertEquals(true, m.predictRating(1L, "a") > m.predictRating(1L, "b"));
    }
}
