package com.cartera.finance;

/** How many invoices match, counted up to a limit: {@code more} when there are more than {@code count}. */
public record InvoiceCount(long count, boolean more) {
}
