package com.cartera.analytics.ui;

import java.math.BigDecimal;
import java.util.Locale;

import com.cartera.analytics.MarginFigures;
import com.cartera.base.ui.chart.ValueFormat;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTableRow;

/**
 * Margin figures as a table: per row revenue, cost, margin, margin % (over the revenue with a known cost) and the
 * revenue without a known cost.
 */
final class MarginTable {

    private final FigureTable table;
    private final ValueFormat money;
    private final ValueFormat percent = ValueFormat.percent(1);
    private final Locale locale;

    MarginTable(Component owner, Locale locale, String title, String firstHeader, String currency) {
        this.locale = locale;
        this.money = ValueFormat.money(currency, 2);
        this.table = new FigureTable(title, firstHeader, owner.getTranslation("profitability.revenue"),
                owner.getTranslation("profitability.cost"), owner.getTranslation("profitability.margin"),
                owner.getTranslation("profitability.margin-rate"),
                owner.getTranslation("profitability.revenue-without-cost"));
    }

    /** Adds a row named {@code name}; returns it. */
    NativeTableRow row(String name, MarginFigures figures) {
        BigDecimal rate = figures.marginRate();
        NativeTableRow row = table.row(name, figures.revenue(), figures.cost(), figures.margin(), rate,
                figures.revenueWithoutCost());
        FigureTable.cell(row, money.format(figures.revenue(), locale), null);
        FigureTable.cell(row, money.format(figures.cost(), locale), null);
        FigureTable.cell(row, money.format(figures.margin(), locale), null)
                .addClassName(figures.margin().signum() < 0 ? "margin-negative" : "margin-positive");
        FigureTable.cell(row, rate == null ? "—" : percent.format(rate, locale), null);
        FigureTable.cell(row, money.format(figures.revenueWithoutCost(), locale), null);
        return row;
    }

    FigureTable component() {
        return table;
    }
}
