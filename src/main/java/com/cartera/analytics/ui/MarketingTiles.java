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
    private final String days;

    MarketingTiles(Period period, String days, Cac cac, Audience audience, String currency, DrillDownLinks links) {
        this.days = days;
        addClassName("dashboard-tiles");
        var money = ValueFormat.money(currency, 0);
        String leads = getTranslation("marketing-home.leads");
        String converted = getTranslation("marketing-home.converted");
        String acquired = getTranslation("kpi.new");
        drill(tile("leads", leads, cac.leads(), ValueFormat.integer()),
                () -> links.openLeads(period, null, null, false, leads + " · " + days));
        drill(tile("conversion", getTranslation("kpi.conversion"), cac.conversionRate(), ValueFormat.percent(1)),
                () -> links.openLeads(period, null, null, true, converted + " · " + days));
        tile("days-to-convert", getTranslation("marketing-home.days-to-convert"), cac.averageDaysToConvert(),
                ValueFormat.number(1));
        drill(tile("new", acquired, cac.newCustomers(), ValueFormat.integer()),
                () -> links.openAcquired(period, null, null, acquired + " · " + days));
        tile("spend", getTranslation("marketing-home.spend"), cac.spend(), money);
        tile("cac", getTranslation("marketing-home.cac"), cac.cac(), money);
        tile("cac-lagged", getTranslation("marketing-home.cac-lagged"), cac.laggedCac(), money);
        tile("consent", getTranslation("marketing-home.consent"), audience.consentCoverage(), ValueFormat.percent(1));
        var sheet = FigureSheet.of(getTranslation("export.dashboard.tiles"), getTranslation("export.dashboard.figure"),
                getTranslation("export.dashboard.period"), getTranslation("export.dashboard.current"));
        rows.forEach(sheet::row);
        DashboardFigures.attach(this, sheet.build());
    }

    private KpiTile tile(String id, String label, Number value, ValueFormat format) {
        var tile = new KpiTile(label, value, format).period(days);
        tile.setId("tile-mk-" + id);
        add(tile);
        rows.add(new Object[] {label, days, cell(value, format)});
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
