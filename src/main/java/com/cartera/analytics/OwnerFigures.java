package com.cartera.analytics;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.UUID;

/**
 * One owner's figures in one month (owner null: customers without an owner).
 *
 * @param activeAtEnd customers of that owner active on the month's last day
 */
public record OwnerFigures(UUID owner, YearMonth month, long activeAtEnd, long newCustomers, long reactivated,
                           long lost, BigDecimal revenue, long orders) {
}
