package dev.freshet.tests.ml;

import dev.freshet.tests.TestResources;
import dev.freshet.tests.freshet.FreshetTestDatabase;
import dev.freshet.tests.slt.SkipList;
import dev.freshet.tests.slt.SltFiles;
import dev.freshet.tests.slt.SltSuite;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The online-ML sqllogictest files ({@code slt/ml/}) against Freshet, a fresh server per file. */
class MlSltTest {

    @TestFactory
    Stream<DynamicTest> mlFilesOnFreshet() {
        Path dir = TestResources.path("slt");
        SltSuite suite = new SltSuite(FreshetTestDatabase::start, SkipList.empty(dir), Set.of());
        return suite.tests(SltFiles.under(dir.resolve("ml")));
    }
}
