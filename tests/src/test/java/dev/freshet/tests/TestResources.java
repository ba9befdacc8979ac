package dev.freshet.tests;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds this module's test resources in the source tree, so that failure messages point at the file
 * to edit ({@code tests/src/test/resources/...}), not at its copy under {@code target/}.
 *
 * <p>Uses the system property {@code freshet.project.dir} (set by the surefire configuration),
 * falling back to the copy on the class path when run from elsewhere.
 */
public final class TestResources {
    private TestResources() {}

    /** The resource path {@code relative} (e.g. {@code slt}), which must exist. */
    public static Path path(String relative) {
        String projectDir = System.getProperty("freshet.project.dir");
        if (projectDir != null && !projectDir.isBlank()) {
            Path source =
                    Path.of(projectDir, "tests", "src", "test", "resources", relative)
                            .toAbsolutePath()
                            .normalize();
            if (Files.exists(source)) {
                return source;
            }
            throw new IllegalStateException("test resource missing: " + source);
        }
        URL url = TestResources.class.getClassLoader().getResource(relative);
        if (url == null) {
            throw new IllegalStateException(
                    "test resource missing from the class path: " + relative);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unusable resource URL " + url, e);
        }
    }
}
