package com.cartera.live;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Live events through PostgreSQL's {@code LISTEN / NOTIFY}, so that every replica of Cartera behind the load
 * balancer shows every colleague's change. Each instance keeps one listening connection of its own (outside the
 * request pool, whose connections change schema and are recycled) and opens it again after losing it; an event
 * is sent on a pooled connection once its change has committed, and comes back to this instance through the
 * listening connection like to any other. The payload holds ids only ({@link LiveEvent#payload()}).
 */
@Component
class PostgresLiveChannel implements LiveChannel, SmartLifecycle {

    static final String CHANNEL = "cartera_live";
    /** The listening connection's name in {@code pg_stat_activity}. */
    static final String APPLICATION_NAME = "cartera-live";

    private static final Logger log = LoggerFactory.getLogger(PostgresLiveChannel.class);

    private final HikariDataSource pool;
    private final LiveUpdates updates;
    private final LiveProperties properties;
    /** How many times the listening connection has been opened: a test sees a reconnect as this going up. */
    private final AtomicInteger listens = new AtomicInteger();
    private volatile boolean running;
    private volatile CountDownLatch stopping = new CountDownLatch(0);
    private Thread listener;

    PostgresLiveChannel(HikariDataSource pool, LiveUpdates updates, LiveProperties properties) {
        this.pool = pool;
        this.updates = updates;
        this.properties = properties;
    }

    @Override
    public void send(LiveEvent event) {
        try (Connection connection = pool.getConnection();
             PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, event.payload());
            notify.execute();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException failed) {
            // The database is unreachable: other instances miss this change, this one's pages still see it.
            log.warn("Could not send live event {}; delivered on this instance only", event.kind(), failed);
            updates.deliver(event);
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        stopping = new CountDownLatch(1);
        listener = new Thread(this::listen, "cartera-live-listener");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        stopping.countDown();
        if (listener != null) {
            try {
                listener.join(properties.pollInterval().multipliedBy(4).toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            listener = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** How many times the listening connection has been opened since start. */
    int listens() {
        return listens.get();
    }

    private void listen() {
        while (running) {
            try (Connection connection = open()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                listens.incrementAndGet();
                log.info("Listening for live events");
                PGConnection notifications = connection.unwrap(PGConnection.class);
                int wait = (int) properties.pollInterval().toMillis();
                while (running) {
                    PGNotification[] received = notifications.getNotifications(wait);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            LiveEvent.parse(notification.getParameter()).ifPresentOrElse(this::deliver,
                                    () -> log.warn("Ignored a notification that is no live event"));
                        }
                    }
                }
            } catch (SQLException | RuntimeException lost) {
                if (running) {
                    log.warn("Lost the live-event connection; trying again in {}", properties.reconnectDelay(), lost);
                    pause();
                }
            }
        }
    }

    private void deliver(LiveEvent event) {
        try {
            updates.deliver(event);
        } catch (RuntimeException failed) {
            log.warn("A live event could not be delivered", failed);
        }
    }

    private void pause() {
        try {
            stopping.await(properties.reconnectDelay().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** A connection of its own, with the pool's address, role and driver settings. */
    private Connection open() throws SQLException {
        var settings = new Properties();
        settings.putAll(pool.getDataSourceProperties());
        if (pool.getUsername() != null) {
            settings.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            settings.setProperty("password", pool.getPassword());
        }
        settings.setProperty("ApplicationName", APPLICATION_NAME);
        settings.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(pool.getJdbcUrl(), settings);
    }
}
