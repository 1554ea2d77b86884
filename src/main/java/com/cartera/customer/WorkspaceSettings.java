package com.cartera.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import com.cartera.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The workspace's own rules for its portfolio: currency, how far sales may edit, value-tier thresholds, how
 * long the bin and refused import rows are kept, its time zone and activity window. One row.
 */
@Audited("WORKSPACE_SETTINGS")
@Entity
@Table(name = "workspace_settings")
public class WorkspaceSettings {

    @Id
    private Short id;

    @NotNull
    @Pattern(regexp = "[A-Z]{3}", message = "{settings.currency.format}")
    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "sales_edit_all", nullable = false)
    private boolean salesEditAll;

    @NotNull(message = "{settings.tier.required}")
    @PositiveOrZero(message = "{settings.tier.required}")
    @Column(name = "tier_strategic_min", nullable = false)
    private BigDecimal tierStrategicMin;

    @NotNull(message = "{settings.tier.required}")
    @PositiveOrZero(message = "{settings.tier.required}")
    @Column(name = "tier_key_min", nullable = false)
    private BigDecimal tierKeyMin;

    @NotNull(message = "{settings.tier.required}")
    @PositiveOrZero(message = "{settings.tier.required}")
    @Column(name = "tier_emerging_min", nullable = false)
    private BigDecimal tierEmergingMin;

    /** Days a customer stays in the bin before its personal data is erased; null keeps the bin as it is. */
    @Min(value = 1, message = "{settings.retention.range}")
    @Max(value = 3650, message = "{settings.retention.range}")
    @Column(name = "bin_retention_days")
    private Integer binRetentionDays;

    /** Days the rows an import refused (with the file's raw values) are kept; null keeps them. */
    @Min(value = 1, message = "{settings.retention.range}")
    @Max(value = 3650, message = "{settings.retention.range}")
    @Column(name = "import_problem_retention_days")
    private Integer importProblemRetentionDays;

    /** The zone the workspace's days and periods are read in (DESIGN §5). */
    @NotNull(message = "{settings.time-zone.invalid}")
    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    /** Days without a purchase after which a customer counts as lost. */
    @Min(value = 1, message = "{settings.activity-window.range}")
    @Max(value = 3650, message = "{settings.activity-window.range}")
    @Column(name = "activity_window_days", nullable = false)
    private int activityWindowDays;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by")
    private UUID updatedBy;

    @Version
    private long version;

    protected WorkspaceSettings() {
    }

    /** The thresholds must fall strictly: strategic above key above emerging. */
    @AssertTrue(message = "{settings.tier.order}")
    public boolean isTierOrderValid() {
        return tierStrategicMin == null || tierKeyMin == null || tierEmergingMin == null
                || tierStrategicMin.compareTo(tierKeyMin) > 0 && tierKeyMin.compareTo(tierEmergingMin) > 0;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public boolean isSalesEditAll() {
        return salesEditAll;
    }

    public void setSalesEditAll(boolean salesEditAll) {
        this.salesEditAll = salesEditAll;
    }

    public BigDecimal getTierStrategicMin() {
        return tierStrategicMin;
    }

    public void setTierStrategicMin(BigDecimal tierStrategicMin) {
        this.tierStrategicMin = tierStrategicMin;
    }

    public BigDecimal getTierKeyMin() {
        return tierKeyMin;
    }

    public void setTierKeyMin(BigDecimal tierKeyMin) {
        this.tierKeyMin = tierKeyMin;
    }

    public BigDecimal getTierEmergingMin() {
        return tierEmergingMin;
    }

    public void setTierEmergingMin(BigDecimal tierEmergingMin) {
        this.tierEmergingMin = tierEmergingMin;
    }

    public Integer getBinRetentionDays() {
        return binRetentionDays;
    }

    public void setBinRetentionDays(Integer binRetentionDays) {
        this.binRetentionDays = binRetentionDays;
    }

    public Integer getImportProblemRetentionDays() {
        return importProblemRetentionDays;
    }

    public void setImportProblemRetentionDays(Integer importProblemRetentionDays) {
        this.importProblemRetentionDays = importProblemRetentionDays;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    /** The zone as a {@link ZoneId}; {@link #isTimeZoneKnown()} keeps it valid. */
    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    @AssertTrue(message = "{settings.time-zone.invalid}")
    public boolean isTimeZoneKnown() {
        return timeZone == null || ZoneId.getAvailableZoneIds().contains(timeZone);
    }

    public int getActivityWindowDays() {
        return activityWindowDays;
    }

    public void setActivityWindowDays(int activityWindowDays) {
        this.activityWindowDays = activityWindowDays;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public UUID getUpdatedBy() {
        return updatedBy;
    }

    void stampChangedBy(UUID userId, Instant at) {
        updatedAt = at;
        updatedBy = userId;
    }

    public long getVersion() {
        return version;
    }
}
