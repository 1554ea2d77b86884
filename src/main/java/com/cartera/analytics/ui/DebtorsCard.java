package com.cartera.analytics.ui;

import java.util.List;
import java.util.Locale;

import com.cartera.base.ui.chart.ValueFormat;
import com.cartera.finance.Debtor;
import com.cartera.importexport.FigureSheet;
import com.vaadin.flow.component.html.Anchor;

/**
 * Customers and what they owe — open now, the part past due, their credit limit — each name opening their page.
 * The finance home shows two: the top debtors and the customers over their credit limit.
 */
class DebtorsCard extends DashboardCard {

    final FigureTable table;

    DebtorsCard(String id, String title, String caption, List<Debtor> debtors, String currency) {
        super(title, caption);
        setId(id);
        if (debtors.isEmpty()) {
            table = null;
            add(MarketingCharts.empty(getTranslation("finance-home.no-debtors")));
            return;
        }
        Locale locale = getLocale();
        var money = ValueFormat.money(currency, 0);
        table = new FigureTable(title, getTranslation("finance-home.customer"), getTranslation("finance-home.open"),
                getTranslation("finance-home.overdue"), getTranslation("finance-home.credit-limit"));
        for (Debtor debtor : debtors) {
            var row = table.row(debtor.name(), new FigureSheet.Money(debtor.open()),
                    new FigureSheet.Money(debtor.overdue()),
                    debtor.creditLimit() == null ? null : new FigureSheet.Money(debtor.creditLimit()));
            var name = row.getHeaderCell(0).orElseThrow();
            name.setText("");
            name.add(new Anchor(FinanceLinks.customer(debtor.customerId()), debtor.name()));
            FigureTable.cell(row, money.format(debtor.open(), locale), null);
            FigureTable.cell(row, money.format(debtor.overdue(), locale), null);
            FigureTable.cell(row, debtor.creditLimit() == null ? getTranslation("finance-home.no-limit")
                    : money.format(debtor.creditLimit(), locale), null);
        }
        add(table);
        DashboardFigures.attach(this, table.sheet());
    }
}
