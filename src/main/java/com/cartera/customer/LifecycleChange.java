package com.cartera.customer;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One lifecycle transition of a customer: from which stage to which, when and by whom. Never edited. */
@Entity
@Table(name = "lifecycle_change")
public class LifecycleChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", updatable = false)
    private LifecycleStage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false, updatable = false)
    private LifecycleStage toStage;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "changed_by", updatable = false)
    private UUID changedBy;

    protected LifecycleChange() {
    }

    LifecycleChange(Long customerId, LifecycleStage fromStage, LifecycleStage toStage, Instant changedAt,
                    UUID changedBy) {
        this.customerId = customerId;
        this.fromStage = fromStage;
        this.toStage = toStage;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    /** Null for the stage a customer was created in. */
    public LifecycleStage getFromStage() {
        return fromStage;
    }

    public LifecycleStage getToStage() {
        return toStage;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public UUID getChangedBy() {
        return changedBy;
    }
}
