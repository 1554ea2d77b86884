package com.cartera.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import com.cartera.audit.Audited;
import com.cartera.audit.NotAudited;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerSource;
import com.cartera.security.TeamMember;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A deal being worked with a customer: what, how much, when it should close, whose it is, where it came
 * from. Its stage and place on the board change only through moves, which keep the stage history.
 */
@Audited(value = "OPPORTUNITY", customer = "customer", label = "title")
@Entity
@Table(name = "opportunity")
public class Opportunity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "opportunity_seq")
    @SequenceGenerator(name = "opportunity_seq", sequenceName = "opportunity_seq", allocationSize = 50)
    private Long id;

    @Column(name = "pipeline_id", nullable = false, updatable = false)
    private Long pipelineId;

    @Column(name = "stage_id", nullable = false)
    private Long stageId;

    /** The card's sort key within its column: it changes on every drag, and says nothing a reader needs. */
    @NotAudited
    @Column(nullable = false)
    private double position;

    @Column(name = "stage_entered_at", nullable = false)
    private Instant stageEnteredAt;

    @NotNull(message = "{opportunity.customer.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @NotBlank(message = "{opportunity.title.required}")
    @Size(max = 200, message = "{opportunity.title.too-long}")
    @Column(nullable = false, length = 200)
    private String title;

    @NotNull(message = "{opportunity.amount.required}")
    @PositiveOrZero(message = "{opportunity.amount.range}")
    @Digits(integer = 12, fraction = 2, message = "{opportunity.amount.range}")
    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount = BigDecimal.ZERO;

    @NotNull(message = "{opportunity.currency.format}")
    @Pattern(regexp = "[A-Z]{3}", message = "{opportunity.currency.format}")
    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "expected_close_on")
    private LocalDate expectedCloseOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private TeamMember owner;

    @Enumerated(EnumType.STRING)
    @Column(length = 15)
    private CustomerSource source;

    @Size(max = 120, message = "{opportunity.campaign.too-long}")
    @Column(length = 120)
    private String campaign;

    @Size(max = 10_000, message = "{opportunity.notes.too-long}")
    private String notes;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "opportunity_product", joinColumns = @JoinColumn(name = "opportunity_id"))
    @Column(name = "product_id", nullable = false)
    private Set<Long> productIds = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4)
    private OpportunityStatus status = OpportunityStatus.OPEN;

    @Size(max = 300, message = "{opportunity.lost-reason.too-long}")
    @Column(name = "lost_reason", length = 300)
    private String lostReason;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "created_by", updatable = false)
    private UUID createdBy;

    @Column(name = "updated_by")
    private UUID updatedBy;

    @Version
    private long version;

    public Opportunity() {
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    /** Puts the opportunity into {@code stage} at {@code newPosition}, taking the stage's status. */
    void enter(PipelineStage stage, double newPosition, String reasonLost, Instant at) {
        if (!stage.getId().equals(stageId)) {
            stageEnteredAt = at;
        }
        stageId = stage.getId();
        position = newPosition;
        OpportunityStatus previous = status;
        status = stage.status();
        lostReason = status == OpportunityStatus.LOST ? reasonLost : null;
        if (status == OpportunityStatus.OPEN) {
            closedAt = null;
        } else if (status != previous) {
            closedAt = at;
        }
    }

    void placeIn(long pipeline) {
        this.pipelineId = pipeline;
    }

    void stampChangedBy(UUID userId) {
        if (id == null) {
            createdBy = userId;
        }
        updatedBy = userId;
    }

    public Long getId() {
        return id;
    }

    public Long getPipelineId() {
        return pipelineId;
    }

    public Long getStageId() {
        return stageId;
    }

    public double getPosition() {
        return position;
    }

    public Instant getStageEnteredAt() {
        return stageEnteredAt;
    }

    public Customer getCustomer() {
        return customer;
    }

    public void setCustomer(Customer customer) {
        this.customer = customer;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public LocalDate getExpectedCloseOn() {
        return expectedCloseOn;
    }

    public void setExpectedCloseOn(LocalDate expectedCloseOn) {
        this.expectedCloseOn = expectedCloseOn;
    }

    public TeamMember getOwner() {
        return owner;
    }

    public void setOwner(TeamMember owner) {
        this.owner = owner;
    }

    public CustomerSource getSource() {
        return source;
    }

    public void setSource(CustomerSource source) {
        this.source = source;
    }

    public String getCampaign() {
        return campaign;
    }

    public void setCampaign(String campaign) {
        this.campaign = campaign;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Set<Long> getProductIds() {
        return productIds;
    }

    public void setProductIds(Set<Long> productIds) {
        this.productIds = new HashSet<>(productIds);
    }

    public OpportunityStatus getStatus() {
        return status;
    }

    public String getLostReason() {
        return lostReason;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public UUID getCreatedBy() {
        return createdBy;
    }

    public UUID getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
