package com.cartera.activity;

import com.cartera.customer.ValueTier;

/**
 * A tier's rule as a person set it.
 *
 * @param expectedVersion the version they saw
 * @param cadenceDays     null: no cadence
 */
public record AlertRuleChange(ValueTier tier, long expectedVersion, Integer cadenceDays, Integer yellowDays) {
}
