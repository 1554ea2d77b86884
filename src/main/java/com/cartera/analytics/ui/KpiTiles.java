package com.cartera.analytics.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.cartera.analytics.Kpi;
import com.cartera.analytics.KpiCount;
import com.cartera.analytics.Period;
import com.cartera.analytics.PortfolioKpis;
import com.cartera.base.ui.chart.KpiTile;
import com.cartera.base.ui.chart.ValueFormat;
import com.cartera.importexport.FigureSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The key figures of a period as tiles: each names its period, compares with the period before (the change
 * shown) and says the figure of the same period a year earlier.
 */
class KpiTiles extends Div {

    /** The count tiles that open the customers behind them. */
    private static final Map<String, KpiCount> DRILLABLE = Map.of("kpi.active", KpiCount.ACTIVE_AT_END,
            "kpi.new", KpiCount.NEW, "kpi.reactivated", KpiCount.REACTIVATED, "kpi.lost", KpiCount.LOST);

    private final PortfolioKpis kpis;
    private final String currency;
    private DrillDownLinks links;
    /** The tiles' figures as rows of the export, in the order shown. */
    private final List<Object[]> rows = new ArrayList<>();

    KpiTiles(PortfolioKpis kpis, String currency) {
        this.kpis = kpis;
        this.currency = currency;
        addClassName("dashboard-tiles");
    }

    /** Count tiles added from now on open the customers behind them. */
    KpiTiles drillingInto(DrillDownLinks drillDown) {
        this.links = drillDown;
        return this;
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
        KpiTile tile = tile(key, kpi, ValueFormat.integer(), lowerIsBetter);
        KpiCount which = DRILLABLE.get(key);
        if (links != null && which != null && kpi.available()) {
            links.link(tile, which, kpis.period(),
                    getTranslation(key) + " · " + PeriodChoice.days(kpis.period(), getLocale()));
        }
        return tile;
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
        rows.add(new Object[] {getTranslation(key), PeriodChoice.days(period, locale), cell(kpi.current(), format),
                cell(kpi.previous(), format), cell(kpi.yearEarlier(), format)});
        return tile;
    }

    /** The tiles as a table: figure, period, current, previous period, a year earlier. */
    Optional<FigureSheet> figures() {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        var sheet = FigureSheet.of(getTranslation("export.dashboard.tiles"), getTranslation("export.dashboard.figure"),
                getTranslation("export.dashboard.period"), getTranslation("export.dashboard.current"),
                getTranslation("export.dashboard.previous"), getTranslation("export.dashboard.year-earlier"));
        rows.forEach(sheet::row);
        return Optional.of(sheet.build());
    }

    private static Object cell(BigDecimal value, ValueFormat format) {
        return switch (format.style()) {
            case PERCENT -> new FigureSheet.Percent(value);
            case CURRENCY -> new FigureSheet.Money(value);
            case NUMBER -> value;
        };
    }
}
