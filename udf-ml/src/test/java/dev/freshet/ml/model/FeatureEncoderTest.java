package dev.freshet.ml.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.freshet.engine.type.Decimal;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureEncoderTest {
    private static final FeatureSchema SCHEMA =
            FeatureSchema.of(
                    List.of("amount", "flag", "city"),
                    List.of(FeatureKind.NUMERIC, FeatureKind.BOOLEAN, FeatureKind.TEXT));

    @Test
    void layoutIsNumericBooleanThenHashedBlock() {
        FeatureEncoder e = new FeatureEncoder(SCHEMA, new EncoderParams(false, 16));
        assertEquals(18, e.dimension());
        FeatureVector v = e.newVector();
        e.encode(new Object[] {5L, true, "oslo"}, v);
        assertEquals(5.0, v.get(0));
        assertEquals(1.0, v.get(1));
        assertEquals(3, v.nnz());
        double sum = 0;
        for (int i = 2; i < 18; i++) {
            sum += v.get(i);
        }
        assertEquals(1.0, sum, "exactly one hashed slot set");
    }

    @Test
    void hashingIsStableAndNumbersHashLikeTheirValue() {
        FeatureEncoder e = new FeatureEncoder(SCHEMA, new EncoderParams(false, 1 << 12));
        FeatureVector a = e.newVector();
        FeatureVector b = e.newVector();
        e.encode(new Object[] {null, null, "oslo"}, a);
        e.encode(new Object[] {null, null, "oslo"}, b);
        assertEquals(a.index(0), b.index(0));
        e.encode(new Object[] {null, null, 7L}, a);
        e.encode(new Object[] {null, null, 7.0}, b);
        assertEquals(a.index(0), b.index(0));
        e.encode(new Object[] {null, null, "bergen"}, b);
        e.encode(new Object[] {null, null, "oslo"}, a);
        org.junit.jupiter.api.Assertions.assertNotEquals(a.index(0), b.index(0));
    }

    @Test
    void clearReusesTheVector() {
        FeatureEncoder e = new FeatureEncoder(SCHEMA, new EncoderParams(false, 8));
        FeatureVector v = e.newVector();
        e.encode(new Object[] {1.0, true, "a"}, v);
        e.encode(new Object[] {null, false, null}, v);
        assertEquals(0, v.squaredNorm());
    }

    @Test
    void decimalAndLongAreNumeric() {
        FeatureEncoder e =
                new FeatureEncoder(FeatureSchema.numeric(2), new EncoderParams(false, 1));
        FeatureVector v = e.newVector();
        e.encode(new Object[] {Decimal.parse("2.5"), 3L}, v);
        assertEquals(2.5, v.get(0));
        assertEquals(3.0, v.get(1));
    }

    @Test
    void standardisationRetractsExactly() {
        FeatureEncoder all =
                new FeatureEncoder(FeatureSchema.numeric(1), EncoderParams.defaults(true));
        FeatureEncoder kept =
                new FeatureEncoder(FeatureSchema.numeric(1), EncoderParams.defaults(true));
        Rng rng = new Rng(7);
        for (int i = 0; i < 500; i++) {
            double x = 100 + 10 * rng.nextGaussian();
            all.update(new Object[] {x}, 1);
            if (i % 3 == 0) {
                all.update(new Object[] {x}, -1);
            } else {
                kept.update(new Object[] {x}, 1);
            }
        }
        assertEquals(kept.mean(0), all.mean(0), 1e-9);
        assertEquals(kept.variance(0), all.variance(0), 1e-9);
        FeatureVector a = all.newVector();
        FeatureVector b = kept.newVector();
        all.encode(new Object[] {123.0}, a);
        kept.encode(new Object[] {123.0}, b);
        assertEquals(b.get(0), a.get(0), 1e-9);
    }

    @Test
    void typeMismatchIsAClearError() {
        FeatureEncoder e = new FeatureEncoder(SCHEMA, EncoderParams.defaults(false));
        FreshetException ex =
                assertThrows(
                        FreshetException.class,
                        () -> e.encode(new Object[] {"x", true, "a"}, e.newVector()));
        assertEquals(ErrorCode.DATATYPE_MISMATCH, ex.code());
        FreshetException width =
                assertThrows(
                        FreshetException.class, () -> e.encode(new Object[] {1.0}, e.newVector()));
        assertEquals(ErrorCode.DATATYPE_MISMATCH, width.code());
    }

    @Test
    void inferredSchema() {
        FeatureSchema s = FeatureSchema.infer(new Object[] {1L, 2.0, "a", true});
        assertEquals(
                List.of(
                        FeatureKind.NUMERIC,
                        FeatureKind.NUMERIC,
                        FeatureKind.TEXT,
                        FeatureKind.BOOLEAN),
                s.kinds());
    }
}
