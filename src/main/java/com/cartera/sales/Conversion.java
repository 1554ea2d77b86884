package com.cartera.sales;

import java.time.Instant;
import java.util.UUID;

import com.cartera.customer.CustomerSource;
import com.cartera.customer.LifecycleStage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A lead or prospect that became an active customer because an opportunity was won: what the conversion
 * rate counts, per period and source. Never edited.
 */
@Entity
@Table(name = "conversion")
public class Conversion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private Long customerId;

    @Column(name = "opportunity_id", nullable = false, updatable = false)
    private Long opportunityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", nullable = false, updatable = false)
    private LifecycleStage fromStage;

    @Column(name = "converted_at", nullable = false, updatable = false)
    private Instant convertedAt;

    @Column(name = "converted_by", updatable = false)
    private UUID convertedBy;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private CustomerSource source;

    @Column(updatable = false)
    private String campaign;

    protected Conversion() {
    }

    Conversion(long customerId, long opportunityId, LifecycleStage fromStage, Instant convertedAt, UUID convertedBy,
               CustomerSource source, String campaign) {
        this.customerId = customerId;
        this.opportunityId = opportunityId;
        this.fromStage = fromStage;
        this.convertedAt = convertedAt;
        this.convertedBy = convertedBy;
        this.source = source;
        this.campaign = campaign;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getOpportunityId() {
        return opportunityId;
    }

    public LifecycleStage getFromStage() {
        return fromStage;
    }

    public Instant getConvertedAt() {
        return convertedAt;
    }

    public UUID getConvertedBy() {
        return convertedBy;
    }

    /** The opportunity's source, else the customer's. */
    public CustomerSource getSource() {
        return source;
    }

    public String getCampaign() {
        return campaign;
    }
}
