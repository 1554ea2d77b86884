package com.cartera.base.db;


import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Without a configured JDBC URL, Cartera runs on a PostgreSQL server of its own, watched and started again
 * if it dies. The pool is Spring Boot's usual Hikari pool, configured by {@code spring.datasource.hikari.*},
 * pointed at that server as the application's role, which is no superuser.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) {
        return EmbeddedPostgres.start(properties);
    }

    @Bean
    EmbeddedPostgresWatchdog embeddedPostgresWatchdog(EmbeddedPostgres server, ApplicationEventPublisher events,
                                                      EmbeddedPostgresProperties properties) {
        return new EmbeddedPostgresWatchdog(server, events, properties.embeddedDb().watchdogInterval());
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres server) {
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(server.jdbcUrl())
                .username(server.username())
                .password(server.password())
                .build();
    }
}
