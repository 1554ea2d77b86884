package com.cartera.finance;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * When an invoice falls due: {@code days} after issue, then, when a {@code dayOfMonth} is set, on the first such
 * day of a month from there (the month's last day when it is shorter), as "30 days, paid on the 10th" reads.
 */
public record PaymentTerms(int days, Integer dayOfMonth) {

    public PaymentTerms {
        if (days < 0 || days > 365) {
            throw new IllegalArgumentException("Terms of " + days + " days");
        }
        if (dayOfMonth != null && (dayOfMonth < 1 || dayOfMonth > 31)) {
            throw new IllegalArgumentException("Day of month " + dayOfMonth);
        }
    }

    public LocalDate dueDate(LocalDate issuedOn) {
        LocalDate earliest = issuedOn.plusDays(days);
        if (dayOfMonth == null) {
            return earliest;
        }
        LocalDate inMonth = dayIn(YearMonth.from(earliest));
        return inMonth.isBefore(earliest) ? dayIn(YearMonth.from(earliest).plusMonths(1)) : inMonth;
    }

    private LocalDate dayIn(YearMonth month) {
        return month.atDay(Math.min(dayOfMonth, month.lengthOfMonth()));
    }
}
