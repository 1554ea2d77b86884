package com.cartera.tenancy;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/** Tells Hibernate which schema a new session works in: the tenant in scope, or the empty schema. */
class TenantIdentifierResolver implements CurrentTenantIdentifierResolver<String> {

    @Override
    public String resolveCurrentTenantIdentifier() {
        return TenantScope.current().map(TenantRef::schema).orElse(TenantConnectionProvider.NO_TENANT_SCHEMA);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }
}
