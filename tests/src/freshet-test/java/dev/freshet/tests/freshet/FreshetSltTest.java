package dev.freshet.tests.freshet;

import dev.freshet.tests.TestResources;
import dev.freshet.tests.slt.SkipList;
import dev.freshet.tests.slt.SltFiles;
import dev.freshet.tests.slt.SltSuite;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/** Our own sqllogictest files against Freshet, a fresh server per file. */
@Tag("freshet")
class FreshetSltTest {

    @TestFactory
    Stream<DynamicTest> ownFilesOnFreshet() {
        Path dir = TestResources.path("slt");
        SltSuite suite = new SltSuite(FreshetTestDatabase::start, SkipList.empty(dir), Set.of());
        return suite.tests(SltFiles.under(dir));
    }
}
