package com.cartera.finance.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import com.cartera.finance.Ageing;
import com.cartera.finance.AgeingBucket;
import com.cartera.finance.OwnerAgeing;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/** One row per owner ("no owner" among them) with their customers' five buckets and total. */
class OwnerAgeingGrid extends Grid<OwnerAgeingGrid.Line> {

    /** An owner's name and ageing. */
    record Line(String owner, Ageing ageing) {
    }

    private Money money;

    OwnerAgeingGrid() {
        addClassName("owner-ageing");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        addColumn(Line::owner).setHeader(getTranslation("finance.receivables.owner")).setFrozen(true)
                .setWidth("12rem").setFlexGrow(1);
        for (AgeingBucket bucket : AgeingBucket.values()) {
            amountColumn(line -> line.ageing().get(bucket), "finance.ageing." + bucket.name());
        }
        amountColumn(line -> line.ageing().total(), "finance.ageing.total");
        setEmptyStateText(getTranslation("finance.receivables.empty"));
    }

    private void amountColumn(Function<Line, BigDecimal> amount, String headerKey) {
        addColumn(line -> money.format(amount.apply(line))).setHeader(getTranslation(headerKey))
                .setTextAlign(ColumnTextAlign.END).setWidth("8.5rem").setFlexGrow(0);
    }

    void show(List<OwnerAgeing.Row> rows, Function<OwnerAgeing.Row, String> ownerName, Money format) {
        money = format;
        setItems(rows.stream().map(row -> new Line(ownerName.apply(row), row.ageing())).toList());
    }
}
