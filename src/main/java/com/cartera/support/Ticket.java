package com.cartera.support;

import java.time.Instant;
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
 * A customer's support ticket. Customers, contact persons, products, members, categories and teams are referred
 * to by id (DESIGN §4). Only {@link TicketService} changes it, writing a history row for every changed field;
 * times come from the application's clock, set by the service.
 */
@Entity
@Table(name = "ticket")
public class Ticket {

    /** Longest subject the table holds. */
    public static final int SUBJECT_MAX = 200;
    /** Longest description accepted. */
    public static final int DESCRIPTION_MAX = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "contact_person_id")
    private Long contactPersonId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TicketType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TicketChannel channel;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private TicketPriority priority;

    @Column(name = "category_id")
    private Long categoryId;

    @Column(name = "product_id")
    private Long productId;

    @Column(name = "assignee_id")
    private UUID assigneeId;

    @Column(name = "team_id")
    private Long teamId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TicketStatus status;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "reopen_count", nullable = false)
    private int reopenCount;

    @Column(name = "created_by", updatable = false)
    private UUID createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by")
    private UUID updatedBy;

    @Version
    private long version;

    protected Ticket() {
    }

    Ticket(long customerId, Instant openedAt, UUID createdBy) {
        this.customerId = customerId;
        this.openedAt = openedAt;
        this.createdBy = createdBy;
        this.updatedAt = openedAt;
        this.updatedBy = createdBy;
    }

    /** What people call the ticket: "#42". */
    public String number() {
        return "#" + id;
    }

    void touch(Instant at, UUID by) {
        updatedAt = at;
        updatedBy = by;
    }

    public Long getId() {
        return id;
    }

    public long getCustomerId() {
        return customerId;
    }

    void setCustomerId(long customerId) {
        this.customerId = customerId;
    }

    public Long getContactPersonId() {
        return contactPersonId;
    }

    void setContactPersonId(Long contactPersonId) {
        this.contactPersonId = contactPersonId;
    }

    public TicketType getType() {
        return type;
    }

    void setType(TicketType type) {
        this.type = type;
    }

    public TicketChannel getChannel() {
        return channel;
    }

    void setChannel(TicketChannel channel) {
        this.channel = channel;
    }

    public String getSubject() {
        return subject;
    }

    void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    void setDescription(String description) {
        this.description = description;
    }

    public TicketPriority getPriority() {
        return priority;
    }

    void setPriority(TicketPriority priority) {
        this.priority = priority;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public Long getProductId() {
        return productId;
    }

    void setProductId(Long productId) {
        this.productId = productId;
    }

    public UUID getAssigneeId() {
        return assigneeId;
    }

    void setAssigneeId(UUID assigneeId) {
        this.assigneeId = assigneeId;
    }

    public Long getTeamId() {
        return teamId;
    }

    void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public TicketStatus getStatus() {
        return status;
    }

    void setStatus(TicketStatus status) {
        this.status = status;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getFirstResponseAt() {
        return firstResponseAt;
    }

    void setFirstResponseAt(Instant firstResponseAt) {
        this.firstResponseAt = firstResponseAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    void setResolvedAt(Instant resolvedAt) {
        this.resolvedAt = resolvedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    void setClosedAt(Instant closedAt) {
        this.closedAt = closedAt;
    }

    public int getReopenCount() {
        return reopenCount;
    }

    void countReopen() {
        reopenCount++;
    }

    public UUID getCreatedBy() {
        return createdBy;
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
