package com.cartera.analytics;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpellsTest {

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    @Test
    void purchasesWithinTheWindowMakeOneStretchEndingAWindowAfterTheLast() {
        // Window 30: 1 Jan + 30 = 31 Jan; bought again 20 Jan (inside), so active until 20 Jan + 30 = 19 Feb.
        assertThat(Spells.of(List.of(d("2025-01-01"), d("2025-01-20")), List.of(), null, null, 30))
                .containsExactly(new Spells.Spell(d("2025-01-01"), d("2025-02-19"), true));
    }

    @Test
    void aPurchaseAfterTheWindowReactivates() {
        // Lost on 31 Jan (1 Jan + 30); the purchase on 31 Jan itself is a reactivation.
        assertThat(Spells.of(List.of(d("2025-01-01"), d("2025-01-31")), List.of(), null, null, 30))
                .containsExactly(new Spells.Spell(d("2025-01-01"), d("2025-01-31"), true),
                        new Spells.Spell(d("2025-01-31"), d("2025-03-02"), false));
    }

    @Test
    void aMoveToLostByHandEndsTheStretchThatDayAndTheNextPurchaseReactivates() {
        assertThat(Spells.of(List.of(d("2025-01-01"), d("2025-01-10")), List.of(d("2025-01-05")), null, null, 30))
                .containsExactly(new Spells.Spell(d("2025-01-01"), d("2025-01-05"), true),
                        new Spells.Spell(d("2025-01-10"), d("2025-02-09"), false));
    }

    @Test
    void activeByHandWithoutPurchasesHasNoEndAndADeletionEndsIt() {
        assertThat(Spells.of(List.of(), List.of(), d("2025-03-01"), null, 30))
                .containsExactly(new Spells.Spell(d("2025-03-01"), Spells.OPEN, true));
        assertThat(Spells.of(List.of(), List.of(), d("2025-03-01"), d("2025-04-01"), 30))
                .containsExactly(new Spells.Spell(d("2025-03-01"), d("2025-04-01"), true));
        assertThat(Spells.of(List.of(d("2025-05-01")), List.of(), null, d("2025-05-01"), 30)).isEmpty();
    }
}
