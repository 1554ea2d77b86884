package com.cartera.analytics.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import com.cartera.analytics.CampaignResult;
import com.cartera.base.ui.chart.ValueFormat;
import com.cartera.importexport.FigureSheet;
import com.vaadin.flow.component.progressbar.ProgressBar;

/**
 * The running campaigns with their spend against budget and their results to date: members reached, responded and
 * converted, revenue from the converted members in the 12 months from their conversion, and return on spend
 * (revenue ÷ spend).
 */
class CampaignsCard extends DashboardCard {

    FigureTable table;

    CampaignsCard(List<CampaignResult> running, String currency) {
        super(null, null);
        title.setText(getTranslation("marketing-home.campaigns"));
        caption.setText(getTranslation("marketing-home.campaigns.caption"));
        caption.setVisible(true);
        if (running.isEmpty()) {
            add(MarketingCharts.empty(getTranslation("marketing-home.campaigns.none")));
            return;
        }
        Locale locale = getLocale();
        var money = ValueFormat.money(currency, 0);
        var integer = ValueFormat.integer();
        table = new FigureTable(getTranslation("marketing-home.campaigns"), getTranslation("marketing-home.campaign"),
                getTranslation("marketing-home.spend-budget"), getTranslation("marketing-home.reached"),
                getTranslation("marketing-home.responded"), getTranslation("marketing-home.converted"),
                getTranslation("marketing-home.revenue"), getTranslation("marketing-home.return"));
        for (CampaignResult campaign : running) {
            var row = table.row(campaign.name(), new FigureSheet.Money(campaign.spent()), campaign.reached(),
                    campaign.responded(), campaign.converted(), new FigureSheet.Money(campaign.revenue()),
                    campaign.returnOnSpend());
            var spend = FigureTable.cell(row, campaign.budget() == null ? money.format(campaign.spent(), locale)
                    : getTranslation("marketing-home.spend-of-budget", money.format(campaign.spent(), locale),
                            money.format(campaign.budget(), locale)), null);
            if (campaign.budgetUsed() != null) {
                var used = new ProgressBar(0, 1, Math.min(1, campaign.budgetUsed().doubleValue()));
                used.addClassName("marketing-budget-bar");
                used.getElement().setAttribute("aria-label", getTranslation("marketing-home.budget-used",
                        ValueFormat.percent(0).format(campaign.budgetUsed(), locale)));
                if (campaign.budgetUsed().compareTo(BigDecimal.ONE) > 0) {
                    used.addClassName("marketing-budget-over");
                }
                spend.add(used);
            }
            FigureTable.cell(row, reach(campaign.reached(), campaign.targeted(), integer, locale), null);
            FigureTable.cell(row, integer.format(campaign.responded(), locale), null);
            FigureTable.cell(row, integer.format(campaign.converted(), locale), null);
            FigureTable.cell(row, money.format(campaign.revenue(), locale), null);
            FigureTable.cell(row, campaign.returnOnSpend() == null ? "–"
                    : ValueFormat.number(1).format(campaign.returnOnSpend(), locale) + "×", null);
        }
        add(DashboardFigures.attach(table, table.sheet()));
    }

    private String reach(long reached, long targeted, ValueFormat integer, Locale locale) {
        return getTranslation("marketing-home.reached-of", integer.format(reached, locale),
                integer.format(targeted, locale));
    }

    /** The campaign table's text, for tests. */
    String text() {
        return table == null ? "" : table.getElement().getTextRecursively();
    }

}
