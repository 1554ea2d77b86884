package com.cartera.finance;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * DSO of one month: the receivables open at its end, its credit sales (invoiced − credited booked in it) and the
 * days counted (the whole month, or up to today for the running month). {@code dso} is null when the month had no
 * credit sales.
 */
public record DsoMonth(YearMonth month, BigDecimal receivables, BigDecimal creditSales, int days, BigDecimal dso) {
}
