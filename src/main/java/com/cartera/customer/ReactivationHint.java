package com.cartera.customer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.stereotype.Component;

/**
 * Suggests reactivating a customer who has stopped buying: an active or inactive customer whose time
 * since the last purchase exceeds twice their usual interval between purchases (or 180 days after a
 * single purchase), and every lost customer.
 */
@Component
class ReactivationHint implements NextBestActionSource {

    static final int URGENCY = 50;
    static final long SINGLE_PURCHASE_DAYS = 180;

    @Override
    public Optional<NextBestAction> suggest(Customer customer) {
        return suggest(customer.getLifecycleStage(), CustomerFigures.of(customer), LocalDate.now());
    }

    Optional<NextBestAction> suggest(LifecycleStage stage, CustomerFigures figures, LocalDate today) {
        if (stage == LifecycleStage.LOST) {
            return Optional.of(new NextBestAction(URGENCY, "hint.reactivate.lost", List.of()));
        }
        if (stage != LifecycleStage.ACTIVE && stage != LifecycleStage.INACTIVE) {
            return Optional.empty();
        }
        OptionalLong idle = figures.daysSinceLastPurchase(today);
        if (idle.isEmpty()) {
            return Optional.empty();
        }
        long days = idle.getAsLong();
        // Several purchases on one day say nothing about a rhythm: judge them like a single purchase.
        Optional<BigDecimal> usual = figures.averageDaysBetweenPurchases().filter(average -> average.signum() > 0);
        if (usual.isPresent()) {
            BigDecimal interval = usual.get();
            if (BigDecimal.valueOf(days).compareTo(interval.multiply(BigDecimal.TWO)) > 0) {
                long shown = interval.setScale(0, RoundingMode.HALF_UP).longValueExact();
                return Optional.of(new NextBestAction(URGENCY, "hint.reactivate.regular", List.of(days, shown)));
            }
            return Optional.empty();
        }
        if (days > SINGLE_PURCHASE_DAYS) {
            return Optional.of(new NextBestAction(URGENCY, "hint.reactivate.single", List.of(days)));
        }
        return Optional.empty();
    }
}
