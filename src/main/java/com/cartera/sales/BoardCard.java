package com.cartera.sales;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.cartera.customer.AlertColour;
import com.cartera.customer.PaymentRisk;

/**
 * What a card on the board shows of an opportunity, read in one query with its customer (alert, payment risk) and
 * owner.
 */
public record BoardCard(long id, long version, long stageId, double position, String title, long customerId,
                        String customerName, AlertColour alertColour, String alertReason, BigDecimal amount,
                        String currency, UUID ownerId, String ownerName, Instant stageEnteredAt,
                        LocalDate expectedCloseOn, PaymentRisk paymentRisk) {

    /** Whole days since the card entered its stage. */
    public long daysInStage(Instant now) {
        return Math.max(0, Duration.between(stageEnteredAt, now).toDays());
    }
}
