package dev.freshet.tests.pg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How PostgreSQL's server programs are launched. PostgreSQL refuses to run as root, and CI runs as
 * root: then every server program runs through {@code runuser -u <user> --} as an unprivileged
 * user, and the cluster directory is handed to that user first.
 *
 * <p>The user is {@code freshet.pg.user} (system property) or {@code FRESHET_PG_USER} if set, else
 * {@code postgres} (created by Debian's {@code postgresql} package), else {@code nobody}. {@code
 * runuser} ships with util-linux, part of every Debian system.
 */
record ServerLauncher(@Nullable String runAsUser) {

    /** The launcher for the user this JVM runs as. */
    static ServerLauncher forCurrentUser() {
        if (new com.sun.security.auth.module.UnixSystem().getUid() != 0) {
            return new ServerLauncher(null);
        }
        String configured = System.getProperty("freshet.pg.user", System.getenv("FRESHET_PG_USER"));
        if (configured != null && !configured.isBlank()) {
            return new ServerLauncher(configured);
        }
        for (String candidate : List.of("postgres", "nobody")) {
            if (userExists(candidate)) {
                return new ServerLauncher(candidate);
            }
        }
        throw new IllegalStateException(
                "running as root and neither user 'postgres' nor 'nobody' exists; set"
                        + " FRESHET_PG_USER to an unprivileged user");
    }

    /** The command line that runs {@code command} as the right user. */
    List<String> wrap(List<String> command) {
        if (runAsUser == null) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of(runuser(), "-u", runAsUser, "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Makes {@code dir} (empty, just created) owned by the user the server runs as. */
    void handOver(Path dir) {
        if (runAsUser == null) {
            return;
        }
        try {
            UserPrincipal owner =
                    FileSystems.getDefault()
                            .getUserPrincipalLookupService()
                            .lookupPrincipalByName(runAsUser);
            Files.setOwner(dir, owner);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hand " + dir + " to user " + runAsUser, e);
        }
    }

    /** runuser lives in /usr/sbin, which a non-login shell's PATH may lack. */
    private static String runuser() {
        for (String candidate : List.of("/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return "runuser";
    }

    private static boolean userExists(String name) {
        try {
            FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName(name);
            return true;
        } catch (UserPrincipalNotFoundException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
