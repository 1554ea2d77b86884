package com.cartera.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import com.cartera.customer.PaymentRisk;
import com.cartera.customer.PaymentRiskReason;
import org.junit.jupiter.api.Test;

/** Each rule of the judge at and around its edges, with the default thresholds: 30 and 90 days, half paid late. */
class PaymentRiskJudgeTest {

    private static final PaymentRiskJudge.Thresholds DEFAULTS =
            new PaymentRiskJudge.Thresholds(30, 90, new BigDecimal("0.50"));

    private static PaymentRiskJudge.Verdict judge(String overdue, int oldestDays, int paid, int late, String balance,
                                                  String limit) {
        return PaymentRiskJudge.judge(new PaymentRiskJudge.Facts(new BigDecimal(overdue), oldestDays, paid, late,
                new BigDecimal(balance), limit == null ? null : new BigDecimal(limit)), DEFAULTS);
    }

    @Test
    void nothingOwedOrLateIsNoRisk() {
        var verdict = judge("0", 0, 0, 0, "0", null);
        assertThat(verdict.risk()).isNull();
        assertThat(verdict.reasons()).isEmpty();
    }

    @Test
    void pastDueMoreThanTheWatchDaysIsWatch() {
        assertThat(judge("100", 30, 0, 0, "100", null).risk()).isNull();
        var verdict = judge("100", 31, 0, 0, "100", null);
        assertThat(verdict.risk()).isEqualTo(PaymentRisk.WATCH);
        assertThat(verdict.reasons()).containsExactly(PaymentRiskReason.OVERDUE);
    }

    @Test
    void pastDueMoreThanTheHighDaysIsHigh() {
        assertThat(judge("100", 90, 0, 0, "100", null).reasons()).containsExactly(PaymentRiskReason.OVERDUE);
        var verdict = judge("100", 91, 0, 0, "100", null);
        assertThat(verdict.risk()).isEqualTo(PaymentRisk.HIGH);
        assertThat(verdict.reasons()).containsExactly(PaymentRiskReason.OVERDUE_LONG);
    }

    @Test
    void habituallyLateNeedsThreePaidAndTheShare() {
        // 2 of 2 late: too few to call it a habit.
        assertThat(judge("0", 0, 2, 2, "0", null).risk()).isNull();
        // 2 of 4 = 0.50, the threshold itself: a habit.
        var verdict = judge("0", 0, 4, 2, "0", null);
        assertThat(verdict.risk()).isEqualTo(PaymentRisk.WATCH);
        assertThat(verdict.reasons()).containsExactly(PaymentRiskReason.HABITUALLY_LATE);
        // 1 of 3 = 0.33: not.
        assertThat(judge("0", 0, 3, 1, "0", null).risk()).isNull();
    }

    @Test
    void overTheCreditLimitIsWatchAndHighWhenSomethingIsPastDue() {
        // Exactly at the limit is within it.
        assertThat(judge("0", 0, 0, 0, "1000", "1000").risk()).isNull();
        var over = judge("0", 0, 0, 0, "1000.01", "1000");
        assertThat(over.risk()).isEqualTo(PaymentRisk.WATCH);
        assertThat(over.reasons()).containsExactly(PaymentRiskReason.OVER_CREDIT_LIMIT);
        // Over the limit with 1 day past due: HIGH, though the day alone is no reason.
        var overAndLate = judge("10", 1, 0, 0, "1000.01", "1000");
        assertThat(overAndLate.risk()).isEqualTo(PaymentRisk.HIGH);
        assertThat(overAndLate.reasons()).containsExactly(PaymentRiskReason.OVER_CREDIT_LIMIT);
        // No limit: never over it.
        assertThat(judge("0", 0, 0, 0, "1000000", null).risk()).isNull();
    }

    @Test
    void reasonsAddUp() {
        var verdict = judge("500", 45, 5, 3, "2500", "2000");
        assertThat(verdict.risk()).isEqualTo(PaymentRisk.HIGH);
        assertThat(verdict.reasons()).containsExactlyInAnyOrder(PaymentRiskReason.OVERDUE,
                PaymentRiskReason.HABITUALLY_LATE, PaymentRiskReason.OVER_CREDIT_LIMIT);
    }
}
