package com.cartera.audit;

import java.util.List;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Hooks the capture of {@link Audited} entity changes into Hibernate while it builds its session factory. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    HibernatePropertiesCustomizer auditHibernateProperties(AuditRows rows) {
        var capture = new EntityChangeCapture(rows);
        Integrator integrator = new Integrator() {
            @Override
            public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                                  SessionFactoryImplementor sessionFactory) {
                var listeners = sessionFactory.getServiceRegistry().requireService(EventListenerRegistry.class);
                listeners.appendListeners(EventType.POST_INSERT, capture);
                listeners.appendListeners(EventType.POST_UPDATE, capture);
                listeners.appendListeners(EventType.POST_DELETE, capture);
                listeners.appendListeners(EventType.POST_COLLECTION_UPDATE, capture);
                listeners.appendListeners(EventType.POST_COLLECTION_RECREATE, capture);
            }
        };
        return properties -> properties.put(JpaSettings.INTEGRATOR_PROVIDER,
                (IntegratorProvider) () -> List.of(integrator));
    }
}
