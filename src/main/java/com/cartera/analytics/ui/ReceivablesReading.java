package com.cartera.analytics.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import com.cartera.analytics.Period;
import com.cartera.finance.Ageing;
import com.cartera.finance.ReceivablesFigures;

/**
 * The receivables figures of a dashboard period: the ageing as of its last day (today when it runs on), DSO and
 * cash collected in it and in the period before, and the unallocated credit now.
 *
 * @param dso         null when the period had no credit sales
 * @param previousDso null when the period before had none
 */
record ReceivablesReading(LocalDate asOf, Ageing ageing, BigDecimal dso, Period previous, BigDecimal previousDso,
                          BigDecimal cash, BigDecimal previousCash, BigDecimal unallocated) {

    static ReceivablesReading of(ReceivablesFigures figures, Period period, LocalDate today) {
        LocalDate asOf = lastDay(period, today);
        Period previous = period.previous();
        LocalDate previousLast = lastDay(previous, today);
        return new ReceivablesReading(asOf, figures.ageing(asOf), figures.dso(period.from(), asOf).orElse(null),
                previous, figures.dso(previous.from(), previousLast).orElse(null),
                figures.cashCollected(period.from(), asOf), figures.cashCollected(previous.from(), previousLast),
                figures.unallocatedCredit());
    }

    /** The overdue part of the receivables as a fraction of them; null when nothing is open. */
    BigDecimal overdueShare() {
        BigDecimal total = ageing.total();
        return total.signum() == 0 ? null : ageing.overdue().divide(total, 4, RoundingMode.HALF_UP);
    }

    private static LocalDate lastDay(Period period, LocalDate today) {
        return period.lastDay().isAfter(today) ? today : period.lastDay();
    }
}
