package com.cartera.finance;

import java.math.BigDecimal;

/**
 * The workspace's finance settings: default terms and credit limit of customers without their own, the number
 * series of invoices and credit notes (prefix and next number), and the payment-risk thresholds.
 *
 * @param defaultCreditLimit null when customers have no limit by default
 * @param version            the row's version, for optimistic saving
 */
public record FinanceSettings(int defaultTermsDays, BigDecimal defaultCreditLimit, String invoicePrefix,
                              long nextInvoiceNumber, String creditNotePrefix, long nextCreditNoteNumber,
                              int riskWatchDays, int riskHighDays, BigDecimal riskLateShare, long version) {

    /** Longest prefix the table holds. */
    public static final int PREFIX_MAX = 12;

    /** The default terms as payment terms: days after issue. */
    public PaymentTerms defaultTerms() {
        return new PaymentTerms(defaultTermsDays, null);
    }
}
