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
        return new EmbeddedPostgresProperties(dataDir, new EmbeddedPostgresProperties.EmbeddedDb(false, "cartera", null, null));
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
                new EmbeddedPostgresProperties.EmbeddedDb(true, "cartera", null, null)));
        int port = server.port();
        Path clusterDir;
        // Where the data lives is for the superuser to see.
        try (var connection = server.openSuperuserConnection(); var statement = connection.createStatement();
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

    @Test
    void theApplicationConnectsAsARoleThatIsNoSuperuser(@TempDir Path dataDir) throws Exception {
        try (var server = EmbeddedPostgres.start(persistent(dataDir));
             var connection = connect(server);
             var statement = connection.createStatement();
             var rows = statement.executeQuery("select current_user, rolsuper, rolcreaterole, rolreplication,"
                     + " rolbypassrls from pg_roles where rolname = current_user")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo(EmbeddedPostgres.APP_ROLE);
            assertThat(List.of(rows.getBoolean(2), rows.getBoolean(3), rows.getBoolean(4), rows.getBoolean(5)))
                    .containsOnly(false);
            assertThatThrownBy(() -> statement.execute("set session_replication_role = replica"))
                    .as("switching triggers and foreign keys off is the superuser's").isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> statement.execute("create role intruder superuser"))
                    .isInstanceOf(SQLException.class);
            statement.execute("create schema t_signup_like");
            statement.execute("create table t_signup_like.customer (id bigint generated always as identity primary key,"
                    + " name text)");
            statement.execute("create index on t_signup_like.customer using gin (name extensions.gin_trgm_ops)");
        }
    }

    /**
     * A data directory of an earlier version, where the superuser created everything: at the next start the
     * application's schemas and their objects belong to the application's role, which can then change them
     * (the import drops and builds indexes); other schemas are left alone.
     */
    @Test
    void schemasAnEarlierVersionCreatedAsTheSuperuserAreHandedOver(@TempDir Path dataDir) throws Exception {
        var properties = persistent(dataDir);
        try (var server = EmbeddedPostgres.start(properties);
             var connection = server.openSuperuserConnection();
             var statement = connection.createStatement()) {
            statement.execute("""
                    create schema cartera;
                    create table cartera.tenant (id uuid primary key, slug text unique);
                    create schema cartera_none;
                    create schema t_old;
                    create table t_old.customer (id bigint generated by default as identity primary key,
                                                 name text, tier text);
                    create index customer_name_idx on t_old.customer (name);
                    create sequence t_old.import_job_seq;
                    create type t_old.tier as enum ('KEY', 'LOW');
                    create function t_old.normalise(text) returns text language sql immutable as $$ select lower($1) $$;
                    create view t_old.named as select id, name from t_old.customer;
                    create schema not_ours;
                    create table not_ours.kept (id int);
                    """);
        }
        try (var server = EmbeddedPostgres.start(properties)) {
            try (var connection = server.openSuperuserConnection();
                 var statement = connection.createStatement();
                 var rows = statement.executeQuery("""
                         select string_agg(what, ', ' order by what) from (
                             select 'schema ' || nspname as what from pg_namespace
                             where nspname in ('cartera', 'cartera_none', 't_old') and nspowner::regrole::text <> 'cartera_app'
                             union all
                             select 'relation ' || c.oid::regclass from pg_class c join pg_namespace n on n.oid = c.relnamespace
                             where n.nspname in ('cartera', 't_old') and c.relowner::regrole::text <> 'cartera_app'
                             union all
                             select 'function ' || p.oid::regprocedure from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                             where n.nspname = 't_old' and p.proowner::regrole::text <> 'cartera_app'
                             union all
                             select 'type ' || t.oid::regtype from pg_type t join pg_namespace n on n.oid = t.typnamespace
                             where n.nspname = 't_old' and t.typowner::regrole::text <> 'cartera_app'
                         ) not_handed_over""")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).as("objects still owned by someone else").isNull();
            }
            try (var connection = connect(server); var statement = connection.createStatement()) {
                statement.execute("drop index t_old.customer_name_idx");
                statement.execute("create index customer_name_idx on t_old.customer (t_old.normalise(name))");
                statement.execute("insert into t_old.customer (name, tier) values ('Ana', 'KEY')");
                statement.execute("select nextval('t_old.import_job_seq')");
                assertThatThrownBy(() -> statement.execute("drop table not_ours.kept"))
                        .as("schemas that are not the application's stay the superuser's")
                        .isInstanceOf(SQLException.class);
            }
        }
    }
}
