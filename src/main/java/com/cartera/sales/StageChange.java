package com.cartera.sales;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An opportunity entering a stage: from which (none when it was created), to which, when and by whom. Never edited. */
@Entity
@Table(name = "opportunity_stage_change")
public class StageChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "opportunity_id", nullable = false, updatable = false)
    private Long opportunityId;

    @Column(name = "from_stage_id", updatable = false)
    private Long fromStageId;

    @Column(name = "from_stage_name", updatable = false)
    private String fromStageName;

    @Column(name = "to_stage_id", updatable = false)
    private Long toStageId;

    @Column(name = "to_stage_name", nullable = false, updatable = false)
    private String toStageName;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "changed_by", updatable = false)
    private UUID changedBy;

    protected StageChange() {
    }

    StageChange(long opportunityId, PipelineStage from, PipelineStage to, Instant changedAt, UUID changedBy) {
        this.opportunityId = opportunityId;
        this.fromStageId = from == null ? null : from.getId();
        this.fromStageName = from == null ? null : from.getName();
        this.toStageId = to.getId();
        this.toStageName = to.getName();
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }

    public Long getOpportunityId() {
        return opportunityId;
    }

    /** Null for the stage the opportunity was created in, or for a stage deleted since. */
    public Long getFromStageId() {
        return fromStageId;
    }

    public String getFromStageName() {
        return fromStageName;
    }

    public Long getToStageId() {
        return toStageId;
    }

    public String getToStageName() {
        return toStageName;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public UUID getChangedBy() {
        return changedBy;
    }
}
