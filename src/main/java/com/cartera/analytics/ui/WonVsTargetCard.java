package com.cartera.analytics.ui;

import com.cartera.analytics.Period;
import com.cartera.base.ui.chart.Chart;
import com.cartera.base.ui.chart.Charts;
import com.cartera.base.ui.chart.ValueFormat;
import com.cartera.sales.WonVsTarget;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * Business won in the period against the targets of its months: the amount won, the target, and how much of it
 * is reached as a gauge; without a target it says so, and where to set one for those who may.
 */
class WonVsTargetCard extends DashboardCard {

    final Span won = new Span();
    final Span target = new Span();
    final Span attainment = new Span();

    WonVsTargetCard(String title, Period period, WonVsTarget figures, boolean canSetTargets) {
        super(title, null);
        caption.setText(PeriodChoice.days(period, getLocale()));
        caption.setVisible(true);
        var money = ValueFormat.money(figures.currency(), 0);
        won.setText(money.format(figures.won(), getLocale()));
        won.setId("target-won");
        won.addClassName("dashboard-figure");
        add(won, new Span(getTranslation("dashboard.target.won", figures.wonCount())));
        if (!figures.hasTarget()) {
            target.setVisible(false);
            attainment.setVisible(false);
            var none = new Paragraph(getTranslation("dashboard.target.none"));
            none.addClassName("dashboard-empty");
            none.setId("target-none");
            add(none);
            if (canSetTargets) {
                add(new Anchor("pipeline/targets", getTranslation("dashboard.target.set")));
            }
            return;
        }
        double share = figures.attainment();
        var percent = ValueFormat.percent(0);
        target.setText(getTranslation("dashboard.target.of", money.format(figures.target(), getLocale())));
        target.setId("target-amount");
        attainment.setText(getTranslation("dashboard.target.reached", percent.format(share, getLocale())));
        attainment.setId("target-attainment");
        var gauge = new Chart(Charts.gauge(getTranslation("chart.target.description",
                        money.format(figures.won(), getLocale()), money.format(figures.target(), getLocale()),
                        percent.format(share, getLocale()), PeriodChoice.days(period, getLocale())))
                .value(share)
                .range(0, Math.max(1, share))
                .name(getTranslation("dashboard.target.gauge"))
                .format(percent));
        gauge.setWidthFull();
        gauge.setHeight("180px");
        add(target, attainment, gauge);
    }
}
