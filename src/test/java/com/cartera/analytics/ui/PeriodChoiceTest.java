package com.cartera.analytics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.cartera.analytics.Period;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

class PeriodChoiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 8, 14);

    @Test
    void presetsAreCountedFromTodayAndIncludeIt() {
        assertThat(PeriodPreset.THIS_MONTH.period(TODAY)).isEqualTo(period("2026-08-01", "2026-08-15"));
        assertThat(PeriodPreset.LAST_MONTH.period(TODAY)).isEqualTo(period("2026-07-01", "2026-08-01"));
        assertThat(PeriodPreset.THIS_QUARTER.period(TODAY)).isEqualTo(period("2026-07-01", "2026-08-15"));
        assertThat(PeriodPreset.YEAR_TO_DATE.period(TODAY)).isEqualTo(period("2026-01-01", "2026-08-15"));
        assertThat(PeriodPreset.LAST_12_MONTHS.period(TODAY)).isEqualTo(period("2025-09-01", "2026-08-15"));
        assertThat(PeriodPreset.LAST_MONTH.period(LocalDate.of(2026, 1, 1))).isEqualTo(period("2025-12-01", "2026-01-01"));
    }

    @Test
    void aPresetAndChosenDaysSurviveTheUrl() {
        var preset = PeriodChoice.of(PeriodPreset.LAST_12_MONTHS, TODAY);
        assertThat(preset.toQueryParameters().getQueryString()).isEqualTo("period=last-12-months");
        assertThat(PeriodChoice.read(preset.toQueryParameters(), TODAY, PeriodPreset.THIS_MONTH)).isEqualTo(preset);

        var custom = PeriodChoice.custom(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
        assertThat(custom.period()).isEqualTo(period("2026-01-01", "2026-07-01"));
        assertThat(custom.toQueryParameters().getParameters())
                .isEqualTo(Map.of("from", List.of("2026-01-01"), "to", List.of("2026-06-30")));
        assertThat(PeriodChoice.read(custom.toQueryParameters(), TODAY, PeriodPreset.THIS_MONTH)).isEqualTo(custom);
    }

    @Test
    void badParametersFallBackToTheDefault() {
        var fallback = PeriodChoice.of(PeriodPreset.THIS_MONTH, TODAY);
        for (String query : List.of("", "period=next-year", "period=custom", "from=2026-13-01&to=2026-06-30",
                "from=2026-06-30&to=2026-01-01", "from=2026-01-01", "from=2000-01-01&to=2026-01-01",
                "period=last-month&period=this-month", "from=yesterday&to=today")) {
            assertThat(PeriodChoice.read(QueryParameters.fromString(query), TODAY, PeriodPreset.THIS_MONTH))
                    .as(query).isEqualTo(fallback);
        }
    }

    @Test
    void saysWhichDaysAreIncluded() {
        var custom = PeriodChoice.custom(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
        assertThat(custom.daysText(Locale.forLanguageTag("es"))).isEqualTo("1 ene 2026 – 30 jun 2026");
        assertThat(custom.daysText(Locale.ENGLISH)).isEqualTo("Jan 1, 2026 – Jun 30, 2026");
    }

    private static Period period(String from, String to) {
        return Period.of(LocalDate.parse(from), LocalDate.parse(to));
    }
}
