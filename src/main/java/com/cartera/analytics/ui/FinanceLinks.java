package com.cartera.analytics.ui;

import java.time.LocalDate;

import com.cartera.finance.AgeingBucket;
import com.vaadin.flow.component.UI;

/** Where the finance figures open: the finance module's invoice and receivables pages and the customer page. */
final class FinanceLinks {

    static final String RECEIVABLES = "finance/receivables";

    private FinanceLinks() {
    }

    /** The invoices of one ageing bucket as of a day. */
    static String invoices(LocalDate asOf, AgeingBucket bucket) {
        return "finance/invoices?asOf=" + asOf + "&bucket=" + bucket.name();
    }

    static void openReceivables() {
        UI.getCurrent().navigate(RECEIVABLES);
    }

    static String customer(long customerId) {
        return "customers/" + customerId;
    }
}
