package com.cartera.activity;

import com.cartera.audit.Audited;
import com.cartera.customer.ValueTier;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A value tier's alert rule in this workspace: its contact cadence and how early a follow-up turns yellow. */
@Audited("ALERT_RULE")
@Entity
@Table(name = "alert_rule")
public class AlertRule {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private ValueTier tier;

    @Column(name = "cadence_days")
    private Integer cadenceDays;

    @Column(name = "yellow_days", nullable = false)
    private int yellowDays;

    @Version
    private long version;

    protected AlertRule() {
    }

    public ValueTier getTier() {
        return tier;
    }

    /** Contact at least every so many days; null: no cadence. */
    public Integer getCadenceDays() {
        return cadenceDays;
    }

    public int getYellowDays() {
        return yellowDays;
    }

    public long getVersion() {
        return version;
    }

    void change(Integer cadenceDays, int yellowDays) {
        this.cadenceDays = cadenceDays;
        this.yellowDays = yellowDays;
    }

    AlertRules.Rule rule() {
        return new AlertRules.Rule(cadenceDays, yellowDays);
    }
}
