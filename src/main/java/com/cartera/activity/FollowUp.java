package com.cartera.activity;

import java.time.Instant;
import java.util.UUID;

import com.cartera.audit.Audited;
import com.cartera.customer.Customer;
import com.cartera.sales.Opportunity;
import com.cartera.security.TeamMember;
import jakarta.persistence.Column;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A call, visit, e-mail, meeting, sample or survey planned with a customer (and possibly one of its
 * opportunities) for a time, by a team member. Done with an outcome, it logs an interaction.
 */
@Audited(value = "FOLLOW_UP", customer = "customer", label = "kind")
@Entity
@Table(name = "follow_up")
public class FollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "follow_up_seq")
    @SequenceGenerator(name = "follow_up_seq", sequenceName = "follow_up_seq", allocationSize = 50)
    private Long id;

    @NotNull(message = "{follow-up.customer.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "opportunity_id")
    private Opportunity opportunity;

    @NotNull(message = "{follow-up.kind.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private FollowUpKind kind = FollowUpKind.CALL;

    @NotNull(message = "{follow-up.due.required}")
    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Min(value = 5, message = "{follow-up.duration.range}")
    @Max(value = 1440, message = "{follow-up.duration.range}")
    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes = 30;

    @NotNull(message = "{follow-up.assignee.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignee_id", nullable = false)
    private TeamMember assignee;

    @Size(max = 4000, message = "{follow-up.notes.too-long}")
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private FollowUpStatus status = FollowUpStatus.OPEN;

    @Enumerated(EnumType.STRING)
    @Column(length = 15)
    private InteractionOutcome outcome;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "interaction_id")
    private Long interactionId;

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

    protected FollowUp() {
    }

    FollowUp(Customer customer, UUID createdBy) {
        this.customer = customer;
        this.createdBy = createdBy;
        this.updatedBy = createdBy;
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

    void plan(Opportunity opportunity, FollowUpKind kind, Instant dueAt, int durationMinutes, TeamMember assignee,
              String notes) {
        this.opportunity = opportunity;
        this.kind = kind;
        this.dueAt = dueAt;
        this.durationMinutes = durationMinutes;
        this.assignee = assignee;
        this.notes = notes;
    }

    void close(FollowUpStatus closing, InteractionOutcome outcome, Long interactionId, Instant at, UUID by) {
        this.status = closing;
        this.outcome = outcome;
        this.interactionId = interactionId;
        this.closedAt = at;
        this.updatedBy = by;
    }

    void stampChangedBy(UUID userId) {
        this.updatedBy = userId;
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Opportunity getOpportunity() {
        return opportunity;
    }

    public FollowUpKind getKind() {
        return kind;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public TeamMember getAssignee() {
        return assignee;
    }

    public String getNotes() {
        return notes;
    }

    public FollowUpStatus getStatus() {
        return status;
    }

    public boolean isOpen() {
        return status == FollowUpStatus.OPEN;
    }

    /** Open and due before {@code now}. */
    public boolean isOverdue(Instant now) {
        return isOpen() && dueAt.isBefore(now);
    }

    public InteractionOutcome getOutcome() {
        return outcome;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Long getInteractionId() {
        return interactionId;
    }

    public UUID getCreatedBy() {
        return createdBy;
    }

    public long getVersion() {
        return version;
    }
}
