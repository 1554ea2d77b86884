package com.cartera.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import com.cartera.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An agent's target of won business for one month, in the workspace currency. */
@Audited(value = "SALES_TARGET", label = "month")
@Entity
@Table(name = "sales_target")
public class SalesTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false, updatable = false)
    private UUID memberId;

    /** The first day of the month. */
    @Column(nullable = false, updatable = false)
    private LocalDate month;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by")
    private UUID updatedBy;

    @Version
    private long version;

    protected SalesTarget() {
    }

    SalesTarget(UUID memberId, YearMonth month) {
        this.memberId = memberId;
        this.month = month.atDay(1);
    }

    void change(BigDecimal amount, String currency, Instant at, UUID by) {
        this.amount = amount;
        this.currency = currency;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public Long getId() {
        return id;
    }

    public UUID getMemberId() {
        return memberId;
    }

    public YearMonth getMonth() {
        return YearMonth.from(month);
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
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
