package com.cartera.security;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person who works in the current workspace, as the workspace's own data sees them (for example as
 * the owner of a customer). Kept in the tenant schema, mirrored from the memberships, so that the
 * tenant schema refers to nothing outside itself.
 */
@Entity
@Table(name = "team_member")
public class TeamMember {

    @Id
    @Column(name = "user_id")
    private UUID userId;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(nullable = false)
    private boolean active;

    protected TeamMember() {
    }

    TeamMember(UUID userId, String displayName, String email, boolean active) {
        this.userId = userId;
        this.displayName = displayName;
        this.email = email;
        this.active = active;
    }

    public UUID getUserId() {
        return userId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public boolean isActive() {
        return active;
    }

    void update(String displayName, String email, boolean active) {
        this.displayName = displayName;
        this.email = email;
        this.active = active;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TeamMember other && userId != null && userId.equals(other.userId);
    }

    @Override
    public int hashCode() {
        return userId == null ? 0 : userId.hashCode();
    }
}
