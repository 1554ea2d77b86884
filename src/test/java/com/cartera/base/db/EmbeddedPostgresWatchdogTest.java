package com.cartera.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.AvailabilityState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationListener;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The watchdog on an embedded PostgreSQL of its own (an ephemeral cluster in a temporary directory, not the
 * shared test context's server): when the server's process is killed, the application reports itself not
 * ready, the server is started again on the same port, the pool's queries work again, and the application is
 * ready again.
 */
class EmbeddedPostgresWatchdogTest {

    /** The readiness changes, in order. */
    static final class ReadinessChanges implements ApplicationListener<AvailabilityChangeEvent<?>> {
        final List<AvailabilityState> states = new CopyOnWriteArrayList<>();

        @Override
        public void onApplicationEvent(AvailabilityChangeEvent<?> event) {
            states.add(event.getState());
        }
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(EmbeddedDatabaseConfiguration.class)
            .withBean(ApplicationAvailabilityBean.class)
            .withBean(ReadinessChanges.class)
            .withPropertyValues("cartera.data-dir=target/cartera-test", "cartera.embedded-db.ephemeral=true",
                    "cartera.embedded-db.watchdog-interval=200ms", "spring.datasource.hikari.maximum-pool-size=2");

    @Test
    void aKilledServerIsStartedAgainOnTheSamePort() {
        runner.run(context -> {
            var server = context.getBean(EmbeddedPostgres.class);
            var jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            var changes = context.getBean(ReadinessChanges.class);
            jdbc.execute("create table survives (id int)");
            jdbc.update("insert into survives values (7)");
            try (var connection = server.openSuperuserConnection(); var statement = connection.createStatement()) {
                // On disk before the kill: the throw-away cluster does not wait for its WAL at commit.
                statement.execute("checkpoint");
            }
            int port = server.port();
            long pid = server.postmasterPid().orElseThrow();

            assertThat(ProcessHandle.of(pid).orElseThrow().destroyForcibly()).isTrue();

            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                    assertThat(changes.states)
                            .containsExactly(ReadinessState.REFUSING_TRAFFIC, ReadinessState.ACCEPTING_TRAFFIC));
            assertThat(context.getBean(ApplicationAvailability.class).getReadinessState())
                    .isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
            assertThat(server.port()).isEqualTo(port);
            assertThat(server.postmasterPid()).get().isNotEqualTo(pid);
            // The pool drops the connections to the dead server as it finds them broken.
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() ->
                    assertThat(jdbc.queryForObject("select id from survives", Integer.class)).isEqualTo(7));
        });
    }
}
