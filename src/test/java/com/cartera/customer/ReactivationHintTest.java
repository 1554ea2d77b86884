package com.cartera.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.cartera.customer.NextBestActionSource.NextBestAction;
import org.junit.jupiter.api.Test;

class ReactivationHintTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 1);
    private final ReactivationHint hint = new ReactivationHint();

    private static CustomerFigures bought(LocalDate first, LocalDate last, int count) {
        return new CustomerFigures(first, last, count, new BigDecimal("100.00"), null, null, null, null, ValueTier.LOW,
                false);
    }

    @Test
    void aRegularBuyerIdleForMoreThanTwiceTheirIntervalIsToBeReactivated() {
        // Five purchases from 2 Mar 2025 to 2 Sep 2025: 184 days over 4 gaps = 46 days; 2 Sep → 1 May = 241 days.
        CustomerFigures figures = bought(LocalDate.of(2025, 3, 2), LocalDate.of(2025, 9, 2), 5);

        assertThat(hint.suggest(LifecycleStage.ACTIVE, figures, TODAY))
                .contains(new NextBestAction(50, "hint.reactivate.regular", List.of(241L, 46L)));
        assertThat(hint.suggest(LifecycleStage.INACTIVE, figures, TODAY)).isPresent();
    }

    @Test
    void exactlyTwiceTheIntervalIsNotYetOverdue() {
        // 1 Jan → 2 Mar 2026: 60 days over 2 gaps = 30; 2 Mar → 1 May is 60 days, exactly twice: no hint.
        CustomerFigures figures = bought(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 2), 3);
        assertThat(hint.suggest(LifecycleStage.ACTIVE, figures, TODAY)).isEmpty();
        // One day later it is 61 > 60.
        assertThat(hint.suggest(LifecycleStage.ACTIVE, figures, TODAY.plusDays(1)))
                .contains(new NextBestAction(50, "hint.reactivate.regular", List.of(61L, 30L)));
    }

    @Test
    void theUsualIntervalIsShownRoundedToWholeDays() {
        // 1 Jan → 9 Jan 2026: 8 days over 3 gaps = 2.7 → shown as 3; 9 Jan → 1 May = 112 days > 5.4.
        CustomerFigures figures = bought(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 9), 4);
        assertThat(hint.suggest(LifecycleStage.ACTIVE, figures, TODAY))
                .contains(new NextBestAction(50, "hint.reactivate.regular", List.of(112L, 3L)));
    }

    @Test
    void aSinglePurchaseIsOverdueAfter180Days() {
        // 2 Nov 2025 → 1 May 2026 = 180 days: not yet; 1 Nov 2025 → 181 days: overdue.
        assertThat(hint.suggest(LifecycleStage.ACTIVE, bought(LocalDate.of(2025, 11, 2), LocalDate.of(2025, 11, 2), 1),
                TODAY)).isEmpty();
        assertThat(hint.suggest(LifecycleStage.ACTIVE, bought(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 1), 1),
                TODAY)).contains(new NextBestAction(50, "hint.reactivate.single", List.of(181L)));
    }

    @Test
    void purchasesAllOnOneDayAreJudgedLikeASingleOne() {
        CustomerFigures sameDay = bought(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1), 3);
        assertThat(hint.suggest(LifecycleStage.ACTIVE, sameDay, TODAY)).isEmpty();
    }

    @Test
    void lostCustomersAreForAReactivationCampaignWhateverTheirPurchases() {
        assertThat(hint.suggest(LifecycleStage.LOST, bought(null, null, 0), TODAY))
                .contains(new NextBestAction(50, "hint.reactivate.lost", List.of()));
    }

    @Test
    void leadsProspectsAndCustomersWithoutPurchasesGetNoHint() {
        CustomerFigures longAgo = bought(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1), 1);
        assertThat(hint.suggest(LifecycleStage.LEAD, longAgo, TODAY)).isEmpty();
        assertThat(hint.suggest(LifecycleStage.PROSPECT, longAgo, TODAY)).isEmpty();
        assertThat(hint.suggest(LifecycleStage.ACTIVE, bought(null, null, 0), TODAY)).isEmpty();
    }

    @Test
    void aRecentRegularBuyerGetsNoHint() {
        // Every 30 days, last bought 20 days ago.
        assertThat(hint.suggest(LifecycleStage.ACTIVE, bought(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 4, 11), 3),
                TODAY)).isEmpty();
    }
}
