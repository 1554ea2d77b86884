package com.cartera.finance;

import java.math.BigDecimal;

/** A written line with its rounded net and tax ({@link InvoiceTotals}). */
public record InvoiceLine(long id, int position, Long productId, String description, BigDecimal quantity,
                          BigDecimal unitPrice, BigDecimal discountPercent, BigDecimal taxRate, BigDecimal net,
                          BigDecimal tax) {
}
