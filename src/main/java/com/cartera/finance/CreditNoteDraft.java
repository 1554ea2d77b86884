package com.cartera.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A credit note to write against an invoice: either {@code lines} or one {@code amount} (tax included, written as
 * a single line without tax), with the reason. A blank date is today.
 */
public record CreditNoteDraft(LocalDate issuedOn, String reason, BigDecimal amount, List<InvoiceLineDraft> lines) {

    public CreditNoteDraft {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
