package com.cartera.base.db;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Time limits for every database connection, embedded or external: the request limits on the application's
 * pool, longer ones for bulk work and migrations ({@link DatabaseProperties}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

    /**
     * Gives the application's pool the request limits before it opens its first connection. A post-processor,
     * because the pool is Spring Boot's when the database is external.
     */
    @Bean
    static BeanPostProcessor requestLimitsOnThePool(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof HikariDataSource pool) {
                    Binder.get(environment).bindOrCreate("cartera.database", DatabaseProperties.class)
                            .requestLimits().applyTo(pool);
                }
                return bean;
            }
        };
    }

    @Bean(destroyMethod = "close")
    MigrationConnections migrationConnections(HikariDataSource dataSource, DatabaseProperties properties) {
        return new MigrationConnections(dataSource, properties.bulk().migrations());
    }

    @Bean
    BulkWork bulkWork(DatabaseProperties properties, DataSource dataSource,
                      PlatformTransactionManager transactionManager) {
        return new BulkWork(properties, dataSource, transactionManager);
    }
}
