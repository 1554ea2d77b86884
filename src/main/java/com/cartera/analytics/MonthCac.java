package com.cartera.analytics;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * CAC of one month, beside its lagged reading (the month's spend against the customers won the month after).
 *
 * @param complete  whether the month is over
 * @param cac       spend ÷ new customers, null without new customers
 * @param laggedCac spend ÷ new customers of the next month, null without them or until that month is over
 */
public record MonthCac(YearMonth month, boolean complete, BigDecimal spend, long newCustomers, BigDecimal cac,
                       long nextNewCustomers, BigDecimal laggedCac) {
}
