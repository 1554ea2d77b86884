package com.cartera.analytics.ui;

import java.util.List;
import java.util.Locale;

import com.cartera.analytics.TierMargin;
import com.cartera.base.ui.chart.ValueFormat;
import com.cartera.importexport.FigureSheet;

/**
 * Revenue, cost and margin of the period by the customers' value tier, with the margin rate over the revenue whose
 * cost is known and the revenue sold without a known cost (no margin counted for it).
 */
class MarginByTierCard extends DashboardCard {

    final FigureTable table;

    MarginByTierCard(List<TierMargin> tiers, String currency, String days) {
        super("", null);
        title.setText(getTranslation("finance-home.margin"));
        caption.setText(days + " · " + getTranslation("finance-home.margin.caption"));
        caption.setVisible(true);
        Locale locale = getLocale();
        var money = ValueFormat.money(currency, 0);
        var percent = ValueFormat.percent(1);
        table = new FigureTable(getTranslation("finance-home.margin"), getTranslation("finance-home.tier"),
                getTranslation("kpi.revenue"), getTranslation("finance-home.cost"),
                getTranslation("finance-home.margin-amount"), getTranslation("finance-home.margin-rate"),
                getTranslation("finance-home.without-cost"));
        for (TierMargin tier : tiers) {
            var row = table.row(getTranslation("grid.tier." + tier.tier().name()), new FigureSheet.Money(tier.revenue()),
                    new FigureSheet.Money(tier.cost()), new FigureSheet.Money(tier.margin()),
                    new FigureSheet.Percent(tier.marginRate()), new FigureSheet.Money(tier.revenueWithoutCost()));
            FigureTable.cell(row, money.format(tier.revenue(), locale), null);
            FigureTable.cell(row, money.format(tier.cost(), locale), null);
            FigureTable.cell(row, money.format(tier.margin(), locale), null);
            FigureTable.cell(row, percent.format(tier.marginRate(), locale), null);
            FigureTable.cell(row, money.format(tier.revenueWithoutCost(), locale), null);
        }
        add(table);
        DashboardFigures.attach(this, table.sheet());
    }
}
