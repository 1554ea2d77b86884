package com.cartera.tenancy;

/** Tenant data was asked for where no tenant is in scope: a programming error, never a user error. */
public class NoTenantException extends IllegalStateException {

    public NoTenantException() {
        super("No tenant in scope: tenant data is only reachable from a signed-in workspace or inside TenantScope");
    }
}
