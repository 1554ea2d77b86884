package com.cartera.tenancy;

import java.util.Optional;

/** A signed-in principal that works in one tenant (or in none yet, before choosing a workspace). */
public interface TenantPrincipal {

    Optional<TenantRef> tenant();
}
