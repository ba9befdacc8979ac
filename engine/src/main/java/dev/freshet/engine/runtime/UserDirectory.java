package dev.freshet.engine.runtime;

import dev.freshet.engine.api.PasswordSecrets;
import dev.freshet.engine.api.UserCredentials;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The users created with CREATE USER and their password secrets. A password is never kept: only its
 * SCRAM-SHA-256 secret and md5 hash, as PostgreSQL keeps them. Thread safe. (In memory like the
 * rest of the catalog until durability lands.)
 */
public final class UserDirectory {
    private record User(String name, @Nullable UserCredentials credentials) {}

    private final ConcurrentHashMap<String, User> users = new ConcurrentHashMap<>();

    /** CREATE USER; {@code password} null for none. */
    public void create(String name, @Nullable String password) {
        User u = new User(name, password == null ? null : PasswordSecrets.derive(name, password));
        if (users.putIfAbsent(name, u) != null) {
            throw new FreshetException(
                    ErrorCode.DUPLICATE_OBJECT, "role \"" + name + "\" already exists");
        }
    }

    /** ALTER USER ... PASSWORD; {@code password} null removes it. */
    public void setPassword(String name, @Nullable String password) {
        User u =
                users.computeIfPresent(
                        name,
                        (n, old) ->
                                new User(
                                        n,
                                        password == null
                                                ? null
                                                : PasswordSecrets.derive(n, password)));
        if (u == null) {
            throw new FreshetException(
                    ErrorCode.UNDEFINED_OBJECT, "role \"" + name + "\" does not exist");
        }
    }

    /** DROP USER; returns whether it existed. */
    public boolean drop(String name) {
        return users.remove(name) != null;
    }

    public boolean exists(String name) {
        return users.containsKey(name);
    }

    /** The user's secrets, empty when the user has no password or does not exist. */
    public Optional<UserCredentials> credentials(String name) {
        User u = users.get(name);
        return u == null ? Optional.empty() : Optional.ofNullable(u.credentials());
    }
}
