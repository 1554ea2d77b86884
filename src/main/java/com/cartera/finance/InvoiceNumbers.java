package com.cartera.finance;

import java.time.LocalDate;
import java.util.regex.Pattern;

import com.cartera.tenancy.TenantSql;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invoice and credit-note numbers: the next of a series (prefix, year of issue, six digits: F-2026-000123), taken
 * with the settings row locked so two issues at once never get the same; typed numbers are checked for use.
 * Numbers are unique per workspace ignoring case.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class InvoiceNumbers {

    static final int NUMBER_MAX = 40;
    private static final Pattern TYPED = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ./_-]*");

    private record Series(String prefix, long next) {
    }

    private final TenantSql sql;

    InvoiceNumbers(TenantSql sql) {
        this.sql = sql;
    }

    /** The next number of the invoice or credit-note series for a document issued on {@code issuedOn}. */
    String next(InvoiceKind kind, LocalDate issuedOn) {
        boolean invoice = kind == InvoiceKind.INVOICE;
        String prefixColumn = invoice ? "invoice_prefix" : "credit_note_prefix";
        String nextColumn = invoice ? "next_invoice_number" : "next_credit_note_number";
        Series series = sql.client().sql("select " + prefixColumn + " as prefix, " + nextColumn
                        + " as next from finance_settings where id = 1 for update")
                .query(Series.class).single();
        long number = series.next();
        // A number typed by hand or imported may already hold a place in the series: skip it.
        String candidate = format(series.prefix(), issuedOn, number);
        while (used(candidate, null)) {
            number++;
            candidate = format(series.prefix(), issuedOn, number);
        }
        sql.client().sql("update finance_settings set " + nextColumn + " = :next where id = 1")
                .param("next", number + 1).update();
        return candidate;
    }

    /**
     * A typed number, stripped.
     *
     * @throws FinanceRefusedException on the field {@code number} when badly written or used by another document
     */
    String checkedTyped(String typed, Long ownId) {
        String number = typed.strip();
        if (number.length() > NUMBER_MAX || !TYPED.matcher(number).matches()) {
            throw new FinanceRefusedException("number", "finance.invoice.error.number-format", NUMBER_MAX);
        }
        if (used(number, ownId)) {
            throw new FinanceRefusedException("number", "finance.invoice.error.number-used", number);
        }
        return number;
    }

    private boolean used(String number, Long ownId) {
        return sql.client().sql("select exists (select 1 from invoice where lower(number) = lower(:number)"
                        + " and id is distinct from :own)")
                .param("number", number).param("own", ownId).query(Boolean.class).single();
    }

    private static String format(String prefix, LocalDate issuedOn, long number) {
        return "%s-%d-%06d".formatted(prefix, issuedOn.getYear(), number);
    }
}
