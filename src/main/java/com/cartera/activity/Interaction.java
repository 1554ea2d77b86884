package com.cartera.activity;

import java.time.Instant;
import java.util.UUID;

import com.cartera.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** A logged contact with a customer: a call, visit, e-mail, meeting or note, when, how it went. */
@Audited(value = "INTERACTION", customer = "customerId", label = "kind")
@Entity
@Table(name = "interaction")
public class Interaction {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "interaction_seq")
    @SequenceGenerator(name = "interaction_seq", sequenceName = "interaction_seq", allocationSize = 50)
    private Long id;

    @NotNull
    @Column(name = "customer_id", nullable = false)
    private Long customerId;

    @NotNull(message = "{interaction.kind.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private InteractionKind kind = InteractionKind.CALL;

    @NotNull(message = "{interaction.direction.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private InteractionDirection direction = InteractionDirection.OUTBOUND;

    @NotNull(message = "{interaction.date.required}")
    @PastOrPresent(message = "{interaction.date.future}")
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 15)
    private InteractionOutcome outcome;

    @Size(max = 4000, message = "{interaction.notes.too-long}")
    private String notes;

    @Column(name = "author_id")
    private UUID authorId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Interaction() {
    }

    public Interaction(Long customerId, InteractionKind kind, Instant occurredAt) {
        this.customerId = customerId;
        this.kind = kind;
        this.occurredAt = occurredAt;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public InteractionKind getKind() {
        return kind;
    }

    public void setKind(InteractionKind kind) {
        this.kind = kind;
    }

    public InteractionDirection getDirection() {
        return direction;
    }

    public void setDirection(InteractionDirection direction) {
        this.direction = direction;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(Instant occurredAt) {
        this.occurredAt = occurredAt;
    }

    public InteractionOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(InteractionOutcome outcome) {
        this.outcome = outcome;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public UUID getAuthorId() {
        return authorId;
    }

    void setAuthorId(UUID authorId) {
        this.authorId = authorId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
