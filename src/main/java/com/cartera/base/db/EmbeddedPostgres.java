package com.cartera.base.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from the binaries on the class path: initialised on first use, started
 * on a free loopback port, stopped with the application.
 *
 * <p>PostgreSQL refuses to run as root, so when the JVM is root the server runs under an unprivileged
 * uid that owns the database directory.
 *
 * <p>The application connects as {@value #APP_ROLE}, a role that is no superuser and owns the application's
 * database and everything in it, schemas created at sign-up included. The superuser the cluster was created
 * with only prepares that: the role, the database, the extensions (which need it), and, for data directories of
 * versions that ran as the superuser, the ownership of the existing schemas and their objects.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static final String SUPERUSER = "cartera";
    static final String APP_ROLE = "cartera_app";

    private final Path binaries;
    private final Path dbDir;
    private final Path pgData;
    private final String database;
    private final List<String> runAs;
    private final boolean ephemeral;
    private String superuserPassword;
    private String appPassword;
    private int port;
    private volatile boolean running;

    private EmbeddedPostgres(Path binaries, Path dbDir, String database, List<String> runAs, boolean ephemeral) {
        this.binaries = binaries;
        this.dbDir = dbDir;
        this.pgData = dbDir.resolve("pgdata");
        this.database = database;
        this.runAs = runAs;
        this.ephemeral = ephemeral;
    }

    /** Initialises (first time) and starts the server described by {@code properties}. */
    public static EmbeddedPostgres start(EmbeddedPostgresProperties properties) {
        var settings = properties.embeddedDb();
        try {
            Path dataDir = properties.dataDir().toAbsolutePath().normalize();
            Files.createDirectories(dataDir);
            Path binaries = PostgresBinaries.unpack(dataDir.resolve("runtime").resolve("postgres"));
            Path dbDir = settings.ephemeral()
                    ? Files.createTempDirectory("cartera-db-")
                    : dataDir.resolve("db");
            Files.createDirectories(dbDir);
            List<String> runAs = ProcessUser.commandPrefix(settings.unprivilegedUid(), binaries, dbDir);
            var server = new EmbeddedPostgres(binaries, dbDir, settings.database(), runAs, settings.ephemeral());
            server.startServer();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the embedded PostgreSQL in " + properties.dataDir(), e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** The application's role: no superuser. */
    public String username() {
        return APP_ROLE;
    }

    public String password() {
        return appPassword;
    }

    public int port() {
        return port;
    }

    private void startServer() throws IOException {
        ProcessUser.handOver(runAs, dbDir);
        if (!Files.exists(pgData.resolve("PG_VERSION"))) {
            initialise();
        }
        superuserPassword = Files.readString(dbDir.resolve("password"), StandardCharsets.UTF_8).strip();
        appPassword = secret(dbDir.resolve("app-password"));
        stopLeftOverServer();
        port = freePort();
        launch();
        prepareDatabase();
    }

    /** Starts the server on {@link #port}. */
    private void launch() {
        // The data sits on local disk and mostly in memory: a random read costs little more than a sequential
        // one. With the default (4) the planner sorts every match of a filter instead of reading the page
        // in order from an index (measured on the portfolio benchmark: a deep page 335 ms -> 56 ms).
        List<String> options = new ArrayList<>(List.of("-p " + port, "-c random_page_cost=1.1"));
        if (ephemeral) {
            // A throw-away cluster needs no crash safety.
            options.add("-c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        }
        run(List.of(bin("pg_ctl"), "start", "-w", "-t", "120", "-D", pgData.toString(),
                "-l", dbDir.resolve("postgres.log").toString(), "-o", String.join(" ", options)),
                "start PostgreSQL (see " + dbDir.resolve("postgres.log") + ")");
        running = true;
        log.info("Embedded PostgreSQL running on 127.0.0.1:{} with its data in {}", port, pgData);
    }

    /**
     * Starts the server again, on the same port and data directory, after its process died: the pool's new
     * connections find it where the old ones did. Does nothing once the server was closed.
     */
    synchronized void restart() {
        if (running) {
            launch();
        }
    }

    /** Whether the server should be running: started and not closed. */
    boolean isRunning() {
        return running;
    }

    /** Whether the server's main process (the postmaster named in {@code postmaster.pid}) is alive. */
    boolean isProcessAlive() {
        return postmasterPid().flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The server's main process id, from {@code postmaster.pid}; empty when the server is not running. */
    Optional<Long> postmasterPid() {
        try {
            List<String> lines = Files.readAllLines(pgData.resolve("postmaster.pid"), StandardCharsets.UTF_8);
            return lines.isEmpty() || lines.getFirst().isBlank()
                    ? Optional.empty() : Optional.of(Long.parseLong(lines.getFirst().strip()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + pgData.resolve("postmaster.pid"), e);
        }
    }

    /** Whether the server answers a query within a few seconds. */
    boolean acceptsConnections() {
        var properties = new Properties();
        properties.setProperty("user", SUPERUSER);
        properties.setProperty("password", superuserPassword);
        properties.setProperty("connectTimeout", "3");
        properties.setProperty("loginTimeout", "3");
        properties.setProperty("socketTimeout", "5");
        try (var connection = DriverManager.getConnection(jdbcUrl(), properties);
             var statement = connection.createStatement()) {
            statement.execute("select 1");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * A connection to the application's database as the cluster's superuser, for maintenance the application
     * itself must not be allowed (benchmark loads that switch triggers off, checkpoints). No time limits.
     */
    public Connection openSuperuserConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), SUPERUSER, superuserPassword);
    }

    private void initialise() throws IOException {
        log.info("Initialising a new PostgreSQL cluster in {}", pgData);
        Path passwordFile = dbDir.resolve("password");
        Files.deleteIfExists(passwordFile);
        secret(passwordFile);
        ProcessUser.handOver(runAs, dbDir);
        run(List.of(bin("initdb"), "-D", pgData.toString(), "-U", SUPERUSER, "--pwfile=" + passwordFile,
                "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8",
                        // Sorted as people read: "Álvaro" next to "Ana", "Ñandú" after "Nube" (ICU, Spanish rules).
                        "--locale-provider=icu", "--icu-locale=es", "--no-instructions"),
                "initialise the PostgreSQL cluster");
        // Loopback TCP only: no Unix socket, whose path length limit a deep data directory would exceed.
        Files.writeString(pgData.resolve("postgresql.conf"), """

                listen_addresses = '127.0.0.1'
                unix_socket_directories = ''
                max_connections = 200
                shared_buffers = 256MB
                work_mem = 16MB
                maintenance_work_mem = 256MB
                """, StandardOpenOption.APPEND);
    }

    /** A server left running by a killed earlier run still holds the data directory: stop it. */
    private void stopLeftOverServer() {
        if (!Files.exists(pgData.resolve("postmaster.pid"))) {
            return;
        }
        if (exitCode(List.of(bin("pg_ctl"), "status", "-D", pgData.toString())) == 0) {
            log.warn("A PostgreSQL server from an earlier run still uses {}: stopping it", pgData);
            run(List.of(bin("pg_ctl"), "stop", "-m", "fast", "-w", "-t", "60", "-D", pgData.toString()),
                    "stop the PostgreSQL server left over by an earlier run");
        }
    }

    /**
     * As the superuser: the application's role (its password from this directory), its database, the extensions,
     * and the ownership of what earlier versions created as the superuser. Idempotent.
     */
    private void prepareDatabase() {
        String adminUrl = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        String quotedDatabase = "\"" + database.replace("\"", "") + "\"";
        try (var connection = DriverManager.getConnection(adminUrl, SUPERUSER, superuserPassword);
             var statement = connection.createStatement()) {
            statement.execute("""
                    do $$ begin
                        if not exists (select from pg_roles where rolname = '%1$s') then
                            create role %1$s;
                        end if;
                    end $$""".formatted(APP_ROLE));
            // The password is hex digits, safe inside the literal.
            statement.execute("alter role " + APP_ROLE + " with login nosuperuser nocreatedb nocreaterole"
                    + " noreplication nobypassrls password '" + appPassword + "'");
            boolean exists;
            try (var check = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                check.setString(1, database);
                exists = check.executeQuery().next();
            }
            statement.execute(exists
                    ? "alter database " + quotedDatabase + " owner to " + APP_ROLE
                    : "create database " + quotedDatabase + " owner " + APP_ROLE);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the role " + APP_ROLE + " and the database " + database, e);
        }
        try (var connection = openSuperuserConnection(); var statement = connection.createStatement()) {
            statement.execute("create schema if not exists extensions");
            statement.execute("grant usage on schema extensions to " + APP_ROLE);
            statement.execute("create extension if not exists pg_trgm schema extensions");
            statement.execute("create extension if not exists unaccent schema extensions");
            statement.execute(HAND_OVER_TO_APP_ROLE);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not hand the database " + database + " over to " + APP_ROLE, e);
        }
    }

    /**
     * Gives the application's schemas (control, the empty one, every tenant's) and their objects to the
     * application's role. Tables first: their indexes, triggers, row types and the sequences of their columns
     * follow them. Costs one catalog look-up per kind when there is nothing to do.
     */
    private static final String HAND_OVER_TO_APP_ROLE = """
            do $$
            declare
                app constant oid := '%1$s'::regrole;
                item record;
            begin
                for item in select nspname from pg_namespace
                            where (nspname in ('cartera', 'cartera_none') or nspname like 't\\_%%') and nspowner <> app loop
                    execute format('alter schema %%I owner to %1$s', item.nspname);
                end loop;
                for item in select c.oid::regclass as name, c.relkind from pg_class c
                                join pg_namespace n on n.oid = c.relnamespace
                            where (n.nspname in ('cartera', 'cartera_none') or n.nspname like 't\\_%%')
                              and c.relowner <> app and c.relkind in ('r', 'p', 'v', 'm', 'f') loop
                    execute format('alter %%s %%s owner to %1$s',
                                   case item.relkind when 'v' then 'view' when 'm' then 'materialized view'
                                                     when 'f' then 'foreign table' else 'table' end, item.name);
                end loop;
                for item in select c.oid::regclass as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
                            where (n.nspname in ('cartera', 'cartera_none') or n.nspname like 't\\_%%')
                              and c.relowner <> app and c.relkind = 'S' loop
                    execute format('alter sequence %%s owner to %1$s', item.name);
                end loop;
                for item in select p.oid::regprocedure as name, p.prokind from pg_proc p
                                join pg_namespace n on n.oid = p.pronamespace
                            where (n.nspname in ('cartera', 'cartera_none') or n.nspname like 't\\_%%')
                              and p.proowner <> app loop
                    execute format('alter %%s %%s owner to %1$s',
                                   case item.prokind when 'p' then 'procedure' when 'a' then 'aggregate'
                                                     else 'function' end, item.name);
                end loop;
                for item in select t.oid::regtype as name from pg_type t join pg_namespace n on n.oid = t.typnamespace
                            where (n.nspname in ('cartera', 'cartera_none') or n.nspname like 't\\_%%')
                              and t.typowner <> app
                              and (t.typtype in ('d', 'e', 'r')
                                   or (t.typtype = 'c' and (select relkind from pg_class where oid = t.typrelid) = 'c')) loop
                    execute format('alter type %%s owner to %1$s', item.name);
                end loop;
            end $$""".formatted(APP_ROLE);

    @Override
    public synchronized void close() {
        if (!running) {
            return;
        }
        running = false;
        log.info("Stopping embedded PostgreSQL");
        run(List.of(bin("pg_ctl"), "stop", "-m", "fast", "-w", "-t", "60", "-D", pgData.toString()),
                "stop PostgreSQL");
        if (ephemeral) {
            try {
                PostgresBinaries.deleteRecursively(dbDir);
            } catch (IOException e) {
                log.warn("Could not remove the temporary database directory {}", dbDir, e);
            }
        }
    }

    private String bin(String name) {
        return binaries.resolve("bin").resolve(name).toString();
    }

    private void run(List<String> command, String what) {
        var result = execute(command);
        if (result.code() != 0) {
            throw new IllegalStateException("Could not " + what + ": " + Path.of(command.getFirst()).getFileName()
                    + " exited with " + result.code() + ": " + result.output().strip());
        }
    }

    private int exitCode(List<String> command) {
        return execute(command).code();
    }

    private record Result(int code, String output) {
    }

    private Result execute(List<String> command) {
        var full = new ArrayList<>(runAs);
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full)
                    .directory(dbDir.toFile())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: " + String.join(" ", command));
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + command.getFirst(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command.getFirst(), e);
        }
    }

    /** The secret kept in {@code file}, made (random hex, readable by the owner only) when there is none. */
    private static String secret(Path file) throws IOException {
        if (!Files.exists(file)) {
            var random = new byte[24];
            new SecureRandom().nextBytes(random);
            Files.writeString(file, HexFormat.of().formatHex(random), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        return Files.readString(file, StandardCharsets.UTF_8).strip();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
