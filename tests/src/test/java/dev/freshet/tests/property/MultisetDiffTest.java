package dev.freshet.tests.property;

import static dev.freshet.tests.property.ValueKind.FLOAT;
import static dev.freshet.tests.property.ValueKind.INTEGER;
import static dev.freshet.tests.property.ValueKind.NUMERIC;
import static dev.freshet.tests.property.ValueKind.TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MultisetDiffTest {

    private static ResultRows rows(List<ValueKind> kinds, String[]... rows) {
        return new ResultRows(kinds, Arrays.stream(rows).map(Arrays::asList).toList());
    }

    @Test
    void multisetsIgnoreOrderButCountDuplicates() {
        var kinds = List.of(INTEGER, TEXT);
        var a =
                rows(
                        kinds,
                        new String[] {"1", "x"},
                        new String[] {"2", null},
                        new String[] {"1", "x"});
        var b =
                rows(
                        kinds,
                        new String[] {"2", null},
                        new String[] {"1", "x"},
                        new String[] {"1", "x"});
        assertEquals(Optional.empty(), MultisetDiff.diff(a, b));

        var c = rows(kinds, new String[] {"2", null}, new String[] {"1", "x"});
        String diff = MultisetDiff.diff(a, c).orElseThrow();
        assertTrue(diff.contains("- 1 | x"), diff);
        assertTrue(diff.contains("unexpected (in actual, not expected): 0"), diff);
    }

    @Test
    void numericIgnoresTrailingZeros() {
        assertTrue(MultisetDiff.valuesEqual(NUMERIC, "1.50", "1.5"));
        assertTrue(MultisetDiff.valuesEqual(NUMERIC, "10", "10.00"));
        assertFalse(MultisetDiff.valuesEqual(NUMERIC, "1.5", "1.51"));
        assertFalse(
                MultisetDiff.valuesEqual(NUMERIC, "1.54", "1.5"), "no rounding of short values");
    }

    @Test
    void divisionResultsAgreeToTheShorterScale() {
        assertTrue(
                MultisetDiff.valuesEqual(
                        NUMERIC, "2.6666666666666667", "2.6666666666666666666666666667"));
        assertTrue(
                MultisetDiff.valuesEqual(NUMERIC, "0.33333333333333333333", "0.3333333333333333"));
        assertFalse(MultisetDiff.valuesEqual(NUMERIC, "2.6666666666666667", "2.6666666666667666"));
    }

    @Test
    void doublesWithinRelativeTolerance() {
        assertTrue(MultisetDiff.valuesEqual(FLOAT, "0.30000000000000004", "0.3"));
        assertTrue(MultisetDiff.valuesEqual(FLOAT, "100", "100.0"));
        assertTrue(MultisetDiff.valuesEqual(FLOAT, "NaN", "NaN"));
        assertTrue(MultisetDiff.valuesEqual(FLOAT, "-Infinity", "-Infinity"));
        assertTrue(MultisetDiff.valuesEqual(FLOAT, "1e-17", "0"), "absolute tolerance near zero");
        assertFalse(MultisetDiff.valuesEqual(FLOAT, "1.000001", "1"));
        assertFalse(MultisetDiff.valuesEqual(FLOAT, "Infinity", "-Infinity"));
    }

    @Test
    void nullEqualsOnlyNull() {
        assertTrue(MultisetDiff.valuesEqual(TEXT, null, null));
        assertFalse(MultisetDiff.valuesEqual(INTEGER, null, "0"));
        assertFalse(MultisetDiff.valuesEqual(TEXT, "", null));
    }

    @Test
    void differentlyTypedColumnsCompareByTheLooserKind() {
        // One engine says NUMERIC, the other DOUBLE: compared as doubles.
        var a = rows(List.of(NUMERIC), new String[] {"2.5000"});
        var b = rows(List.of(FLOAT), new String[] {"2.5"});
        assertEquals(Optional.empty(), MultisetDiff.diff(a, b));
        assertTrue(
                MultisetDiff.diff(a, rows(List.of(FLOAT, TEXT), new String[] {"2.5", "x"}))
                        .isPresent());
    }

    @Test
    void toleranceMatchingKeepsMultiplicities() {
        var kinds = List.of(FLOAT, INTEGER);
        var expected =
                rows(
                        kinds,
                        new String[] {"0.3", "1"},
                        new String[] {"0.3", "1"},
                        new String[] {"2", "2"});
        var close =
                rows(
                        kinds,
                        new String[] {"2.0", "2"},
                        new String[] {"0.30000000000000004", "1"},
                        new String[] {"0.3", "1.0"});
        assertEquals(Optional.empty(), MultisetDiff.diff(expected, close));

        var oneShort =
                rows(kinds, new String[] {"0.30000000000000004", "1"}, new String[] {"2", "2"});
        String diff = MultisetDiff.diff(expected, oneShort).orElseThrow();
        assertTrue(diff.contains("missing (expected, not in actual): 1"), diff);
        assertTrue(diff.contains("unexpected (in actual, not expected): 0"), diff);
    }
}
