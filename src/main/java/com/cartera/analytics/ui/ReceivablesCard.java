package com.cartera.analytics.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.cartera.base.ui.chart.ValueFormat;
import com.cartera.importexport.FigureSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * Receivables on the management dashboard: open as of the period's last day with the overdue part, DSO of the
 * period beside the period before, and the unallocated credit; opens the finance home for the detail.
 */
class ReceivablesCard extends DashboardCard {

    final Span total = new Span();

    ReceivablesCard(ReceivablesReading reading, String currency, String days, String financeHome) {
        super("", null);
        Locale locale = getLocale();
        String asOf = reading.asOf().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
        title.setText(getTranslation("dashboard.receivables"));
        caption.setText(getTranslation("finance-home.as-of", asOf));
        caption.setVisible(true);
        var money = ValueFormat.money(currency, 0);
        var number = ValueFormat.number(1);
        var percent = ValueFormat.percent(1);
        total.setText(money.format(reading.ageing().total(), locale));
        total.addClassName("dashboard-figure");
        total.setId("management-receivables");
        String overdue = getTranslation("finance-home.overdue");
        String dso = getTranslation("finance-home.dso") + " · " + days;
        String previousDso = getTranslation("finance-home.dso") + " · " + getTranslation("kpi.previous-period");
        String unallocated = getTranslation("finance-home.unallocated");
        var rows = new Div();
        rows.addClassName("dashboard-rows");
        rows.add(row("management-overdue", overdue, money.format(reading.ageing().overdue(), locale)
                + (reading.overdueShare() == null ? "" : " (" + percent.format(reading.overdueShare(), locale) + ")")));
        rows.add(row("management-dso", dso, number.format(reading.dso(), locale)));
        rows.add(row("management-dso-previous", previousDso, number.format(reading.previousDso(), locale)));
        rows.add(row("management-unallocated", unallocated, money.format(reading.unallocated(), locale)));
        var more = new Anchor(financeHome, getTranslation("finance-home.open-home"));
        add(total, rows, more);
        DashboardFigures.attach(this, FigureSheet.of(getTranslation("dashboard.receivables"),
                        getTranslation("export.dashboard.figure"), getTranslation("export.dashboard.current"))
                .row(getTranslation("finance-home.receivables") + " · " + asOf,
                        new FigureSheet.Money(reading.ageing().total()))
                .row(overdue, new FigureSheet.Money(reading.ageing().overdue()))
                .row(dso, reading.dso())
                .row(previousDso, reading.previousDso())
                .row(unallocated, new FigureSheet.Money(reading.unallocated()))
                .build());
    }

    private static Div row(String id, String name, String value) {
        var figure = new Span(value);
        figure.setId(id);
        var row = new Div(new Span(name), figure);
        row.addClassName("dashboard-row");
        return row;
    }
}
