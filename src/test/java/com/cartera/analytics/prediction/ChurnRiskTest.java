package com.cartera.analytics.prediction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.cartera.analytics.prediction.ChurnRisk.Code;
import com.cartera.analytics.prediction.ChurnRisk.Facts;
import com.cartera.analytics.prediction.ChurnRisk.Level;
import com.cartera.analytics.prediction.ChurnRisk.Reason;
import com.cartera.analytics.prediction.ChurnRisk.Score;
import org.junit.jupiter.api.Test;

/** Every part of the churn score by hand. "Today" is 1 December 2026. */
class ChurnRiskTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static Facts facts(double alive, int days, String first, String last, int recent, int before, int overdue) {
        return support(alive, days, first, last, recent, before, overdue, 0, 0);
    }

    private static Facts support(double alive, int days, String first, String last, int recent, int before,
                                 int overdue, int openIncidents, int lowRatings) {
        return new Facts(alive, days, LocalDate.parse(first), LocalDate.parse(last), BigDecimal.valueOf(recent),
                BigDecimal.valueOf(before), overdue, openIncidents, lowRatings);
    }

    @Test
    void openIncidentsAndLowRatingsAddTheirDocumentedWeights() {
        // A customer in rhythm (every 20 days, 10 idle) with P(alive) 1: nothing but the support desk's signals.
        // One open incident 5, one low rating 10: 15, low.
        assertThat(ChurnRisk.evaluate(support(1, 4, "2026-09-01", "2026-11-21", 100, 100, 0, 1, 1), TODAY))
                .isEqualTo(new Score(15, Level.LOW, List.of(new Reason(Code.OPEN_INCIDENTS, List.of(1L)),
                        new Reason(Code.LOW_RATINGS, List.of(1L)))));
        // Capped: three incidents 10 (not 15), three low ratings 20 (not 30); with 2 overdue follow-ups (10): 40,
        // medium.
        assertThat(ChurnRisk.evaluate(support(1, 4, "2026-09-01", "2026-11-21", 100, 100, 2, 3, 3), TODAY))
                .isEqualTo(new Score(40, Level.MEDIUM, List.of(new Reason(Code.OVERDUE_FOLLOW_UPS, List.of(2L)),
                        new Reason(Code.OPEN_INCIDENTS, List.of(3L)), new Reason(Code.LOW_RATINGS, List.of(3L)))));
    }

    @Test
    void theIssuesExample() {
        // 6 purchase days from 17/10/2025 to 05/05/2026: 200 days ÷ 5 = every 40 days; 05/05 to 01/12 is 210 days,
        // 5.25 intervals: 30. P(alive) 0.20: 40 × 0.8 = 32, shown as 20 %. Spend 400 against 1,000: −60 %, 20 × 0.6
        // = 12. Total 74: high.
        Score score = ChurnRisk.evaluate(facts(0.20, 6, "2025-10-17", "2026-05-05", 400, 1000, 0), TODAY);
        assertThat(score).isEqualTo(new Score(74, Level.HIGH, List.of(new Reason(Code.P_ALIVE, List.of(20L)),
                new Reason(Code.RHYTHM, List.of(40L, 210L)), new Reason(Code.SPEND_DROP, List.of(60L)))));
    }

    @Test
    void rhythmStartsAtOneAndAHalfIntervals() {
        // 4 days from 02/09 to 01/11: 60 ÷ 3 = every 20 days; 30 days idle = 1.5 intervals: 10 points.
        // P(alive) 0.9: 40 × 0.1 = 4, not shown. 14: low.
        assertThat(ChurnRisk.evaluate(facts(0.9, 4, "2026-09-02", "2026-11-01", 100, 100, 0), TODAY))
                .isEqualTo(new Score(14, Level.LOW, List.of(new Reason(Code.RHYTHM, List.of(20L, 30L)))));
        // One day later in the rhythm (29 idle, 59 ÷ 3 = 19.67 per interval, 1.47): nothing.
        assertThat(ChurnRisk.evaluate(facts(0.9, 4, "2026-09-04", "2026-11-02", 100, 100, 0), TODAY))
                .isEqualTo(new Score(4, Level.LOW, List.of()));
        // Every 20 days (60 ÷ 3): twice the interval (40 idle) 20; three times (60 idle) 30.
        assertThat(ChurnRisk.evaluate(facts(1, 4, "2026-08-23", "2026-10-22", 0, 0, 0), TODAY).points())
                .isEqualTo(20);
        assertThat(ChurnRisk.evaluate(facts(1, 4, "2026-08-03", "2026-10-02", 0, 0, 0), TODAY).points())
                .isEqualTo(30);
    }

    @Test
    void aSinglePurchaseCountsAfterHalfAYear() {
        // 01/12/2026 − 181 days = 03/06/2026: 15 points; 180 days: none. P(alive) is 1 without repeats.
        assertThat(ChurnRisk.evaluate(facts(1, 1, "2026-06-03", "2026-06-03", 0, 50, 0), TODAY))
                .isEqualTo(new Score(35, Level.MEDIUM, List.of(new Reason(Code.SINGLE_PURCHASE, List.of(181L)),
                        new Reason(Code.SPEND_DROP, List.of(100L)))));
        assertThat(ChurnRisk.evaluate(facts(1, 1, "2026-06-04", "2026-06-04", 0, 0, 0), TODAY))
                .isEqualTo(new Score(0, Level.LOW, List.of()));
    }

    @Test
    void aSpendFallCountsFromAQuarter() {
        // 750 against 1,000: −25 %, 20 × 0.25 = 5 points. 760: −24 %, nothing. A rise is nothing.
        assertThat(ChurnRisk.evaluate(facts(1, 3, "2026-10-01", "2026-11-25", 750, 1000, 0), TODAY))
                .isEqualTo(new Score(5, Level.LOW, List.of(new Reason(Code.SPEND_DROP, List.of(25L)))));
        assertThat(ChurnRisk.evaluate(facts(1, 3, "2026-10-01", "2026-11-25", 760, 1000, 0), TODAY).reasons())
                .isEmpty();
        assertThat(ChurnRisk.evaluate(facts(1, 3, "2026-10-01", "2026-11-25", 2000, 1000, 0), TODAY).points())
                .isZero();
    }

    @Test
    void overdueFollowUpsCountFiveEachUpToTen() {
        assertThat(ChurnRisk.evaluate(facts(1, 3, "2026-10-01", "2026-11-25", 0, 0, 1), TODAY))
                .isEqualTo(new Score(5, Level.LOW, List.of(new Reason(Code.OVERDUE_FOLLOW_UPS, List.of(1L)))));
        assertThat(ChurnRisk.evaluate(facts(1, 3, "2026-10-01", "2026-11-25", 0, 0, 3), TODAY).points())
                .isEqualTo(10);
    }

    @Test
    void probabilityAliveIsShownBelowAHalfAndTheLevelsStartAtThirtyAndSixty() {
        // P(alive) 0.5: 20 points, not shown; 0.49: 20.4 → 20, shown as 49 %.
        assertThat(ChurnRisk.evaluate(facts(0.5, 3, "2026-10-01", "2026-11-25", 0, 0, 0), TODAY))
                .isEqualTo(new Score(20, Level.LOW, List.of()));
        assertThat(ChurnRisk.evaluate(facts(0.49, 3, "2026-10-01", "2026-11-25", 0, 0, 0), TODAY).reasons())
                .containsExactly(new Reason(Code.P_ALIVE, List.of(49L)));
        // 0.25 → 30 points: medium. 0.25 and two overdue follow-ups → 40; with a 100 % fall → 60: high.
        assertThat(ChurnRisk.evaluate(facts(0.25, 3, "2026-10-01", "2026-11-25", 0, 0, 0), TODAY).level())
                .isEqualTo(Level.MEDIUM);
        assertThat(ChurnRisk.evaluate(facts(0.25, 3, "2026-10-01", "2026-11-25", 0, 10, 2), TODAY))
                .extracting(Score::points, Score::level).containsExactly(60, Level.HIGH);
    }

    @Test
    void theScoreStopsAtOneHundred() {
        // 40 + 30 + 20 + 10 = 100 at most.
        assertThat(ChurnRisk.evaluate(facts(0, 4, "2025-01-01", "2025-03-01", 0, 100, 5), TODAY).points())
                .isEqualTo(100);
    }
}
