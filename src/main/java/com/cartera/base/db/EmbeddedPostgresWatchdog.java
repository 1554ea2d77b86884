package com.cartera.base.db;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

/**
 * Checks every few seconds that the embedded PostgreSQL is alive and answers. When its process died, the
 * application reports itself not ready, starts the server again on the same port and data directory (the pool
 * then opens new connections to it) and reports itself ready once it answers. A server that is alive but does
 * not answer (starting, recovering) only makes the application not ready until it does.
 *
 * <p>Runs on a thread of its own, so that long scheduled jobs cannot delay it.
 */
class EmbeddedPostgresWatchdog implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresWatchdog.class);

    private final EmbeddedPostgres server;
    private final ApplicationEventPublisher events;
    private final Duration interval;
    private volatile ScheduledExecutorService executor;
    private boolean refusing;

    EmbeddedPostgresWatchdog(EmbeddedPostgres server, ApplicationEventPublisher events, Duration interval) {
        this.server = server;
        this.events = events;
        this.interval = interval;
    }

    /** One check; a failed restart is tried again at the next one. */
    synchronized void check() {
        if (!server.isRunning()) {
            return;
        }
        if (server.isProcessAlive()) {
            if (server.acceptsConnections()) {
                accept();
            } else if (!refusing) {
                log.warn("Embedded PostgreSQL on port {} does not answer: not ready until it does", server.port());
                refuse();
            }
            return;
        }
        log.error("Embedded PostgreSQL on port {} has stopped: starting it again", server.port());
        refuse();
        long start = System.nanoTime();
        try {
            server.restart();
        } catch (RuntimeException e) {
            log.error("Could not start the embedded PostgreSQL again; trying again in {}", interval, e);
            return;
        }
        log.info("Embedded PostgreSQL started again on port {} in {} ms", server.port(),
                (System.nanoTime() - start) / 1_000_000);
        if (server.acceptsConnections()) {
            accept();
        }
    }

    private void refuse() {
        if (!refusing) {
            refusing = true;
            AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        }
    }

    private void accept() {
        if (refusing) {
            refusing = false;
            log.info("Embedded PostgreSQL answers again: ready");
            AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
        }
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
                .name("postgres-watchdog").daemon(true).factory());
        executor.scheduleWithFixedDelay(this::checkAndLog, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** A failure must not end the schedule: an uncaught exception would cancel every later check. */
    private void checkAndLog() {
        try {
            check();
        } catch (RuntimeException e) {
            log.error("Checking the embedded PostgreSQL failed", e);
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
