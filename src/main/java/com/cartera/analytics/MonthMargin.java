package com.cartera.analytics;

import java.math.BigDecimal;
import java.time.YearMonth;

/** The margin of one month (the part of it inside the period asked for). */
public record MonthMargin(YearMonth month, BigDecimal revenue, BigDecimal cost, BigDecimal margin,
                          BigDecimal revenueWithoutCost) implements MarginFigures {
}
