package com.cartera.importexport;

import java.time.Clock;

import com.cartera.tenancy.Tenant;
import com.cartera.tenancy.TenantDirectory;
import com.cartera.tenancy.TenantScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start-up, marks as interrupted the import jobs of every workspace that nobody holds any more: those whose
 * owner let its lease expire. A job another instance is running, and renewing, stays as it is. Each workspace
 * runs in its own tenant scope; one that fails is logged and the others still run.
 */
@Component
class ImportJobRecovery {

    private static final Logger log = LoggerFactory.getLogger(ImportJobRecovery.class);

    private final TenantDirectory tenantDirectory;
    private final ImportJobStore store;
    private final ImportProperties properties;
    private final Clock clock;

    ImportJobRecovery(TenantDirectory tenantDirectory, ImportJobStore store, ImportProperties properties,
                      Clock clock) {
        this.tenantDirectory = tenantDirectory;
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        recoverAllWorkspaces();
    }

    /** Returns how many jobs were marked interrupted. */
    int recoverAllWorkspaces() {
        int interrupted = 0;
        for (Tenant tenant : tenantDirectory.activeTenants()) {
            try {
                int count = TenantScope.call(tenant.ref(),
                        () -> store.interruptExpired(clock.instant().minus(properties.lease())));
                if (count > 0) {
                    log.info("Workspace {}: {} import jobs nobody holds any more marked interrupted", tenant.getSlug(),
                            count);
                }
                interrupted += count;
            } catch (RuntimeException e) {
                log.error("Workspace {}: import jobs could not be recovered", tenant.getSlug(), e);
            }
        }
        return interrupted;
    }
}
