package com.cartera.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL launcher on its own (no Spring): a persistent cluster keeps its data across a
 * stop and a start, a server that a killed run left behind is stopped and replaced, and {@code close()}
 * really stops the server. When the tests run as root the server runs as uid 65534, as in production.
 *
 * <p>Each test gets its own data directory; the binaries are unpacked once per test class into a shared
 * directory that every data directory links to as its {@code runtime}.
 */
class EmbeddedPostgresTest {

    @TempDir
    static Path sharedRuntime;

    private static final String TABLE = "kept_across_restarts";

    @BeforeAll
    static void unpackBinariesOnce() {
        long start = System.nanoTime();
        PostgresBinaries.unpack(sharedRuntime.resolve("postgres"));
        System.out.printf("Unpacked the PostgreSQL binaries in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    private final List<Path> links = new ArrayList<>();

    /** Removes the links to the shared binaries, so that JUnit cleans each data directory without following them. */
    @AfterEach
    void removeRuntimeLinks() throws IOException {
        for (Path link : links) {
            Files.deleteIfExists(link);
        }
    }

    private void linkRuntime(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        links.add(Files.createSymbolicLink(dataDir.resolve("runtime"), sharedRuntime));
    }

    private EmbeddedPostgresProperties persistent(Path dataDir) throws IOException {
        linkRuntime(dataDir);
        return new EmbeddedPostgresProperties(dataDir, new EmbeddedPostgresProperties.EmbeddedDb(false, "cartera", null));
    }

    private static Connection connect(EmbeddedPostgres server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
    }

    private static boolean acceptsConnections(int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            return true;
        } catch (ConnectException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void dataSurvivesAStopAndAStart(@TempDir Path dataDir) throws Exception {
        var properties = persistent(dataDir);
        try (var server = EmbeddedPostgres.start(properties);
             var connection = connect(server);
             var statement = connection.createStatement()) {
            statement.execute("create table " + TABLE + " (id int primary key, label text not null)");
            statement.execute("insert into " + TABLE + " values (1, 'uno'), (2, 'dos')");
        }
        try (var server = EmbeddedPostgres.start(properties);
             var connection = connect(server);
             var statement = connection.createStatement();
             var rows = statement.executeQuery("select string_agg(label, ',' order by id) from " + TABLE)) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("uno,dos");
            assertThat(Files.exists(dataDir.resolve("db").resolve("pgdata").resolve("PG_VERSION"))).isTrue();
        }
    }

    @Test
    void aServerLeftRunningByAKilledRunIsStoppedAndReplaced(@TempDir Path dataDir) throws Exception {
        var properties = persistent(dataDir);
        // The "killed" run: started and never closed.
        var leftOver = EmbeddedPostgres.start(properties);
        try (var connection = connect(leftOver); var statement = connection.createStatement()) {
            statement.execute("create table " + TABLE + " (id int primary key)");
            statement.execute("insert into " + TABLE + " values (42)");
        }
        int leftOverPort = leftOver.port();
        assertThat(acceptsConnections(leftOverPort)).isTrue();

        try (var server = EmbeddedPostgres.start(properties)) {
            assertThat(acceptsConnections(leftOverPort)).as("the left-over server was stopped").isFalse();
            assertThat(Files.readString(dataDir.resolve("db").resolve("pgdata").resolve("postmaster.pid")))
                    .as("the running server is the new one").contains(Integer.toString(server.port()));
            try (var connection = connect(server);
                 var statement = connection.createStatement();
                 var rows = statement.executeQuery("select id from " + TABLE)) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).as("the left-over server's committed data").isEqualTo(42);
            }
        }
        // Not closing 'leftOver': its server is gone, and stopping it now would address the data directory,
        // not the process it started.
    }

    @Test
    void closeStopsTheServer(@TempDir Path dataDir) throws Exception {
        var server = EmbeddedPostgres.start(persistent(dataDir));
        int port = server.port();
        try (var connection = connect(server); var statement = connection.createStatement()) {
            statement.execute("select 1");
        }
        assertThat(acceptsConnections(port)).isTrue();

        server.close();

        assertThat(acceptsConnections(port)).isFalse();
        assertThatThrownBy(() -> connect(server).close()).isInstanceOf(SQLException.class);
        assertThat(dataDir.resolve("db").resolve("pgdata").resolve("postmaster.pid")).doesNotExist();
        server.close(); // a second close does nothing
    }

    @Test
    void anEphemeralClusterIsRemovedWhenClosed(@TempDir Path dataDir) throws Exception {
        linkRuntime(dataDir);
        var server = EmbeddedPostgres.start(new EmbeddedPostgresProperties(dataDir,
                new EmbeddedPostgresProperties.EmbeddedDb(true, "cartera", null)));
        int port = server.port();
        Path clusterDir;
        try (var connection = connect(server); var statement = connection.createStatement();
             var rows = statement.executeQuery("show data_directory")) {
            rows.next();
            clusterDir = Path.of(rows.getString(1)).getParent();
        }
        assertThat(clusterDir).exists();
        assertThat(dataDir.resolve("db")).as("nothing persistent is created").doesNotExist();

        server.close();

        assertThat(acceptsConnections(port)).isFalse();
        assertThat(clusterDir).doesNotExist();
    }
}
