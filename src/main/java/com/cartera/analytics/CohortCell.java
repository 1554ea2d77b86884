package com.cartera.analytics;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One cell of the cohort table (DESIGN §5): of the customers whose first purchase was in {@code cohort}, those who
 * bought in month {@code cohort + monthsSince}.
 *
 * @param cohortSize customers of the cohort
 * @param buyers     of them, those who bought in that month
 * @param rate       buyers ÷ cohort size
 * @param complete   false when that month is the running month
 */
public record CohortCell(YearMonth cohort, int monthsSince, long cohortSize, long buyers, BigDecimal rate,
                         boolean complete) {
}
