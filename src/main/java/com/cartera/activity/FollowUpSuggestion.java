package com.cartera.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.cartera.customer.Customer;
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
import jakarta.persistence.Table;

/**
 * A follow-up Cartera proposes (congratulate on a birthday, welcome a new customer, win back one at high churn
 * risk) to the customer's owner,
 * until someone accepts it (scheduling the follow-up) or dismisses it. Written by the suggestion job.
 */
@Entity
@Table(name = "follow_up_suggestion")
public class FollowUpSuggestion {

    /** Pending until accepted or dismissed. */
    public enum Status { PENDING, ACCEPTED, DISMISSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 12)
    private SuggestionReason reason;

    @Column(updatable = false, length = 200)
    private String detail;

    @Column(nullable = false, updatable = false)
    private LocalDate occasion;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id", updatable = false)
    private TeamMember assignee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(name = "follow_up_id")
    private Long followUpId;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private UUID decidedBy;

    protected FollowUpSuggestion() {
    }

    void decide(Status decision, Long followUpId, UUID by) {
        this.status = decision;
        this.followUpId = followUpId;
        this.decidedAt = Instant.now();
        this.decidedBy = by;
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public SuggestionReason getReason() {
        return reason;
    }

    /**
     * For a reactivation, the churn-risk reasons when it was proposed, as the customer module stores them
     * ({@code CODE:n,n;CODE:n}, see {@code CustomerChurnRisk.decode}); null otherwise.
     */
    public String getDetail() {
        return detail;
    }

    /** The day of the birthday, the day the customer became active, or the day a reactivation was proposed. */
    public LocalDate getOccasion() {
        return occasion;
    }

    /** The customer's owner when it was proposed; null: nobody's. */
    public TeamMember getAssignee() {
        return assignee;
    }

    public Status getStatus() {
        return status;
    }

    public Long getFollowUpId() {
        return followUpId;
    }
}
