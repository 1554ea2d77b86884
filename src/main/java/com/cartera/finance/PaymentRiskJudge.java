package com.cartera.finance;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

import com.cartera.customer.PaymentRisk;
import com.cartera.customer.PaymentRiskReason;

/**
 * Judges a customer's payment risk from their receivables and the workspace's thresholds. HIGH when an invoice is
 * past due more than the high-risk days, or the customer is over their credit limit while something is past due;
 * WATCH when past due more than the watch days, habitually late (at least the late share of at least
 * {@value #MIN_PAID_FOR_HABIT} invoices paid in the last year) or over the credit limit; otherwise none.
 */
public final class PaymentRiskJudge {

    /** Fewer paid invoices say nothing about a habit. */
    public static final int MIN_PAID_FOR_HABIT = 3;

    /** The workspace's thresholds (finance_settings). */
    public record Thresholds(int watchDays, int highDays, BigDecimal lateShare) {
    }

    /**
     * What is known of a customer.
     *
     * @param overdueAmount     open amount past due today
     * @param oldestDaysPastDue days past due of the oldest open invoice past due (0: none)
     * @param paidLastYear      invoices paid in full in the last twelve months
     * @param paidLateLastYear  of those, paid after their due date
     * @param balance           open receivables less unallocated credit
     * @param creditLimit       the customer's own or the workspace's; null: no limit
     */
    public record Facts(BigDecimal overdueAmount, int oldestDaysPastDue, int paidLastYear, int paidLateLastYear,
                        BigDecimal balance, BigDecimal creditLimit) {
    }

    /** A level (null: none) and why; no reasons without a level. */
    public record Verdict(PaymentRisk risk, Set<PaymentRiskReason> reasons) {
    }

    private PaymentRiskJudge() {
    }

    public static Verdict judge(Facts facts, Thresholds thresholds) {
        Set<PaymentRiskReason> reasons = EnumSet.noneOf(PaymentRiskReason.class);
        boolean overdue = facts.overdueAmount().signum() > 0;
        if (overdue && facts.oldestDaysPastDue() > thresholds.highDays()) {
            reasons.add(PaymentRiskReason.OVERDUE_LONG);
        } else if (overdue && facts.oldestDaysPastDue() > thresholds.watchDays()) {
            reasons.add(PaymentRiskReason.OVERDUE);
        }
        if (facts.paidLastYear() >= MIN_PAID_FOR_HABIT && BigDecimal.valueOf(facts.paidLateLastYear())
                .compareTo(thresholds.lateShare().multiply(BigDecimal.valueOf(facts.paidLastYear()))) >= 0) {
            reasons.add(PaymentRiskReason.HABITUALLY_LATE);
        }
        boolean overLimit = facts.creditLimit() != null && facts.balance().compareTo(facts.creditLimit()) > 0;
        if (overLimit) {
            reasons.add(PaymentRiskReason.OVER_CREDIT_LIMIT);
        }
        if (reasons.contains(PaymentRiskReason.OVERDUE_LONG) || overLimit && overdue) {
            return new Verdict(PaymentRisk.HIGH, reasons);
        }
        return new Verdict(reasons.isEmpty() ? null : PaymentRisk.WATCH, reasons);
    }
}
