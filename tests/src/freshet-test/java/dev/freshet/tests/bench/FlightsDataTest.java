package dev.freshet.tests.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.freshet.tests.bench.parquet.ParquetFile;
import dev.freshet.tests.bench.parquet.ParquetFileTest;
import dev.freshet.tests.bench.parquet.ParquetFileTest.SampleColumn;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The flights Parquet-to-CSV conversion on a small file laid out as flights-3m.parquet. */
class FlightsDataTest {
    @Test
    void convertsFlightsColumnsToCsv() throws IOException {
        long jan1 = 978_307_200_000_000L; // 2001-01-01 00:00:00 in microseconds
        byte[] file =
                ParquetFileTest.file(
                        6,
                        List.of(
                                new SampleColumn(
                                        "date",
                                        new Object[] {
                                            jan1 + 60_000_000L, jan1 + 13 * 3_600_000_000L, null
                                        }),
                                new SampleColumn("delay", new Object[] {33L, -4L, 16L}),
                                new SampleColumn("distance", new Object[] {2176L, 215L, null}),
                                new SampleColumn("origin", new Object[] {"LAS", "ATL", "LAS"}),
                                new SampleColumn(
                                        "destination", new Object[] {"PHL", null, "PHL"})));
        StringWriter out = new StringWriter();
        assertEquals(3, FlightsData.toCsv(ParquetFile.parse(file), out));
        assertEquals(
                "2001-01-01 00:01:00,33,2176,LAS,PHL\n"
                        + "2001-01-01 13:00:00,-4,215,ATL,\n"
                        + ",16,,LAS,PHL\n",
                out.toString());
    }

    @Test
    void rejectsOtherColumns() {
        byte[] file =
                ParquetFileTest.file(0, List.of(new SampleColumn("x", new Object[] {1L, 2L})));
        assertThrows(
                IOException.class,
                () -> FlightsData.toCsv(ParquetFile.parse(file), new StringWriter()));
    }
}
