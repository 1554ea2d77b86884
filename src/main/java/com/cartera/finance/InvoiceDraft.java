package com.cartera.finance;

import java.time.LocalDate;
import java.util.List;

/**
 * An invoice being written. A blank number takes the next of the series at issue; a blank issue date is the day
 * it is issued; a blank due date follows from the customer's terms.
 */
public record InvoiceDraft(long customerId, String number, LocalDate issuedOn, LocalDate dueOn, String notes,
                           List<InvoiceLineDraft> lines) {

    public InvoiceDraft {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
