package dev.freshet.tests.slt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultLinesTest {

    @Test
    void decimalsByValueDropTrailingFractionalZerosOnly() {
        assertEquals("1", ResultLines.decimalByValue("1.00"));
        assertEquals("6221.5", ResultLines.decimalByValue("6221.5000000000000000"));
        assertEquals("-0.33", ResultLines.decimalByValue("-0.330"));
        assertEquals("100", ResultLines.decimalByValue("100"));
        assertEquals("1.05", ResultLines.decimalByValue("1.05"));
        assertEquals("1e10", ResultLines.decimalByValue("1e10"));
        assertEquals("a.10", ResultLines.decimalByValue("a.10"));
        assertEquals("00:00:20.21", ResultLines.decimalByValue("00:00:20.210"));
        assertEquals("00:00:20", ResultLines.decimalByValue("00:00:20.000"));
        assertEquals("10:00:00.5+02", ResultLines.decimalByValue("10:00:00.500+02"));
    }

    @Test
    void quotientsAgreeAtTheShorterPrecisionOnlyWhenBothAreLong() {
        assertTrue(
                ResultLines.decimalsAgree(
                        "4193850.5714285714285714285714", "4193850.571428571429"));
        assertTrue(ResultLines.decimalsAgree("19269", "19269.0000000000000000"));
        assertFalse(ResultLines.decimalsAgree("1", "1.4"));
        assertFalse(ResultLines.decimalsAgree("0.33", "0.333"));
        assertFalse(
                ResultLines.decimalsAgree(
                        "4193850.5714285714285714285714", "4193850.571428571428"));
    }

    @Test
    void valuesAreTrimmedCollapsedAndJoinedBySingleSpaces() {
        assertEquals(
                List.of("a b c", "NULL (empty)"),
                ResultLines.actual(
                        List.of(List.of("  a ", "b \t c"), List.of("NULL", "(empty)")),
                        SortMode.NOSORT,
                        0));
        assertEquals(List.of("1 x", ""), ResultLines.expected(List.of("  1    x ", "   ")));
    }

    @Test
    void rowsortSortsRowsAsListsOfValues() {
        // As lists ["1","10"] < ["1 0","9"] would not hold for joined strings: compare values.
        assertEquals(
                List.of("1 10", "1 0 9", "2 1"),
                ResultLines.actual(
                        List.of(List.of("2", "1"), List.of("1 0", "9"), List.of("1", "10")),
                        SortMode.ROWSORT,
                        0));
    }

    @Test
    void valuesortSortsEveryValueAlone() {
        assertEquals(
                List.of("1", "2", "3", "4"),
                ResultLines.actual(
                        List.of(List.of("4", "1"), List.of("3", "2")), SortMode.VALUESORT, 0));
    }

    @Test
    void hashesResultsWithMoreValuesThanTheThreshold() {
        // md5("1\n2\n")
        assertEquals(
                List.of("2 values hashing to 6ddb4095eb719e2a9f0a3f95677d24e0"),
                ResultLines.actual(List.of(List.of("1", "2")), SortMode.NOSORT, 1));
        assertEquals(
                List.of("1 2"), ResultLines.actual(List.of(List.of("1", "2")), SortMode.NOSORT, 2));
    }

    @Test
    void sortsByCodePointLikeRust() {
        // U+FF21 (fullwidth A) sorts before U+1F600 by code point, though not by UTF-16 unit.
        assertEquals(
                List.of("\uFF21", "\uD83D\uDE00"),
                ResultLines.actual(
                        List.of(List.of("\uD83D\uDE00"), List.of("\uFF21")), SortMode.ROWSORT, 0));
    }
}
