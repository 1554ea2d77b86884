package com.cartera.marketing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A marketing campaign. The source, owner and audience are referred to by id (DESIGN §4). Only
 * {@link CampaignService} changes it; times come from the application's clock, set by the service.
 */
@Entity
@Table(name = "campaign")
public class Campaign {

    public static final int NAME_MAX = 120;
    public static final int GOAL_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private CampaignChannel channel;

    @Column(name = "source_id", nullable = false)
    private long sourceId;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(precision = 14, scale = 2)
    private BigDecimal budget;

    @Column(length = GOAL_MAX)
    private String goal;

    @Column(name = "owner_id")
    private UUID ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CampaignStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", length = 12)
    private TargetKind targetKind;

    @Column(name = "target_value", length = 80)
    private String targetValue;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", updatable = false)
    private UUID createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by")
    private UUID updatedBy;

    @Version
    private long version;

    protected Campaign() {
    }

    Campaign(Instant at, UUID by) {
        this.createdAt = at;
        this.createdBy = by;
        this.updatedAt = at;
        this.updatedBy = by;
        this.status = CampaignStatus.PLANNED;
    }

    void apply(CampaignDraft draft) {
        name = draft.name().strip();
        channel = draft.channel();
        sourceId = draft.sourceId();
        startsOn = draft.startsOn();
        endsOn = draft.endsOn();
        budget = draft.budget();
        goal = draft.goal() == null || draft.goal().isBlank() ? null : draft.goal().strip();
        ownerId = draft.ownerId();
        targetKind = draft.targetKind();
        targetValue = draft.targetKind() == null ? null : draft.targetValue();
    }

    void touched(Instant at, UUID by) {
        updatedAt = at;
        updatedBy = by;
    }

    void setStatus(CampaignStatus status) {
        this.status = status;
    }

    /** The campaign as its form edits it. */
    public CampaignDraft draft() {
        return new CampaignDraft(name, channel, sourceId, startsOn, endsOn, budget, goal, ownerId, targetKind,
                targetValue);
    }

    public CampaignInfo info() {
        return new CampaignInfo(id, name, channel, sourceId, startsOn, endsOn, budget, status, ownerId, targetKind,
                targetValue);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public long getSourceId() {
        return sourceId;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public UUID getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
