package com.cartera.finance;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the invoice list shows: statuses (none: all), one customer, an issue-date range (both ends included), and
 * as of a day {@code asOf} (today when not given) only invoices then overdue, or then in one ageing bucket, by the
 * ledger's open amount on that day.
 */
public record InvoiceFilter(Set<InvoiceStatus> statuses, Long customerId, LocalDate issuedFrom, LocalDate issuedTo,
                            LocalDate asOf, boolean overdueOnly, AgeingBucket bucket) {

    public InvoiceFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static InvoiceFilter all() {
        return new InvoiceFilter(Set.of(), null, null, null, null, false, null);
    }

    /** Whether the filter reads the ledger as of a day. */
    public boolean byAge() {
        return overdueOnly || bucket != null;
    }
}
