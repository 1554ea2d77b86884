package com.cartera.security;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person's global identity in Cartera; they work in workspaces through memberships. */
@Entity
@Table(schema = "cartera", name = "user_account")
public class UserAccount {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    /** Null for accounts that only sign in through an OAuth2 provider. */
    @Column(name = "password_hash", length = 200)
    private String passwordHash;

    @Column(nullable = false, length = 10)
    private String locale;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the owner proved they hold this account and its mailbox; null until then. */
    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    UserAccount(String email, String displayName, String passwordHash, Locale locale) {
        this.id = UUID.randomUUID();
        this.email = normaliseEmail(email);
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.locale = locale.getLanguage();
        this.enabled = true;
        this.createdAt = Instant.now();
    }

    static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public UUID getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(locale);
    }

    void setLocale(Locale locale) {
        this.locale = locale.getLanguage();
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    void markEmailVerified(Instant at) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = at;
        }
    }
}
