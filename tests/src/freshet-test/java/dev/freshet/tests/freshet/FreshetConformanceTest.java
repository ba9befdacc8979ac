package dev.freshet.tests.freshet;

import dev.freshet.tests.slt.ConformanceFiles;
import dev.freshet.tests.slt.SltSuite;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * The RisingWave conformance files listed in {@code conformance/files.txt} against Freshet, a fresh
 * server per file, honouring {@code conformance/skip.txt}. A missing conformance directory fails
 * (see {@link ConformanceFiles#root()}).
 */
@Tag("freshet")
@Tag("conformance")
class FreshetConformanceTest {

    @TestFactory
    Stream<DynamicTest> risingWaveConformanceOnFreshet() {
        SltSuite suite =
                new SltSuite(FreshetTestDatabase::start, ConformanceFiles.skipList(), Set.of());
        return suite.tests(ConformanceFiles.files());
    }
}
