package com.cartera.tenancy;

import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs a job in every active workspace, each in its own tenant scope: a workspace that fails is logged and the
 * others still run. The one way scheduled work visits all workspaces.
 */
@Component
public class EveryWorkspace {

    private static final Logger log = LoggerFactory.getLogger(EveryWorkspace.class);

    private final TenantDirectory tenants;

    EveryWorkspace(TenantDirectory tenants) {
        this.tenants = tenants;
    }

    /**
     * @param job  what the work is, for the log
     * @param work runs inside one workspace's scope and says in a few words what it did there
     * @return how many workspaces failed
     */
    public int run(String job, Supplier<String> work) {
        int failed = 0;
        for (Tenant tenant : tenants.activeTenants()) {
            long started = System.nanoTime();
            try {
                String done = TenantScope.call(tenant.ref(), work);
                log.info("Workspace {}: {} in {} ms: {}", tenant.getSlug(), job, (System.nanoTime() - started) / 1_000_000,
                        done);
            } catch (RuntimeException e) {
                failed++;
                log.error("Workspace {}: {} failed", tenant.getSlug(), job, e);
            }
        }
        return failed;
    }
}
