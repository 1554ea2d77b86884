package com.cartera.analytics;

import java.time.YearMonth;

/**
 * Leads created in one month with one first-touch source.
 *
 * @param sourceId null for leads with no attribution
 */
public record SourceLeadsMonth(YearMonth month, Long sourceId, long leads) {
}
