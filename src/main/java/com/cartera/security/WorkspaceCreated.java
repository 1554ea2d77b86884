package com.cartera.security;

import java.time.ZoneId;
import java.util.UUID;

import com.cartera.tenancy.TenantRef;

/**
 * Published inside the transaction that creates a workspace, so that listeners can set up their
 * module's data in it (they run in the new tenant's scope and commit or fail with it). {@code zone} is the time
 * zone chosen at sign-up.
 */
public record WorkspaceCreated(TenantRef tenant, UUID adminUserId, ZoneId zone) {
}
