package com.cartera.commerce;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What one unit of a product costs the workspace from {@code validFrom} on, until the next cost of that product.
 *
 * @param setBy who set it (null once that person left the workspace)
 */
public record ProductCost(long productId, LocalDate validFrom, BigDecimal unitCost, UUID setBy, Instant setAt) {
}
