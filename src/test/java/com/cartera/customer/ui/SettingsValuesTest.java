package com.cartera.customer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import com.cartera.customer.ui.SettingsValues.Field;
import org.junit.jupiter.api.Test;

/** Reconciling a concurrent change of the settings: their values where the user changed nothing, else the user's. */
class SettingsValuesTest {

    private static SettingsValues values(String currency, boolean salesEditAll, String strategic, String key,
                                         String emerging) {
        return new SettingsValues(currency, salesEditAll, new BigDecimal(strategic), new BigDecimal(key),
                new BigDecimal(emerging), 90, 90, "Europe/Madrid", 365);
    }

    private static final SettingsValues ORIGINAL = values("EUR", false, "10000", "3000", "500");

    @Test
    void amountsCompareByValue() {
        assertThat(values("EUR", false, "10000.00", "3000", "500.0").differencesFrom(ORIGINAL)).isEmpty();
        assertThat(values("USD", true, "10000", "3000", "400").differencesFrom(ORIGINAL))
                .containsExactly(Field.CURRENCY, Field.SALES_EDIT_ALL, Field.EMERGING_MIN);
    }

    @Test
    void theirValuesFillWhatTheUserLeftAloneAndTheUsersChangesStay() {
        SettingsValues mine = values("EUR", true, "10000", "2000", "500");
        SettingsValues theirs = values("USD", false, "12000", "4000", "500");

        assertThat(mine.rebasedOnto(ORIGINAL, theirs)).isEqualTo(values("USD", true, "12000", "2000", "500"));
    }

    @Test
    void theCalendarReconcilesLikeEveryOtherField() {
        SettingsValues mine = new SettingsValues("EUR", false, new BigDecimal("10000"), new BigDecimal("3000"),
                new BigDecimal("500"), 90, 90, "America/Bogota", 365);
        SettingsValues theirs = new SettingsValues("EUR", false, new BigDecimal("10000"), new BigDecimal("3000"),
                new BigDecimal("500"), 90, 90, "Europe/Madrid", 180);

        assertThat(mine.differencesFrom(ORIGINAL)).containsExactly(Field.TIME_ZONE);
        assertThat(mine.rebasedOnto(ORIGINAL, theirs)).isEqualTo(new SettingsValues("EUR", false,
                new BigDecimal("10000"), new BigDecimal("3000"), new BigDecimal("500"), 90, 90, "America/Bogota", 180));
    }

    @Test
    void withoutChangesOfTheUsersTheirsIsTheResult() {
        SettingsValues theirs = values("USD", true, "12000", "4000", "600");

        assertThat(ORIGINAL.rebasedOnto(ORIGINAL, theirs)).isEqualTo(theirs);
    }
}
