package com.cartera.tenancy;

import javax.sql.DataSource;

import org.hibernate.cfg.MultiTenancySettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Schema-per-tenant multi-tenancy for Hibernate. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TenancyProperties.class)
class HibernateTenancyConfiguration {

    @Bean
    HibernatePropertiesCustomizer tenancyHibernateProperties(DataSource dataSource, TenantSchemaRegistry registry) {
        var provider = new TenantConnectionProvider(dataSource, registry);
        var resolver = new TenantIdentifierResolver();
        return properties -> {
            properties.put(MultiTenancySettings.MULTI_TENANT_CONNECTION_PROVIDER, provider);
            properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, resolver);
        };
    }
}
