package com.cartera.tenancy;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A company that signed up: its workspace and the schema that holds its data. */
@Entity
@Table(schema = "cartera", name = "tenant")
public class Tenant {

    public enum Status { PROVISIONING, ACTIVE, SUSPENDED }

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, length = 40)
    private String slug;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "schema_name", nullable = false, unique = true, length = 63)
    private String schemaName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Tenant() {
    }

    Tenant(String slug, String name) {
        this.id = UUID.randomUUID();
        this.slug = slug;
        this.name = name;
        this.schemaName = TenantRef.schemaFor(slug);
        if (!TenantRef.isValidSchemaName(schemaName)) {
            // Refused before the claim is written: a claim whose schema name is invalid could never be cleaned up.
            throw new IllegalArgumentException("Not a valid workspace slug: " + slug);
        }
        this.status = Status.PROVISIONING;
        this.createdAt = Instant.now();
    }

    public TenantRef ref() {
        return new TenantRef(id, slug, schemaName);
    }

    public UUID getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getSchemaName() {
        return schemaName;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    void activate() {
        status = Status.ACTIVE;
    }
}
