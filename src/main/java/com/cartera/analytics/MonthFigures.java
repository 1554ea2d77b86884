package com.cartera.analytics;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One month of the portfolio's trend, for the charts: read from the daily aggregate table.
 *
 * @param month         the month
 * @param complete      false for the running month
 * @param activeAtEnd   customers active on the month's last day (today for the running month)
 * @param newCustomers  acquired in the month
 * @param reactivated   reactivations in the month
 * @param lost          customers lost in the month
 * @param revenue       revenue of the month's purchases
 * @param orders        purchases in the month
 */
public record MonthFigures(YearMonth month, boolean complete, long activeAtEnd, long newCustomers, long reactivated,
                           long lost, BigDecimal revenue, long orders) {
}
