package com.cartera.analytics.prediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * The pure fit on the CDNOW sample read straight from the file (the integration test reads it back through the
 * product's purchases): same-day purchases summed into one, calibration to 1997-09-30.
 */
class CdnowFitTest {

    static List<CustomerHistory> histories() {
        Map<Integer, TreeMap<LocalDate, Double>> days = new TreeMap<>();
        for (CdnowSample.Purchase purchase : CdnowSample.purchases()) {
            days.computeIfAbsent(purchase.customer(), c -> new TreeMap<>())
                    .merge(purchase.day(), purchase.amount().doubleValue(), Double::sum);
        }
        var histories = new ArrayList<CustomerHistory>();
        days.forEach((customer, byDay) -> {
            var list = byDay.entrySet().stream().map(e -> new CustomerHistory.Day(e.getKey(), e.getValue())).toList();
            CustomerHistory history = CustomerHistory.of(customer, list, CdnowSample.CALIBRATION_END);
            if (history != null) {
                histories.add(history);
            }
        });
        return histories;
    }

    @Test
    void reproducesFaderHardieLee() {
        List<CustomerHistory> histories = histories();
        assertThat(histories).hasSize(2357);
        BgNbd.Fit fit = BgNbd.fit(histories);
        assertThat(fit.model().r()).isCloseTo(0.243, within(0.0005));
        assertThat(fit.model().alpha()).isCloseTo(4.414, within(0.005));
        assertThat(fit.model().a()).isCloseTo(0.793, within(0.0005));
        assertThat(fit.model().b()).isCloseTo(2.426, within(0.005));
        assertThat(fit.logLikelihood()).isCloseTo(-9582.4, within(0.05));

        GammaGamma.Fit spend = GammaGamma.fit(histories);
        assertThat(spend.customers()).isEqualTo(946);
        assertThat(spend.model().p()).isCloseTo(6.25, within(0.005));
        assertThat(spend.model().q()).isCloseTo(3.74, within(0.005));
        assertThat(spend.model().gamma()).isCloseTo(15.44, within(0.05));
    }
}
