package com.cartera.analytics.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import com.cartera.analytics.Period;
import com.cartera.base.ui.chart.Chart;
import com.cartera.base.ui.chart.Charts;
import com.cartera.base.ui.chart.KpiTile;
import com.cartera.base.ui.chart.ValueFormat;
import com.cartera.support.Csat;
import com.cartera.support.CsatMonth;
import com.cartera.support.RatingDistribution;

/**
 * CSAT of a period (DESIGN §5: ratings 4–5 ÷ ratings), never without its response rate (ratings ÷ surveys sent),
 * each against the previous period; the support home adds the monthly trend and the distribution of ratings. A
 * survey counts in the period in which it was sent.
 */
class CsatCard extends DashboardCard {

    final KpiTile score;
    final KpiTile responseRate;
    final Paragraph counts = new Paragraph();
    /** The trend and the distribution side by side where there is room. */
    private final Div charts = new Div();
    Chart trend;
    Chart distribution;

    CsatCard(String title, Period period, Csat current, Csat previous) {
        super(title, null);
        String days = PeriodChoice.days(period, getLocale());
        caption.setText(days);
        caption.setVisible(true);
        String comparison = getTranslation("kpi.previous-period");
        score = new KpiTile(getTranslation("support.csat.kpi"), current.score(), ValueFormat.percent(0)).period(days);
        score.setId("tile-csat");
        responseRate = new KpiTile(getTranslation("support.csat.response-rate"), current.responseRate(),
                ValueFormat.percent(0)).period(days);
        responseRate.setId("tile-csat-response");
        if (previous.score() != null) {
            score.comparedWith(previous.score(), comparison);
        }
        if (previous.responseRate() != null) {
            responseRate.comparedWith(previous.responseRate(), comparison);
        }
        var tiles = new Div(score, responseRate);
        tiles.addClassName("dashboard-tiles");
        counts.setText(current.sent() == 0 ? getTranslation("support.csat.no-surveys")
                : getTranslation("support.csat.counts", current.satisfied(), current.answered(), current.sent()));
        counts.addClassName("dashboard-card-caption");
        charts.addClassName("dashboard-chart-pair");
        charts.setVisible(false);
        add(tiles, counts, charts);
    }

    /** Adds CSAT and response rate month by month. */
    CsatCard withTrend(List<CsatMonth> months) {
        var format = DateTimeFormatter.ofPattern("MMM yy", getLocale());
        trend = new Chart(Charts.trend(getTranslation("support.csat.trend.description"))
                .categories(months.stream().map(month -> format.format(month.month())).toList())
                .series(getTranslation("support.csat.kpi"), months.stream().map(month -> month.csat().score()).toList())
                .series(getTranslation("support.csat.response-rate"),
                        months.stream().map(month -> month.csat().responseRate()).toList())
                .format(ValueFormat.percent(0)));
        trend.setWidthFull();
        charts.add(trend);
        charts.setVisible(true);
        return this;
    }

    /** Adds how many answers gave each rating, 1 to 5. */
    CsatCard withDistribution(RatingDistribution ratings) {
        distribution = new Chart(Charts.stackedBars(getTranslation("support.csat.distribution.description"))
                .categories(IntStream.rangeClosed(1, 5)
                        .mapToObj(rating -> rating + " · " + getTranslation("support.csat.rating." + rating)).toList())
                .series(getTranslation("support.csat.distribution.answers"), ratings.counts())
                .format(ValueFormat.integer()));
        distribution.setWidthFull();
        charts.add(distribution);
        charts.setVisible(true);
        return this;
    }
}
