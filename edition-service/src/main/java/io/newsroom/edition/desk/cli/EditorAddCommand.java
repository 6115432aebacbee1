package io.newsroom.edition.desk.cli;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;

/**
 * {@code ./newsroom editor-add USERNAME [DISPLAY_NAME]}: creates a review-desk editor account, or sets a new password
 * for an existing one, directly in edition-service's database (table {@code edition.editor_account}, created by
 * edition-service's Flyway migration V2 at its first start).
 *
 * <p>The password comes from {@code NEWSROOM_EDITOR_PASSWORD}, else it is asked for twice on the terminal (or read
 * as one line from standard input when there is no terminal). It is stored as a bcrypt hash (cost 10). The database
 * is the one edition-service uses: {@code QUARKUS_DATASOURCE_JDBC_URL}, {@code QUARKUS_DATASOURCE_USERNAME},
 * {@code QUARKUS_DATASOURCE_PASSWORD}; the defaults are the local stack of {@code ./newsroom demo}. Exit status 0 on
 * success, 1 on a database failure, 2 on bad arguments.
 */
public final class EditorAddCommand {

    /** Usernames the desk accepts (also the table's check constraint). */
    public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{1,63}";
    /** Shortest password accepted. */
    public static final int MIN_PASSWORD_LENGTH = 8;

    private static final String UPSERT = "insert into edition.editor_account (username, password_hash, display_name,"
            + " created_at) values (?, ?, ?, ?) on conflict (username) do update set password_hash = excluded"
            + ".password_hash, display_name = excluded.display_name";

    private EditorAddCommand() {
    }

    /**
     * @param args {@code USERNAME [DISPLAY_NAME]}
     */
    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: ./newsroom editor-add USERNAME [DISPLAY_NAME]");
            System.exit(2);
        }
        String username = args[0].toLowerCase(Locale.ROOT);
        try {
            String password = password();
            String url = env("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:15432/postgres");
            try (Connection db = DriverManager.getConnection(url, env("QUARKUS_DATASOURCE_USERNAME", "postgres"),
                    env("QUARKUS_DATASOURCE_PASSWORD", "postgres"))) {
                boolean created = add(db, username, args.length == 2 ? args[1] : username, password);
                System.out.println((created ? "created editor " : "updated the password of editor ") + username);
            }
        } catch (IllegalArgumentException e) {
            System.err.println("editor-add: " + e.getMessage());
            System.exit(2);
        } catch (SQLException | IOException e) {
            System.err.println("editor-add failed: " + e.getMessage()
                    + " (is edition-service's database up and migrated? start it once, e.g. ./newsroom demo)");
            System.exit(1);
        }
    }

    /**
     * Creates the account or replaces its password and display name.
     *
     * @param db          a connection to edition-service's database
     * @param username    sign-in name, {@value #USERNAME_PATTERN}
     * @param displayName name shown in the desk
     * @param password    the password, at least {@value #MIN_PASSWORD_LENGTH} characters
     * @return {@code true} when the account is new
     * @throws IllegalArgumentException for a bad username, display name or password
     * @throws SQLException             when the database refuses
     */
    public static boolean add(Connection db, String username, String displayName, String password)
            throws SQLException {
        if (username == null || !username.matches(USERNAME_PATTERN)) {
            throw new IllegalArgumentException("the username must be 2 to 64 of a-z 0-9 . _ - (starting with a letter"
                    + " or digit)");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("the display name must not be empty");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("the password must have at least " + MIN_PASSWORD_LENGTH
                    + " characters");
        }
        boolean exists;
        try (PreparedStatement find = db.prepareStatement(
                "select 1 from edition.editor_account where username = ?")) {
            find.setString(1, username);
            exists = find.executeQuery().next();
        }
        try (PreparedStatement upsert = db.prepareStatement(UPSERT)) {
            upsert.setString(1, username);
            upsert.setString(2, BcryptUtil.bcryptHash(password));
            upsert.setString(3, displayName.strip());
            upsert.setTimestamp(4, Timestamp.from(Instant.now()));
            upsert.executeUpdate();
        }
        return !exists;
    }

    private static String password() throws IOException {
        String fromEnv = System.getenv("NEWSROOM_EDITOR_PASSWORD");
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv;
        }
        Console console = System.console();
        if (console == null) {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new IllegalArgumentException("no password: set NEWSROOM_EDITOR_PASSWORD or type it");
            }
            return line;
        }
        String first = new String(console.readPassword("password: "));
        String second = new String(console.readPassword("password again: "));
        if (!first.equals(second)) {
            throw new IllegalArgumentException("the two passwords differ");
        }
        return first;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
