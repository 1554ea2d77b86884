package com.cartera.tenancy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks tenants up in the control schema. */
@Service
@Transactional(readOnly = true)
public class TenantDirectory {

    private final TenantRepository tenants;

    TenantDirectory(TenantRepository tenants) {
        this.tenants = tenants;
    }

    public Optional<Tenant> find(UUID id) {
        return tenants.findById(id);
    }

    public Optional<Tenant> findBySlug(String slug) {
        return tenants.findBySlug(slug);
    }

    public boolean isSlugTaken(String slug) {
        return tenants.existsBySlug(slug);
    }

    /** The workspaces in use, for work that visits each of them (nightly jobs). */
    public List<Tenant> activeTenants() {
        return tenants.findByStatus(Tenant.Status.ACTIVE);
    }
}
