package com.cartera.marketing.ui;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.cartera.marketing.SpendLedger;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;

/**
 * A period's spend month by month: a column per source that has spend in the period, then marketing, sales and
 * the month's total, and a last row of totals.
 */
class SpendTotalsGrid extends Grid<SpendLedger.MonthTotals> {

    private final MarketingFormat format;
    private final Map<Long, String> sourceNames;

    SpendTotalsGrid(MarketingFormat format, Map<Long, String> sourceNames) {
        this.format = format;
        this.sourceNames = sourceNames;
        addClassName("spend-totals");
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation("marketing.spend.monthly.empty"));
    }

    void show(List<SpendLedger.MonthTotals> months) {
        removeAllColumns();
        var monthName = DateTimeFormatter.ofPattern("LLLL yyyy", com.vaadin.flow.component.UI.getCurrent().getLocale());
        var sourceIds = new TreeSet<Long>();
        months.forEach(month -> sourceIds.addAll(month.bySource().keySet()));
        var month = addColumn(totals -> totals.month() == null ? getTranslation("marketing.spend.monthly.total")
                : monthName.format(totals.month())).setHeader(getTranslation("marketing.spend.monthly.month"))
                .setKey("month").setAutoWidth(true).setFrozen(true);
        for (long sourceId : sourceIds) {
            amountColumn("source-" + sourceId, sourceNames.getOrDefault(sourceId, ""),
                    totals -> totals.bySource().getOrDefault(sourceId, BigDecimal.ZERO));
        }
        amountColumn("marketing", getTranslation("marketing.spend.kind.MARKETING"), SpendLedger.MonthTotals::marketing);
        amountColumn("sales", getTranslation("marketing.spend.kind.SALES"), SpendLedger.MonthTotals::sales);
        amountColumn("total", getTranslation("marketing.spend.monthly.total"), SpendLedger.MonthTotals::total);
        month.setFlexGrow(0);
        setItems(months.isEmpty() ? months : withTotal(months));
    }

    /** The months and, under them, the period's totals (a row without a month). */
    private static List<SpendLedger.MonthTotals> withTotal(List<SpendLedger.MonthTotals> months) {
        var bySource = new java.util.HashMap<Long, BigDecimal>();
        BigDecimal marketing = BigDecimal.ZERO;
        BigDecimal sales = BigDecimal.ZERO;
        for (var month : months) {
            month.bySource().forEach((id, amount) -> bySource.merge(id, amount, BigDecimal::add));
            marketing = marketing.add(month.marketing());
            sales = sales.add(month.sales());
        }
        var rows = new java.util.ArrayList<>(months);
        rows.add(new SpendLedger.MonthTotals(null, Map.copyOf(bySource), marketing, sales));
        return rows;
    }

    private void amountColumn(String key, String header,
                              java.util.function.Function<SpendLedger.MonthTotals, BigDecimal> amount) {
        addColumn(totals -> format.money(amount.apply(totals))).setHeader(header).setKey(key)
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }
}
