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
 * A dated cost booked on a campaign (and so on its source) or on a source alone. Only {@link SpendService} and
 * {@link SpendBulkImport} change it.
 */
@Entity
@Table(name = "marketing_spend")
public class SpendEntry {

    public static final int DESCRIPTION_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "spent_on", nullable = false)
    private LocalDate spentOn;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SpendCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "counts_as", nullable = false, length = 10)
    private SpendKind countsAs;

    @Column(name = "source_id", nullable = false)
    private long sourceId;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "import_key", length = 120)
    private String importKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", updatable = false)
    private UUID createdBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private UUID updatedBy;

    @Version
    private long version;

    protected SpendEntry() {
    }

    SpendEntry(Instant at, UUID by, String importKey) {
        this.createdAt = at;
        this.createdBy = by;
        this.importKey = importKey;
    }

    void apply(SpendDraft draft, long resolvedSourceId) {
        spentOn = draft.spentOn();
        amount = draft.amount();
        category = draft.category();
        countsAs = draft.countsAs();
        campaignId = draft.campaignId();
        sourceId = resolvedSourceId;
        description = draft.description() == null || draft.description().isBlank() ? null
                : draft.description().strip();
    }

    void corrected(Instant at, UUID by) {
        updatedAt = at;
        updatedBy = by;
    }

    public SpendDraft draft() {
        return new SpendDraft(spentOn, amount, category, countsAs, campaignId, campaignId == null ? sourceId : null,
                description);
    }

    public Long getId() {
        return id;
    }

    public long getSourceId() {
        return sourceId;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public long getVersion() {
        return version;
    }
}
