package com.cartera.commerce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.cartera.customer.PaymentMethod;

/**
 * What a person entered for a purchase, before it is checked.
 *
 * @param lines the products bought, in the order entered
 */
public record PurchaseDraft(LocalDate purchasedOn, SalesChannel channel, PaymentMethod paymentMethod, String notes,
                            List<Line> lines) {

    public PurchaseDraft {
        lines = List.copyOf(lines);
    }

    /**
     * @param productId the product, or null when none was chosen
     * @param unitPrice the price agreed, or null for the product's catalogue price
     */
    public record Line(Long productId, BigDecimal quantity, BigDecimal unitPrice) {
    }
}
