package com.cartera.tenancy;

import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates tenants: claims the slug, creates and migrates the schema, then sets the tenant up in one
 * transaction. If any step fails, the schema and the claim are removed again, so nothing half-made
 * stays behind.
 */
@Service
public class TenantProvisioning {

    private static final Logger log = LoggerFactory.getLogger(TenantProvisioning.class);

    private final TenantRepository tenants;
    private final TenantSchemaMigrator migrator;
    private final TenantSchemaRegistry registry;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;

    TenantProvisioning(TenantRepository tenants, TenantSchemaMigrator migrator, TenantSchemaRegistry registry,
                       JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.tenants = tenants;
        this.migrator = migrator;
        this.registry = registry;
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Provisions a tenant and runs {@code setup} inside its scope and in the transaction that activates
     * it; control-schema and tenant-schema writes of {@code setup} commit or roll back together.
     *
     * @throws SlugTakenException when the slug is in use
     */
    public <T> T provision(String slug, String name, Function<TenantRef, T> setup) {
        long start = System.nanoTime();
        Tenant tenant = claim(slug, name);
        TenantRef ref = tenant.ref();
        try {
            migrator.migrate(ref.schema());
            T result = TenantScope.call(ref, () -> newTransaction.execute(status -> {
                T value = setup.apply(ref);
                jdbc.update("update cartera.tenant set status = 'ACTIVE' where id = ?", ref.id());
                return value;
            }));
            log.info("Provisioned workspace {} in {} ms", slug, (System.nanoTime() - start) / 1_000_000);
            return result;
        } catch (RuntimeException e) {
            discard(ref);
            throw e;
        }
    }

    private Tenant claim(String slug, String name) {
        try {
            return newTransaction.execute(status -> tenants.saveAndFlush(new Tenant(slug, name)));
        } catch (DataIntegrityViolationException e) {
            throw new SlugTakenException(slug);
        }
    }

    private void discard(TenantRef ref) {
        try {
            registry.forget(ref.schema());
            migrator.drop(ref.schema());
            jdbc.update("delete from cartera.tenant where id = ?", ref.id());
        } catch (RuntimeException cleanupFailure) {
            log.error("Could not remove the half-made workspace {}", ref.slug(), cleanupFailure);
        }
    }
}
