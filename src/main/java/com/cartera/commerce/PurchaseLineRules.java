package com.cartera.commerce;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.cartera.commerce.InvalidPurchaseException.Problem;

/** What a line of a purchase must satisfy before it is stored, each rule with the message naming its field. */
final class PurchaseLineRules {

    /** numeric(12, 3) and numeric(14, 2) in the database: the first quantity and amount that no longer fit. */
    static final BigDecimal QUANTITY_LIMIT = new BigDecimal("1000000000");
    static final BigDecimal AMOUNT_LIMIT = new BigDecimal("1000000000000");

    private PurchaseLineRules() {
    }

    /**
     * @param index           the line's position in the draft, from 0
     * @param product         the chosen product, or null when none was chosen or it does not exist
     * @param allowedInactive products that may stay on the line although no longer sold
     */
    static List<Problem> problems(int index, PurchaseDraft.Line line, Product product, Set<Long> allowedInactive) {
        var problems = new ArrayList<Problem>();
        if (product == null) {
            problems.add(new Problem(index, "product", "purchase.product.required"));
        } else if (!product.isActive() && !allowedInactive.contains(product.getId())) {
            problems.add(new Problem(index, "product", "purchase.product.inactive"));
        }
        BigDecimal quantity = line.quantity();
        if (quantity == null || quantity.signum() <= 0) {
            problems.add(new Problem(index, "quantity", "purchase.quantity.positive"));
        } else if (quantity.stripTrailingZeros().scale() > 3) {
            problems.add(new Problem(index, "quantity", "purchase.quantity.decimals"));
        } else if (quantity.compareTo(QUANTITY_LIMIT) >= 0) {
            problems.add(new Problem(index, "quantity", "purchase.quantity.too-large"));
        }
        BigDecimal price = line.unitPrice();
        if (price != null && price.signum() < 0) {
            problems.add(new Problem(index, "unitPrice", "purchase.price.required"));
        } else if (price != null && price.stripTrailingZeros().scale() > 2) {
            problems.add(new Problem(index, "unitPrice", "purchase.price.decimals"));
        } else if (problems.isEmpty()) {
            BigDecimal effective = price != null ? price : product.getUnitPrice();
            if (PurchaseLine.amountOf(quantity, effective).compareTo(AMOUNT_LIMIT) >= 0) {
                problems.add(new Problem(index, "unitPrice", "purchase.amount.too-large"));
            }
        }
        return problems;
    }
}
