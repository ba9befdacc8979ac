package dev.freshet.tests.slt;

import dev.freshet.tests.TestResources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The RisingWave conformance files: the directory named by the system property {@code
 * freshet.conformance.dir} (set by tests/pom.xml to the shared conformance copy), the files to run
 * listed in {@code conformance/files.txt} and the skip list {@code conformance/skip.txt}, both
 * relative to that directory.
 *
 * <p>A missing directory is an error, never a silent skip: a suite that quietly runs nothing would
 * look green.
 */
public final class ConformanceFiles {
    /** The system property naming the conformance directory. */
    public static final String DIR_PROPERTY = "freshet.conformance.dir";

    private ConformanceFiles() {}

    /** The conformance directory; throws if the property is unset or the directory missing. */
    public static Path root() {
        String dir = System.getProperty(DIR_PROPERTY);
        if (dir == null || dir.isBlank()) {
            throw new IllegalStateException(
                    "system property "
                            + DIR_PROPERTY
                            + " is not set (tests/pom.xml sets it for surefire)");
        }
        Path root = Path.of(dir).toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException(
                    "conformance directory missing: "
                            + root
                            + " (expected the shared/ folder beside the project checkout)");
        }
        return root;
    }

    /** The files to run, in the order listed. */
    public static List<Path> files() {
        return SltFiles.listed(TestResources.path("conformance/files.txt"), root());
    }

    /** The skip list. */
    public static SkipList skipList() {
        return SkipList.read(TestResources.path("conformance/skip.txt"), root());
    }
}
