package com.cartera.commerce;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.cartera.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/** One product on a purchase: quantity times unit price. */
@Audited(value = "PURCHASE_LINE", customer = "purchase.customerId")
@Entity
@Table(name = "purchase_line")
public class PurchaseLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "purchase_line_seq")
    @SequenceGenerator(name = "purchase_line_seq", sequenceName = "purchase_line_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "purchase_id", nullable = false)
    private Purchase purchase;

    @NotNull(message = "{purchase.product.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false)
    private Product product;

    @NotNull(message = "{purchase.quantity.positive}")
    @Positive(message = "{purchase.quantity.positive}")
    @Column(nullable = false)
    private BigDecimal quantity;

    @NotNull(message = "{purchase.price.required}")
    @PositiveOrZero(message = "{purchase.price.required}")
    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;

    @Column(nullable = false)
    private BigDecimal amount;

    protected PurchaseLine() {
    }

    PurchaseLine(Purchase purchase, Product product, BigDecimal quantity, BigDecimal unitPrice) {
        this.purchase = purchase;
        this.product = product;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.amount = amountOf(quantity, unitPrice);
    }

    /** Quantity × unit price, rounded to cents half-even, as a line stores it. */
    public static BigDecimal amountOf(BigDecimal quantity, BigDecimal unitPrice) {
        return quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_EVEN);
    }

    public Long getId() {
        return id;
    }

    public Product getProduct() {
        return product;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    /** Quantity × unit price, rounded to cents (half-even). */
    public BigDecimal getAmount() {
        return amount;
    }
}
