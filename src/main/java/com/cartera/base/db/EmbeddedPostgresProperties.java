package com.cartera.base.db;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Cartera keeps its files, and how it runs the PostgreSQL server it starts itself when no
 * JDBC URL is configured.
 *
 * @param dataDir    Cartera's files; the embedded database lives in {@code <dataDir>/db}
 * @param embeddedDb the embedded server's settings
 */
@ConfigurationProperties("cartera")
public record EmbeddedPostgresProperties(Path dataDir, EmbeddedDb embeddedDb) {

    public EmbeddedPostgresProperties {
        if (dataDir == null) {
            dataDir = Path.of(System.getProperty("user.home"), ".cartera");
        }
        if (embeddedDb == null) {
            embeddedDb = new EmbeddedDb(false, null, null, null);
        }
    }

    /**
     * @param ephemeral       a throw-away cluster in a temporary directory, removed at stop (tests)
     * @param database        the application database inside the cluster
     * @param unprivilegedUid uid and gid the server runs as when the JVM runs as root, because
     *                        PostgreSQL refuses to run as root
     * @param watchdogInterval how often the server is checked; a server whose process died is started again
     */
    public record EmbeddedDb(boolean ephemeral, String database, Integer unprivilegedUid, Duration watchdogInterval) {
        public EmbeddedDb {
            if (watchdogInterval == null) {
                watchdogInterval = Duration.ofSeconds(5);
            }
            if (watchdogInterval.isNegative() || watchdogInterval.isZero()) {
                throw new IllegalArgumentException("cartera.embedded-db.watchdog-interval must be positive, not "
                        + watchdogInterval);
            }
            if (database == null) {
                database = "cartera";
            }
            if (unprivilegedUid == null) {
                unprivilegedUid = 65534;
            }
        }
    }
}
