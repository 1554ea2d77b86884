package com.cartera.analytics.ui;

import java.util.Locale;

import com.cartera.analytics.Kpi;
import com.cartera.analytics.Period;
import com.cartera.analytics.PortfolioKpis;
import com.cartera.base.ui.chart.KpiTile;
import com.cartera.base.ui.chart.ValueFormat;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The key figures of a period as tiles: each names its period, compares with the period before (the change
 * shown) and says the figure of the same period a year earlier.
 */
class KpiTiles extends Div {

    private final PortfolioKpis kpis;
    private final String currency;

    KpiTiles(PortfolioKpis kpis, String currency) {
        this.kpis = kpis;
        this.currency = currency;
        addClassName("dashboard-tiles");
    }

    /** The tiles of the management dashboard. */
    KpiTiles management() {
        count("kpi.active", kpis.activeAtEnd(), false);
        count("kpi.new", kpis.newCustomers(), false);
        count("kpi.reactivated", kpis.reactivated(), false);
        count("kpi.lost", kpis.lost(), true);
        tile("kpi.retention", kpis.retentionRate(), ValueFormat.percent(1), false);
        tile("kpi.churn", kpis.logoChurnRate(), ValueFormat.percent(1), true);
        tile("kpi.revenue-churn", kpis.revenueChurnRate(), ValueFormat.percent(1), true);
        tile("kpi.revenue", kpis.revenue(), ValueFormat.money(currency, 0), false);
        tile("kpi.average-order", kpis.averageOrderValue(), ValueFormat.money(currency, 2), false);
        tile("kpi.clv-historical", kpis.historicalClvAverage(), ValueFormat.money(currency, 0), false);
        tile("kpi.conversion", kpis.leadConversionRate(), ValueFormat.percent(1), false);
        tile("kpi.win-rate", kpis.winRate(), ValueFormat.percent(1), false);
        tile("kpi.top20", kpis.top20RevenueShare(), ValueFormat.percent(1), true);
        return this;
    }

    KpiTile count(String key, Kpi kpi, boolean lowerIsBetter) {
        return tile(key, kpi, ValueFormat.integer(), lowerIsBetter);
    }

    KpiTile tile(String key, Kpi kpi, ValueFormat format, boolean lowerIsBetter) {
        Locale locale = getLocale();
        Period period = kpis.period();
        var tile = new KpiTile(getTranslation(key), kpi.current(), format)
                .period(PeriodChoice.days(period, locale));
        tile.setId("tile-" + key.substring("kpi.".length()));
        if (kpi.previous() != null) {
            tile.comparedWith(kpi.previous(), getTranslation("kpi.previous-period"));
        }
        if (lowerIsBetter) {
            tile.lowerIsBetter();
        }
        var yearEarlier = new Span(getTranslation("kpi.year-earlier", format.format(kpi.yearEarlier(), locale)));
        yearEarlier.addClassName("kpi-year-earlier");
        tile.add(yearEarlier);
        add(tile);
        return tile;
    }
}
