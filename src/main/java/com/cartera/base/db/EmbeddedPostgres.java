package com.cartera.base.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from the binaries on the class path: initialised on first use, started
 * on a free loopback port, stopped with the application.
 *
 * <p>PostgreSQL refuses to run as root, so when the JVM is root the server runs under an unprivileged
 * uid that owns the database directory.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static final String SUPERUSER = "cartera";

    private final Path binaries;
    private final Path dbDir;
    private final Path pgData;
    private final String database;
    private final List<String> runAs;
    private final boolean ephemeral;
    private String password;
    private int port;
    private boolean running;

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

    public String username() {
        return SUPERUSER;
    }

    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    private void startServer() throws IOException {
        ProcessUser.handOver(runAs, dbDir);
        if (!Files.exists(pgData.resolve("PG_VERSION"))) {
            initialise();
        }
        password = Files.readString(dbDir.resolve("password"), StandardCharsets.UTF_8).strip();
        stopLeftOverServer();
        port = freePort();
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
        createDatabaseIfMissing();
    }

    private void initialise() throws IOException {
        log.info("Initialising a new PostgreSQL cluster in {}", pgData);
        var random = new byte[24];
        new SecureRandom().nextBytes(random);
        Path passwordFile = dbDir.resolve("password");
        Files.writeString(passwordFile, HexFormat.of().formatHex(random), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
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

    private void createDatabaseIfMissing() {
        String adminUrl = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        try (var connection = DriverManager.getConnection(adminUrl, SUPERUSER, password);
             var check = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            check.setString(1, database);
            if (!check.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("create database \"" + database.replace("\"", "") + "\"");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + database, e);
        }
    }

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

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
