package com.cartera.security;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An invitation to join a workspace with given roles, open until accepted, revoked or expired. */
@Entity
@Table(schema = "cartera", name = "invitation")
public class Invitation {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false)
    private UUID tenantId;

    @Column(nullable = false, length = 254)
    private String email;

    /** Role names, comma-separated. */
    @Column(nullable = false, length = 200)
    private String roles;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "invited_by")
    private UUID invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected Invitation() {
    }

    Invitation(UUID tenantId, String email, Set<Role> roles, String tokenHash, UUID invitedBy, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.email = email;
        this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.createdAt = Instant.now();
        this.expiresAt = expiresAt;
    }

    public UUID getId() {
        return id;
    }

    public UUID getTenantId() {
        return tenantId;
    }

    public String getEmail() {
        return email;
    }

    public Set<Role> getRoles() {
        return Arrays.stream(roles.split(",")).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    boolean isOpen(Instant now) {
        return acceptedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    void accept(Instant at) {
        acceptedAt = at;
    }

    void revoke(Instant at) {
        revokedAt = at;
    }
}
