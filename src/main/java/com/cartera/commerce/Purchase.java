package com.cartera.commerce;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.cartera.audit.Audited;
import com.cartera.customer.PaymentMethod;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * A customer's purchase: its lines, channel and payment method. The total is the sum of the lines. The
 * customer's purchase figures (first, last, count, revenue, tier) follow by database triggers.
 */
@Audited(value = "PURCHASE", customer = "customerId", label = "purchasedOn")
@Entity
@Table(name = "purchase")
public class Purchase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "purchase_seq")
    @SequenceGenerator(name = "purchase_seq", sequenceName = "purchase_seq", allocationSize = 50)
    private Long id;

    @NotNull
    @Column(name = "customer_id", nullable = false)
    private Long customerId;

    @NotNull(message = "{purchase.date.required}")
    @PastOrPresent(message = "{purchase.date.future}")
    @Column(name = "purchased_on", nullable = false)
    private LocalDate purchasedOn;

    @NotNull(message = "{purchase.channel.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private SalesChannel channel = SalesChannel.STORE;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method", length = 15)
    private PaymentMethod paymentMethod;

    @Column(nullable = false)
    private BigDecimal total = BigDecimal.ZERO;

    @Size(max = 2000, message = "{purchase.notes.too-long}")
    private String notes;

    @NotEmpty(message = "{purchase.lines.required}")
    @OneToMany(mappedBy = "purchase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<@Valid PurchaseLine> lines = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", updatable = false)
    private UUID createdBy;

    @Version
    private long version;

    protected Purchase() {
    }

    public Purchase(Long customerId, LocalDate purchasedOn) {
        this.customerId = customerId;
        this.purchasedOn = purchasedOn;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
    }

    /** Adds a line and keeps the total equal to the sum of the lines. */
    public PurchaseLine addLine(Product product, BigDecimal quantity, BigDecimal unitPrice) {
        var line = new PurchaseLine(this, product, quantity, unitPrice);
        lines.add(line);
        total = total.add(line.getAmount());
        return line;
    }

    public void removeLine(PurchaseLine line) {
        if (lines.remove(line)) {
            total = total.subtract(line.getAmount());
        }
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public LocalDate getPurchasedOn() {
        return purchasedOn;
    }

    public void setPurchasedOn(LocalDate purchasedOn) {
        this.purchasedOn = purchasedOn;
    }

    public SalesChannel getChannel() {
        return channel;
    }

    public void setChannel(SalesChannel channel) {
        this.channel = channel;
    }

    public PaymentMethod getPaymentMethod() {
        return paymentMethod;
    }

    public void setPaymentMethod(PaymentMethod paymentMethod) {
        this.paymentMethod = paymentMethod;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<PurchaseLine> getLines() {
        return List.copyOf(lines);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public UUID getCreatedBy() {
        return createdBy;
    }

    void setCreatedBy(UUID createdBy) {
        this.createdBy = createdBy;
    }

    public long getVersion() {
        return version;
    }
}
