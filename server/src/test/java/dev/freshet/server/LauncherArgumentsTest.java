package dev.freshet.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LauncherArgumentsTest {

    @Test
    void defaults() {
        LauncherArguments a = LauncherArguments.parse(new String[0]);
        assertFalse(a.help());
        assertEquals(new ServerOptions("127.0.0.1", 4566, Path.of("freshet-data")), a.options());
    }

    @Test
    void everyOptionInBothSpellings() {
        LauncherArguments a =
                LauncherArguments.parse(
                        new String[] {"--port", "5433", "--host=0.0.0.0", "--data-dir", "/tmp/x"});
        assertEquals(new ServerOptions("0.0.0.0", 5433, Path.of("/tmp/x")), a.options());
        assertEquals(7000, LauncherArguments.parse(new String[] {"--port=7000"}).options().port());
        assertEquals(0, LauncherArguments.parse(new String[] {"--port", "0"}).options().port());
    }

    @Test
    void help() {
        assertTrue(LauncherArguments.parse(new String[] {"--help"}).help());
        assertTrue(LauncherArguments.parse(new String[] {"-h"}).help());
    }

    @Test
    void badArguments() {
        assertEquals(
                "--port must be a number, not 'abc'",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> LauncherArguments.parse(new String[] {"--port", "abc"}))
                        .getMessage());
        assertEquals(
                "--port must be between 0 and 65535, not 70000",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> LauncherArguments.parse(new String[] {"--port=70000"}))
                        .getMessage());
        assertEquals(
                "--host needs a value",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> LauncherArguments.parse(new String[] {"--host"}))
                        .getMessage());
        assertEquals(
                "unknown argument '--frobnicate'",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> LauncherArguments.parse(new String[] {"--frobnicate"}))
                        .getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> LauncherArguments.parse(new String[] {"--data-dir", ""}));
    }
}
