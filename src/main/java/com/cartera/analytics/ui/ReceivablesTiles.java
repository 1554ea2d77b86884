package com.cartera.analytics.ui;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.cartera.base.ui.chart.KpiTile;
import com.cartera.base.ui.chart.ValueFormat;
import com.cartera.importexport.FigureSheet;
import com.vaadin.flow.component.html.Div;

/**
 * The finance home's key figures: receivables and their overdue part as of the period's last day (opening the
 * receivables page), DSO and cash collected beside the period before, and the unallocated credit now.
 */
class ReceivablesTiles extends Div {

    private final List<Object[]> rows = new ArrayList<>();

    ReceivablesTiles(ReceivablesReading reading, String days, String currency) {
        addClassName("dashboard-tiles");
        Locale locale = getLocale();
        var money = ValueFormat.money(currency, 0);
        String asOf = getTranslation("finance-home.as-of",
                reading.asOf().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)));
        String previous = getTranslation("kpi.previous-period");
        DrillDownLinks.linked(tile("receivables", getTranslation("finance-home.receivables"), asOf,
                reading.ageing().total(), money), FinanceLinks::openReceivables);
        BigDecimal share = reading.overdueShare();
        DrillDownLinks.linked(tile("overdue", getTranslation("finance-home.overdue"), share == null ? asOf
                        : asOf + " · " + getTranslation("finance-home.overdue-share",
                        ValueFormat.percent(1).format(share, locale)), reading.ageing().overdue(), money),
                FinanceLinks::openReceivables);
        var dso = tile("dso", getTranslation("finance-home.dso"), days + " · " + getTranslation("finance-home.dso-how"),
                reading.dso(), ValueFormat.number(1)).lowerIsBetter();
        if (reading.previousDso() != null) {
            dso.comparedWith(reading.previousDso(), previous);
        }
        tile("cash", getTranslation("finance-home.cash"), days, reading.cash(), money)
                .comparedWith(reading.previousCash(), previous);
        tile("unallocated", getTranslation("finance-home.unallocated"), getTranslation("finance-home.now"),
                reading.unallocated(), money);
        var sheet = FigureSheet.of(getTranslation("export.dashboard.tiles"), getTranslation("export.dashboard.figure"),
                getTranslation("export.dashboard.period"), getTranslation("export.dashboard.current"));
        rows.forEach(sheet::row);
        DashboardFigures.attach(this, sheet.build());
    }

    private KpiTile tile(String id, String label, String caption, BigDecimal value, ValueFormat format) {
        var tile = new KpiTile(label, value, format).period(caption);
        tile.setId("tile-fin-" + id);
        add(tile);
        rows.add(new Object[] {label, caption,
                format.style() == ValueFormat.Style.CURRENCY ? new FigureSheet.Money(value) : value});
        return tile;
    }
}
