package com.cartera.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** A configured JDBC URL means an external database: nothing embedded is started then. */
class EmbeddedDatabaseConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(EmbeddedDatabaseConfiguration.class);

    @Test
    void configuredUrlStartsNoEmbeddedServer() {
        runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example.invalid:5432/cartera")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(EmbeddedPostgres.class);
                    assertThat(context).doesNotHaveBean("dataSource");
                });
    }

    @Test
    void urlFromTheEnvironmentVariableCountsToo() {
        Map<String, Object> variables = Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://db.example.invalid:5432/cartera");
        runner.withInitializer(context -> context.getEnvironment().getPropertySources()
                        .addFirst(new SystemEnvironmentPropertySource("test-environment", variables)))
                .run(context -> assertThat(context).doesNotHaveBean(EmbeddedPostgres.class));
    }
}
