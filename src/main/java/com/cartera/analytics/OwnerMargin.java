package com.cartera.analytics;

import java.math.BigDecimal;
import java.util.UUID;

/** The margin of one owner's customers in a period (owner null: customers without an owner). */
public record OwnerMargin(UUID ownerId, BigDecimal revenue, BigDecimal cost, BigDecimal margin,
                          BigDecimal revenueWithoutCost) implements MarginFigures {
}
