package com.cartera.finance;

import java.math.BigDecimal;

/**
 * A line as typed: a product (optional) or free text, quantity, unit price before tax, discount in percent and
 * a tax rate of the workspace's list.
 */
public record InvoiceLineDraft(Long productId, String description, BigDecimal quantity, BigDecimal unitPrice,
                               BigDecimal discountPercent, Long taxRateId) {
}
