package com.cartera.analytics.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.cartera.analytics.Audience;
import com.cartera.analytics.Cac;
import com.cartera.analytics.Period;
import com.cartera.base.ui.chart.KpiTile;
import com.cartera.base.ui.chart.ValueFormat;
import com.cartera.importexport.FigureSheet;
import com.vaadin.flow.component.html.Div;

/**
 * The marketing home's key figures as tiles: leads, conversion, days to convert, new customers, spend, CAC beside
 * its lagged reading, and consent coverage. Counts open the customers behind them.
 */
class MarketingTiles extends Div {

    private final List<Object[]> rows = new ArrayList<>();

    /**
     * @param nextState what to say about the next period under the lagged CAC (not begun, running), null when it
     *                  is over
     */
    MarketingTiles(Period period, String days, String nextState, Cac cac, Audience audience, String currency,
                   DrillDownLinks links) {
        String byToday = days + " · " + getTranslation("marketing-home.converted-by-today");
        addClassName("dashboard-tiles");
        var money = ValueFormat.money(currency, 0);
        String leads = getTranslation("marketing-home.leads");
        String converted = getTranslation("marketing-home.converted");
        String acquired = getTranslation("kpi.new");
        drill(tile("leads", leads, days, cac.leads(), ValueFormat.integer()),
                () -> links.openLeads(period, null, null, false, leads + " · " + days));
        drill(tile("conversion", getTranslation("kpi.conversion"), byToday, cac.conversionRate(),
                ValueFormat.percent(1)), () -> links.openLeads(period, null, null, true, converted + " · " + days));
        tile("days-to-convert", getTranslation("marketing-home.days-to-convert"), byToday,
                cac.averageDaysToConvert(), ValueFormat.number(1));
        drill(tile("new", acquired, days, cac.newCustomers(), ValueFormat.integer()),
                () -> links.openAcquired(period, null, null, acquired + " · " + days));
        tile("spend", getTranslation("marketing-home.spend"), days, cac.spend(), money);
        tile("cac", getTranslation("marketing-home.cac"), days, cac.cac(), money);
        tile("cac-lagged", getTranslation("marketing-home.cac-lagged"),
                nextState == null ? days : days + " · " + nextState, cac.laggedCac(), money);
        tile("consent", getTranslation("marketing-home.consent"), getTranslation("marketing-home.audience.caption"),
                audience.consentCoverage(), ValueFormat.percent(1));
        var sheet = FigureSheet.of(getTranslation("export.dashboard.tiles"), getTranslation("export.dashboard.figure"),
                getTranslation("export.dashboard.period"), getTranslation("export.dashboard.current"));
        rows.forEach(sheet::row);
        DashboardFigures.attach(this, sheet.build());
    }

    private KpiTile tile(String id, String label, String caption, Number value, ValueFormat format) {
        var tile = new KpiTile(label, value, format).period(caption);
        tile.setId("tile-mk-" + id);
        add(tile);
        rows.add(new Object[] {label, caption, cell(value, format)});
        return tile;
    }

    private static void drill(KpiTile tile, Runnable open) {
        DrillDownLinks.linked(tile, open);
    }

    private static Object cell(Number value, ValueFormat format) {
        BigDecimal decimal = value == null ? null : new BigDecimal(value.toString());
        return switch (format.style()) {
            case PERCENT -> new FigureSheet.Percent(decimal);
            case CURRENCY -> new FigureSheet.Money(decimal);
            case NUMBER -> decimal;
        };
    }
}
